"""Sending an issue through a real SMTP server, and what arrives."""

import datetime
import re

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.core import mail
from django.utils import timezone
from wagtail.models import Site

from masthead.core.models import SiteSettings
from masthead.newsletter.factories import SubscriberFactory, confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue, Subscriber
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.progress import roundup_progress
from masthead.newsletter.services.sending import roundup_deliver_pending, roundup_send_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(week):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "The Meridian Review"
    settings.postal_address = "12 Harbour Lane\nPortsmouth PO1 2AB"
    settings.save()
    issue = roundup_draft()
    issue.intro = "<p>A week of drones and diplomacy.</p>"
    issue.save()
    return issue


def send(issue):
    roundup_send_start(issue)
    return roundup_deliver_pending(issue)


def only_message(sink):
    (recipients, message), *_ = sink.messages
    return message


def test_every_confirmed_reader_receives_the_issue_once(smtp_sink, issue):
    confirmed_readers_create(5)
    SubscriberFactory(email="pending@example.org", pending=True)
    SubscriberFactory(email="gone@example.org", unsubscribed=True)
    report = send(issue)
    assert report.sent == 5
    assert smtp_sink.handler.recipients() == {f"reader{n}@example.org": 1 for n in range(5)}
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT


def test_the_message_carries_rfc_8058_unsubscribe_headers(smtp_sink, issue):
    confirmed_readers_create(1)
    send(issue)
    message = only_message(smtp_sink)
    links = re.findall(r"<([^>]+)>", message["List-Unsubscribe"])
    assert links[0].startswith("http://testserver/newsletter/unsubscribe/")
    assert links[1].startswith("mailto:unsubscribe@")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message["To"] == "reader0@example.org"
    assert message["Message-ID"].startswith("<roundup-")


def test_the_message_has_a_plain_text_part_and_an_inlined_html_part(smtp_sink, issue):
    confirmed_readers_create(1)
    send(issue)
    message = only_message(smtp_sink)
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for body in (text, html):
        assert "Europe's drone gap" in body or "Europe&#x27;s drone gap" in body
        assert "Grain prices, briefly" in body
        assert "12 Harbour Lane" in body
    assert "<style" not in html
    assert 'style="' in html
    assert "By Ana Ruiz and Bo Lin" in html


def test_the_links_in_the_email_work(client, smtp_sink, issue):
    reader = confirmed_readers_create(1)[0]
    send(issue)
    text = only_message(smtp_sink).get_body(("plain",)).get_content()
    web = re.search(r"View in your browser: http://testserver(\S+)", text).group(1)
    assert "A week of drones and diplomacy." in client.get(web).content.decode()
    article = re.search(r"http://testserver(/articles/\S+/)", text).group(1)
    assert client.get(article).status_code == 200
    preferences = re.search(r"Choose what you receive: http://testserver(\S+)", text).group(1)
    assert client.get(preferences).status_code == 200
    unsubscribe = re.search(r"Unsubscribe: http://testserver(\S+)", text).group(1)
    assert client.post(unsubscribe, {"List-Unsubscribe": "One-Click"}).status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.UNSUBSCRIBED


def test_an_unsubscribe_before_the_batch_is_handed_over_takes_effect(smtp_sink, issue):
    readers = confirmed_readers_create(3)
    roundup_send_start(issue)
    Subscriber.objects.filter(pk=readers[1].pk).update(status=Subscriber.Status.UNSUBSCRIBED)
    roundup_deliver_pending(issue)
    assert set(smtp_sink.handler.recipients()) == {"reader0@example.org", "reader2@example.org"}
    assert roundup_progress(issue)["skipped"] == 1


def test_a_reader_who_chose_sections_gets_only_those(smtp_sink, issue, week):
    SubscriberFactory(sections=[week["africa"]])
    send(issue)
    html = only_message(smtp_sink).get_body(("html",)).get_content()
    assert "Talks resume in Addis" in html
    assert "drone gap" not in html


def test_a_temporary_refusal_is_retried_and_then_sent(smtp_sink, issue, settings):
    settings.MASTHEAD_NEWSLETTER_RETRY_DELAYS = [600]
    confirmed_readers_create(2)
    smtp_sink.handler.refuse["reader1@example.org"] = "451 Try again later"
    first = send(issue)
    assert (first.sent, first.retried) == (1, 1)
    waiting = Delivery.objects.get(state=Delivery.State.QUEUED)
    assert waiting.next_attempt_at > timezone.now() + datetime.timedelta(seconds=590)
    assert roundup_deliver_pending(issue).handled == 0  # not before its time
    del smtp_sink.handler.refuse["reader1@example.org"]
    Delivery.objects.filter(pk=waiting.pk).update(next_attempt_at=timezone.now())
    second = roundup_deliver_pending(issue)
    assert second.sent == 1
    assert smtp_sink.handler.recipients() == {"reader0@example.org": 1, "reader1@example.org": 1}


