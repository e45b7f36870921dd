"""Readers choose what they receive and leave without logging in."""

from email.message import EmailMessage

import pytest
from anymail.inbound import AnymailInboundMessage
from anymail.signals import AnymailInboundEvent, inbound

from masthead.newsletter.factories import SubscriberFactory
from masthead.newsletter.models import ConsentEvent, Subscriber
from masthead.newsletter.tokens import manage_token

from .conftest import ORIGIN

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(magazine):
    return SubscriberFactory(email="mei@example.org")


def test_one_click_unsubscribe_works_with_the_rfc_8058_body(client, reader):
    response = client.post(
        f"/newsletter/unsubscribe/{manage_token(reader.pk)}/",
        {"List-Unsubscribe": "One-Click"},
    )
    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED
    assert reader.consent_records.filter(event=ConsentEvent.UNSUBSCRIBED).exists()


@pytest.mark.parametrize("body", [{}, {"List-Unsubscribe": "yes"}, {"anything": "One-Click"}])
def test_a_post_without_the_one_click_body_unsubscribes_nobody(client, reader, body):
    response = client.post(f"/newsletter/unsubscribe/{manage_token(reader.pk)}/", body)
    assert response.status_code == 400
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED


def test_the_unsubscribe_page_sends_the_one_click_body(client, reader):
    html = client.get(f"/newsletter/unsubscribe/{manage_token(reader.pk)}/").content.decode()
    assert 'name="List-Unsubscribe" value="One-Click"' in html


def test_opening_the_unsubscribe_link_asks_first(client, reader):
    response = client.get(f"/newsletter/unsubscribe/{manage_token(reader.pk)}/")
    assert "Unsubscribe" in response.content.decode()
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED


def test_a_forged_unsubscribe_link_is_not_found(client, reader):
    assert client.post(f"/newsletter/unsubscribe/{reader.pk}:forged/").status_code == 404
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED


def test_a_reader_can_choose_only_some_sections(client, reader, week):
    url = f"/newsletter/preferences/{manage_token(reader.pk)}/"
    response = client.post(
        url, {"receive": "chosen", "sections": [week["africa"].pk]}, HTTP_ORIGIN=ORIGIN
    )
    assert response.status_code == 200
    assert "Saved" in response.content.decode()
    reader.refresh_from_db()
    assert not reader.all_sections
    assert list(reader.sections.all()) == [week["africa"]]


def test_choosing_sections_without_ticking_any_is_explained(client, reader, week):
    url = f"/newsletter/preferences/{manage_token(reader.pk)}/"
    response = client.post(url, {"receive": "chosen"}, HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 400
    assert "Choose at least one section" in response.content.decode()
    reader.refresh_from_db()
    assert reader.all_sections


def test_preference_pages_are_never_cached(client, reader, week):
    response = client.get(f"/newsletter/preferences/{manage_token(reader.pk)}/")
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_an_email_to_the_unsubscribe_mailbox_unsubscribes(reader):
    raw = EmailMessage()
    raw["Subject"] = f"unsubscribe {manage_token(reader.pk)}"
    raw["From"] = reader.email
    raw["To"] = "unsubscribe@example.org"
    message = AnymailInboundMessage.parse_raw_mime_bytes(raw.as_bytes())
    inbound.send(
        sender=object,
        event=AnymailInboundEvent(event_type="inbound", message=message),
        esp_name="TestESP",
    )
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED


def test_an_email_with_a_forged_token_changes_nothing(reader):
    raw = EmailMessage()
    raw["Subject"] = f"unsubscribe {reader.pk}:forged"
    message = AnymailInboundMessage.parse_raw_mime_bytes(raw.as_bytes())
    inbound.send(
        sender=object,
        event=AnymailInboundEvent(event_type="inbound", message=message),
        esp_name="TestESP",
    )
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.CONFIRMED
