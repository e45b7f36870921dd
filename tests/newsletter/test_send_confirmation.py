"""Sending and scheduling an issue ask first, saying to how many readers and when."""

import datetime
import html

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.users.models import UserProfile

from masthead.newsletter.factories import SubscriberFactory, confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft

pytestmark = pytest.mark.django_db

# A summer date, so that the magazine's zone (UTC+1 then) differs from UTC.
SUMMER_MORNING = "2036-07-04T07:00"
SUMMER_MORNING_SHOWN = "Friday 4 July 2036, 07:00 (Europe/London)"
SUMMER_MORNING_UTC = datetime.datetime(2036, 7, 4, 6, 0, tzinfo=datetime.UTC)


@pytest.fixture
def issue(week, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.TIME_ZONE = "Europe/London"
    return roundup_draft()


@pytest.fixture
def editor_elsewhere(editor_client, editor):
    """An editor whose own admin time zone is not the magazine's."""
    profile = UserProfile.get_for_user(editor)
    profile.current_time_zone = "America/New_York"
    profile.save()
    return editor_client


def send_page(issue):
    return reverse("newsletter_admin:send", args=[issue.pk])


def text_of(response) -> str:
    """What the editor reads: the page without its tags."""
    return html.unescape(strip_tags(response.content.decode()))


def markup_of(response) -> str:
    return html.unescape(response.content.decode())


def test_send_now_asks_first_and_names_the_number_of_confirmed_readers(editor_client, issue):
    confirmed_readers_create(3)
    SubscriberFactory(pending=True)
    SubscriberFactory(unsubscribed=True)
    response = editor_client.post(send_page(issue), {"action": "send"})
    assert response.status_code == 200
    page = text_of(response)
    assert "Send the round-up now?" in page
    assert "will go now to 3 confirmed readers" in page
    assert "Yes, send to 3 confirmed readers now" in page
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.DRAFT
    assert mail.outbox == []
    assert not Delivery.objects.exists()


def test_the_confirmation_page_carries_the_confirmation_and_a_way_back(editor_client, issue):
    page = markup_of(editor_client.post(send_page(issue), {"action": "send"}))
    assert 'name="confirm" value="yes"' in page
    assert f'href="{send_page(issue)}">Cancel<' in page


def test_confirming_sends_to_every_confirmed_reader(editor_client, issue):
    confirmed_readers_create(3)
    response = editor_client.post(
        send_page(issue), {"action": "send", "confirm": "yes"}, follow=True
    )
    assert "Sending to 3 readers." in text_of(response)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "reader0@example.org",
        "reader1@example.org",
        "reader2@example.org",
    ]
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT


def test_anything_but_yes_does_not_confirm(editor_client, issue):
    confirmed_readers_create(1)
    response = editor_client.post(send_page(issue), {"action": "send", "confirm": "1"})
    assert "Send the round-up now?" in text_of(response)
    assert mail.outbox == []


def test_schedule_asks_first_with_the_time_in_the_magazines_zone(editor_elsewhere, issue):
    confirmed_readers_create(2)
    response = editor_elsewhere.post(
        send_page(issue), {"action": "schedule", "when": SUMMER_MORNING}
    )
    assert response.status_code == 200
    page = text_of(response)
    assert "Schedule the round-up?" in page
    assert f"will be sent on {SUMMER_MORNING_SHOWN}" in page
    assert "2 confirmed readers today" in page
    assert f'name="when" value="{SUMMER_MORNING}"' in markup_of(response)
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.DRAFT
    assert issue.scheduled_for is None


def test_confirming_a_schedule_keeps_the_magazines_hour(editor_elsewhere, issue):
    response = editor_elsewhere.post(
        send_page(issue),
        {"action": "schedule", "when": SUMMER_MORNING, "confirm": "yes"},
        follow=True,
    )
    assert f"Scheduled for {SUMMER_MORNING_SHOWN}." in text_of(response)
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SCHEDULED
    assert issue.scheduled_for == SUMMER_MORNING_UTC
    assert mail.outbox == []


def test_the_send_page_shows_a_scheduled_time_with_its_zone(editor_elsewhere, issue):
    editor_elsewhere.post(
        send_page(issue), {"action": "schedule", "when": SUMMER_MORNING, "confirm": "yes"}
    )
    page = text_of(editor_elsewhere.get(send_page(issue)))
    assert f"Scheduled, for {SUMMER_MORNING_SHOWN}" in page
    assert "Send at (Europe/London)" in page


def test_a_time_in_the_past_is_refused_before_asking(editor_client, issue):
    response = editor_client.post(
        send_page(issue), {"action": "schedule", "when": "2020-01-01T07:00"}
    )
    page = text_of(response)
    assert "Choose a time in the future" in page
    assert "Schedule the round-up?" not in page
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.DRAFT


def test_a_sent_issue_is_not_offered_for_confirmation(editor_client, issue):
    issue.status = RoundupIssue.Status.SENT
    issue.save()
    response = editor_client.post(send_page(issue), {"action": "send"}, follow=True)
    page = text_of(response)
    assert "Send the round-up now?" not in page
    assert "already sent" in page