def test_a_permanent_refusal_marks_the_delivery_failed_with_the_reason(smtp_sink, issue):
    confirmed_readers_create(2)
    smtp_sink.handler.refuse["reader1@example.org"] = "550 No such mailbox"
    report = send(issue)
    assert (report.sent, report.failed) == (1, 1)
    failed = Delivery.objects.get(state=Delivery.State.FAILED)
    assert "No such mailbox" in failed.last_error
    progress = roundup_progress(issue)
    assert (progress["sent"], progress["failed"], progress["remaining"]) == (1, 1, 0)


def test_a_permanent_refusal_of_the_message_marks_the_delivery_failed(smtp_sink, issue):
    """The server answers 5xx to the final "." (after the row was recorded as sent)."""
    confirmed_readers_create(2)
    smtp_sink.handler.refuse_data["reader1@example.org"] = "554 Message refused as spam"
    report = send(issue)
    assert (report.sent, report.failed, report.retried) == (1, 1, 0)
    failed = Delivery.objects.get(state=Delivery.State.FAILED)
    assert failed.subscriber.email == "reader1@example.org"
    assert failed.attempts == 1
    assert "554" in failed.last_error and "Message refused as spam" in failed.last_error
    assert failed.sent_at is None and failed.lease_token is None
    progress = roundup_progress(issue)
    assert (progress["sent"], progress["failed"], progress["remaining"]) == (1, 1, 0)
    assert smtp_sink.handler.recipients() == {"reader0@example.org": 1}


def test_a_temporary_refusal_of_the_message_is_retried_and_then_sent(smtp_sink, issue, settings):
    """The server answers 4xx to the final ".": the row goes back to the queue."""
    settings.MASTHEAD_NEWSLETTER_RETRY_DELAYS = [600]
    confirmed_readers_create(2)
    smtp_sink.handler.refuse_data["reader1@example.org"] = "452 Mailbox full, try later"
    first = send(issue)
    assert (first.sent, first.failed, first.retried) == (1, 0, 1)
    waiting = Delivery.objects.get(state=Delivery.State.QUEUED)
    assert waiting.subscriber.email == "reader1@example.org"
    assert waiting.attempts == 1
    assert "452" in waiting.last_error and "Mailbox full" in waiting.last_error
    assert waiting.sent_at is None and waiting.lease_token is None
    assert waiting.next_attempt_at > timezone.now() + datetime.timedelta(seconds=590)
    assert roundup_deliver_pending(issue).handled == 0  # not before its time
    del smtp_sink.handler.refuse_data["reader1@example.org"]
    Delivery.objects.filter(pk=waiting.pk).update(next_attempt_at=timezone.now())
    second = roundup_deliver_pending(issue)
    assert second.sent == 1
    waiting.refresh_from_db()
    assert (waiting.state, waiting.attempts) == (Delivery.State.SENT, 2)
    assert smtp_sink.handler.recipients() == {"reader0@example.org": 1, "reader1@example.org": 1}


def test_a_temporary_refusal_of_the_message_after_the_last_retry_is_a_failure(
    smtp_sink, issue, settings
):
    settings.MASTHEAD_NEWSLETTER_RETRY_DELAYS = [600]
    confirmed_readers_create(1)
    smtp_sink.handler.refuse_data["reader0@example.org"] = "451 Local error, try later"
    first = send(issue)
    assert (first.sent, first.failed, first.retried) == (0, 0, 1)
    Delivery.objects.update(next_attempt_at=timezone.now())
    second = roundup_deliver_pending(issue)
    assert (second.sent, second.failed, second.retried) == (0, 1, 0)
    failed = Delivery.objects.get()
    assert (failed.state, failed.attempts) == (Delivery.State.FAILED, 2)
    assert "Local error" in failed.last_error
    assert smtp_sink.messages == []


def test_a_bounce_report_stops_all_further_mail_to_the_address(smtp_sink, issue, week):
    reader = confirmed_readers_create(1)[0]
    event = AnymailTrackingEvent(event_type="bounced", recipient=reader.email, description="5.1.1")
    tracking.send(sender=object, event=event, esp_name="TestESP")
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.BOUNCED
    send(issue)
    assert smtp_sink.messages == []


def test_a_complaint_report_marks_the_reader_complained(issue):
    reader = confirmed_readers_create(1)[0]
    event = AnymailTrackingEvent(event_type="complained", recipient=reader.email)
    tracking.send(sender=object, event=event, esp_name="TestESP")
    reader.refresh_from_db()
    assert reader.status == Subscriber.Status.COMPLAINED


def test_sending_again_sends_nothing_twice(smtp_sink, issue):
    confirmed_readers_create(3)
    send(issue)
    send(issue)
    assert smtp_sink.handler.recipients() == {f"reader{n}@example.org": 1 for n in range(3)}


def test_through_a_provider_backend_each_reader_gets_a_full_message(settings, issue):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    confirmed_readers_create(2)
    send(issue)
    assert sorted(m.to[0] for m in mail.outbox) == ["reader0@example.org", "reader1@example.org"]
    assert mail.outbox[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
