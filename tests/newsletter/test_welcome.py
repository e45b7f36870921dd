"""A reader who confirms is welcomed by email, with their preferences and
unsubscribe links, before any round-up arrives."""

import re

import pytest
from django.core import mail
from django.core.cache import caches

from masthead.newsletter.models import Subscriber
from masthead.newsletter.services.welcome import welcome_email_send

from .conftest import ORIGIN

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    caches["ratelimit"].clear()


@pytest.fixture
def confirm_link(client, magazine, django_capture_on_commit_callbacks):
    """Sign up as a reader does; the link of the confirmation email."""
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/newsletter/",
            {"email": "amara@example.org", "source": "signup-box", "website": ""},
            HTTP_ORIGIN=ORIGIN,
        )
    (confirmation,) = mail.outbox
    mail.outbox.clear()
    return re.search(r"http://testserver(/newsletter/confirm/\S+/)", confirmation.body).group(1)


def confirm(client, link, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(link, HTTP_ORIGIN=ORIGIN)


def link_in(message, kind: str) -> str:
    return re.search(rf"http://testserver(/newsletter/{kind}/\S+/)", message.body).group(1)


def test_confirming_sends_a_welcome_with_the_preferences_and_unsubscribe_links(
    client, confirm_link, django_capture_on_commit_callbacks
):
    response = confirm(client, confirm_link, django_capture_on_commit_callbacks)
    assert "welcome email" in response.content.decode()
    (welcome,) = mail.outbox
    assert welcome.to == ["amara@example.org"]
    assert welcome.subject.startswith("Welcome to the weekly round-up")
    preferences = client.get(link_in(welcome, "preferences"))
    assert preferences.status_code == 200
    assert "Choose what you receive" in preferences.content.decode()
    assert client.get(link_in(welcome, "unsubscribe")).status_code == 200


def test_the_welcome_offers_one_click_unsubscribe_as_a_round_up_does(
    client, confirm_link, django_capture_on_commit_callbacks
):
    confirm(client, confirm_link, django_capture_on_commit_callbacks)
    (welcome,) = mail.outbox
    assert welcome.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link_in(welcome, "unsubscribe") in welcome.extra_headers["List-Unsubscribe"]
    response = client.post(link_in(welcome, "unsubscribe"), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_confirming_twice_welcomes_once(client, confirm_link, django_capture_on_commit_callbacks):
    confirm(client, confirm_link, django_capture_on_commit_callbacks)
    confirm(client, confirm_link, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1


def test_the_confirmed_page_links_the_readers_preferences(
    client, confirm_link, django_capture_on_commit_callbacks
):
    response = confirm(client, confirm_link, django_capture_on_commit_callbacks)
    (welcome,) = mail.outbox
    assert f'href="{link_in(welcome, "preferences")}"' in response.content.decode()


def test_a_reader_who_left_before_the_welcome_went_is_not_written_to(
    client, confirm_link, django_capture_on_commit_callbacks
):
    confirm(client, confirm_link, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    Subscriber.objects.update(status=Subscriber.Status.UNSUBSCRIBED)
    welcome_email_send(Subscriber.objects.get().pk)
    assert mail.outbox == []
