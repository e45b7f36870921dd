"""An old preferences link, after the reader left, says so and offers to come back."""

import html

import pytest
from django.core import mail
from django.core.cache import caches
from django.utils.html import strip_tags
from wagtail.test.utils.form_data import querydict_from_html

from masthead.newsletter.factories import SubscriberFactory
from masthead.newsletter.models import Subscriber
from masthead.newsletter.tokens import manage_token

from .conftest import ORIGIN

pytestmark = pytest.mark.django_db

SAVED = "Saved. The next round-up follows your choice."


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    caches["ratelimit"].clear()


@pytest.fixture
def reader(magazine):
    return SubscriberFactory(email="mei@example.org")


def preferences_url(reader) -> str:
    return f"/newsletter/preferences/{manage_token(reader.pk)}/"


def unsubscribe(client, reader):
    client.post(
        f"/newsletter/unsubscribe/{manage_token(reader.pk)}/", {"List-Unsubscribe": "One-Click"}
    )


def text_of(response) -> str:
    return html.unescape(strip_tags(response.content.decode()))


def test_after_unsubscribing_the_preferences_link_says_so(client, reader):
    unsubscribe(client, reader)
    page = text_of(client.get(preferences_url(reader)))
    assert "You are unsubscribed" in page
    assert "mei@example.org left the round-up" in page
    assert "Save my choice" not in page


def test_a_choice_posted_after_unsubscribing_is_neither_saved_nor_claimed(client, reader, week):
    unsubscribe(client, reader)
    response = client.post(
        preferences_url(reader),
        {"receive": "chosen", "sections": [week["africa"].pk]},
        HTTP_ORIGIN=ORIGIN,
    )
    page = text_of(response)
    assert SAVED not in page
    assert "You are unsubscribed" in page
    reader.refresh_from_db()
    assert reader.all_sections
    assert reader.status == Subscriber.Status.UNSUBSCRIBED


def test_the_page_offers_to_subscribe_again_by_confirming_anew(
    client, reader, django_capture_on_commit_callbacks
):
    unsubscribe(client, reader)
    page = client.get(preferences_url(reader)).content.decode()
    form = querydict_from_html(page, form_id="subscribe-again")
    assert "Subscribe again" in page
    assert form["email"] == "mei@example.org"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/newsletter/", form, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 303
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.PENDING
    (confirmation,) = mail.outbox
    assert confirmation.to == ["mei@example.org"]
    assert "/newsletter/confirm/" in confirmation.body


def test_a_bounced_address_is_told_why_and_not_offered_to_subscribe_again(client, magazine):
    bounced = SubscriberFactory(email="gone@example.org", bounced=True)
    page = text_of(client.get(preferences_url(bounced)))
    assert "We no longer write to this address" in page
    assert "could not be delivered" in page
    assert "Subscribe again" not in page


def test_a_subscribed_reader_still_saves_their_choice(client, reader, week):
    response = client.post(
        preferences_url(reader),
        {"receive": "chosen", "sections": [week["africa"].pk]},
        HTTP_ORIGIN=ORIGIN,
    )
    assert SAVED in text_of(response)
    reader.refresh_from_db()
    assert list(reader.sections.all()) == [week["africa"]]
