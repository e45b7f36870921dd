"""What editors do in the admin: preview, test, schedule, send, import, export."""

import datetime
import html

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from masthead.newsletter.factories import SubscriberFactory, confirmed_readers_create
from masthead.newsletter.models import ConsentEvent, RoundupIssue, Subscriber
from masthead.newsletter.services.drafting import roundup_draft

pytestmark = pytest.mark.django_db

# "Send now" as the editor confirms it on the confirmation page.
SEND_CONFIRMED = {"action": "send", "confirm": "yes"}


@pytest.fixture
def issue(week):
    return roundup_draft()


def send_page(issue):
    return reverse("newsletter_admin:send", args=[issue.pk])


def test_the_issue_previews_as_html_and_as_plain_text(rf, editor, issue):
    assert [mode for mode, _label in issue.preview_modes] == ["", "text"]
    request = rf.get("/")
    request.user = editor
    email_html = issue.serve_preview(request, "").content.decode()
    assert "drone gap" in email_html
    assert 'style="' in email_html and "<style" not in email_html
    text = issue.serve_preview(request, "text")
    assert text["Content-Type"].startswith("text/plain")
    assert "Grain prices, briefly" in text.content.decode()


def test_an_editor_sends_a_test_to_themselves(editor_client, editor, issue):
    response = editor_client.post(
        send_page(issue), {"action": "test", "addresses": "editor@example.org"}, follow=True
    )
    assert "A test was sent to editor@example.org" in response.content.decode()
    (message,) = mail.outbox
    assert message.to == ["editor@example.org"]
    assert message.subject.startswith("[Test] ")
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.DRAFT


def test_an_editor_schedules_an_issue(editor_client, issue):
    when = timezone.localtime() + datetime.timedelta(days=1)
    response = editor_client.post(
        send_page(issue),
        {"action": "schedule", "when": when.strftime("%Y-%m-%dT%H:%M"), "confirm": "yes"},
        follow=True,
    )
    assert "Scheduled for" in response.content.decode()
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SCHEDULED


def test_scheduling_in_the_past_is_refused_with_a_reason(editor_client, issue):
    when = timezone.localtime() - datetime.timedelta(days=1)
    response = editor_client.post(
        send_page(issue),
        {"action": "schedule", "when": when.strftime("%Y-%m-%dT%H:%M")},
        follow=True,
    )
    assert "Choose a time in the future" in response.content.decode()


def test_sending_now_delivers_and_shows_the_summary(editor_client, issue, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    confirmed_readers_create(3)
    response = editor_client.post(send_page(issue), SEND_CONFIRMED, follow=True)
    html = response.content.decode()
    assert "Sending to 3 readers." in html
    assert len(mail.outbox) == 3
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT
    assert 'id="progress-sent">3<' in html
    assert "Summary" in html


def test_a_sent_issue_cannot_be_sent_again(editor_client, issue, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    confirmed_readers_create(1)
    editor_client.post(send_page(issue), SEND_CONFIRMED)
    response = editor_client.post(send_page(issue), SEND_CONFIRMED, follow=True)
    assert "already been sent" in response.content.decode()
    assert len(mail.outbox) == 1


def test_a_sent_issue_appears_in_the_public_archive(client, editor_client, issue, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert client.get(f"/newsletter/archive/{issue.pk}/").status_code == 404
    editor_client.post(send_page(issue), SEND_CONFIRMED)
    archive = client.get("/newsletter/archive/").content.decode()
    assert issue.subject in archive
    page = client.get(f"/newsletter/archive/{issue.pk}/")
    assert page.status_code == 200 and "Talks resume in Addis" in page.content.decode()


def test_importing_readers_reports_each_rejected_row(editor_client, magazine):
    SubscriberFactory(email="left@example.org", unsubscribed=True)
    csv = (
        b"Email,Name\n"
        b"new@example.org,New\n"
        b"not-an-address,Bad\n"
        b"new@example.org,Twice\n"
        b"left@example.org,Left\n"
    )
    response = editor_client.post(
        reverse("newsletter_admin:import"),
        {
            "file": SimpleUploadedFile("readers.csv", csv),
            "consent_basis": "confirmed_before",
            "consent_note": "Old site, 2024",
        },
    )
    html = response.content.decode()
    assert "Added as confirmed: 1." in html and "Rejected: 3." in html
    assert "not a valid email address" in html
    assert "appears earlier in the file" in html
    assert "unsubscribed: not re-added" in html
    new = Subscriber.objects.get(email="new@example.org")
    assert new.status == Subscriber.Status.CONFIRMED
    assert new.consent_records.get().event == ConsentEvent.IMPORTED
    assert Subscriber.objects.get(email="left@example.org").status == "unsubscribed"


def test_a_file_without_an_email_column_is_explained(editor_client, magazine):
    response = editor_client.post(
        reverse("newsletter_admin:import"),
        {
            "file": SimpleUploadedFile("x.csv", b"name\nAna\n"),
            "consent_basis": "confirm_now",
            "consent_note": "x",
        },
    )
    assert 'one called "email"' in html.unescape(response.content.decode())


def test_readers_are_filtered_by_status_and_exported_as_csv(editor_client, magazine):
    confirmed_readers_create(2)
    SubscriberFactory(email="pending@example.org", pending=True)
    url = reverse("wagtailsnippets_newsletter_subscriber:list")
    listing = editor_client.get(url, {"status": "pending"}).content.decode()
    assert "pending@example.org" in listing and "reader0@example.org" not in listing
    export = editor_client.get(url, {"export": "csv", "status": "confirmed"})
    body = (
        b"".join(export.streaming_content).decode()
        if export.streaming
        else (export.content.decode())
    )
    assert "reader0@example.org" in body and "pending@example.org" not in body
