"""Messages whose outcome nobody can know: recorded as uncertain, never sent
again by a worker, counted for the editor, and sent again only when they ask."""

import datetime
import uuid

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.editing import roundups_tick
from masthead.newsletter.services.progress import roundup_progress
from masthead.newsletter.services.sending import roundup_deliver_pending, roundup_send_start

pytestmark = pytest.mark.django_db

SENDER = ["newsletter.send_roundupissue"]
DRAFTER = ["newsletter.change_roundupissue"]


@pytest.fixture
def issue(week):
    return roundup_draft()


def left_handing_over_by_a_dead_worker(issue, reader) -> Delivery:
    """The row of a worker killed after recording the hand-over, whose lease ran out."""
    Delivery.objects.filter(issue=issue, subscriber=reader).update(
        state=Delivery.State.HANDING_OVER,
        attempts=1,
        lease_token=uuid.uuid4(),
        lease_expires_at=timezone.now() - datetime.timedelta(seconds=1),
    )
    return Delivery.objects.get(issue=issue, subscriber=reader)


def send_page(issue):
    return reverse("newsletter_admin:send", args=[issue.pk])


def test_a_message_a_dead_worker_was_handing_over_is_uncertain_and_not_sent_again(smtp_sink, issue):
    readers = confirmed_readers_create(3)
    roundup_send_start(issue)
    stranded = left_handing_over_by_a_dead_worker(issue, readers[1])
    roundup_deliver_pending(issue)
    assert smtp_sink.handler.recipients() == {"reader0@example.org": 1, "reader2@example.org": 1}
    stranded.refresh_from_db()
    assert stranded.state == Delivery.State.UNCERTAIN
    progress = roundup_progress(issue)
    assert (progress["sent"], progress["uncertain"], progress["remaining"]) == (2, 1, 0)
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT


def test_a_message_whose_final_dot_gets_no_answer_is_recorded_uncertain(smtp_sink, issue):
    confirmed_readers_create(3)
    smtp_sink.handler.hang_up_after_data.add("reader1@example.org")
    roundup_send_start(issue)
    report = roundup_deliver_pending(issue)
    assert (report.sent, report.uncertain, report.retried) == (2, 1, 0)
    uncertain = Delivery.objects.get(state=Delivery.State.UNCERTAIN)
    assert uncertain.subscriber.email == "reader1@example.org"
    assert "SMTPServerDisconnected" in uncertain.last_error
    # The server did have it here; a worker never finds out, and never sends it again.
    assert smtp_sink.handler.recipients()["reader1@example.org"] == 1
    assert roundup_deliver_pending(issue).handled == 0


def test_the_send_page_counts_uncertain_messages_and_gives_their_message_ids(editor_client, issue):
    readers = confirmed_readers_create(2)
    roundup_send_start(issue)
    left_handing_over_by_a_dead_worker(issue, readers[0])
    page = editor_client.get(send_page(issue)).content.decode()
    assert '<dd id="progress-uncertain">1</dd>' in page
    assert '<dd id="progress-remaining">1</dd>' in page
    assert "reader0@example.org" in page
    assert f"roundup-{issue.pk}-{readers[0].pk}@localhost" in page


def test_an_editor_with_the_send_permission_sends_an_uncertain_message_again_once(
    client, staff_member, issue
):
    readers = confirmed_readers_create(2)
    roundup_send_start(issue)
    roundup_deliver_pending(issue)
    mail.outbox.clear()
    Delivery.objects.filter(subscriber=readers[1]).update(state=Delivery.State.UNCERTAIN)
    client.force_login(staff_member("sender", SENDER))
    response = client.post(send_page(issue), {"action": "resend", "which": "all"}, follow=True)
    assert "1 uncertain message queued to be sent again." in response.content.decode()
    (message,) = mail.outbox
    assert message.to == ["reader1@example.org"]
    assert message.extra_headers["Message-ID"] == f"<roundup-{issue.pk}-{readers[1].pk}@localhost>"
    assert Delivery.objects.get(subscriber=readers[1]).state == Delivery.State.SENT
    client.post(send_page(issue), {"action": "resend", "which": "all"})
    assert len(mail.outbox) == 1


def test_an_editor_without_the_send_permission_cannot_send_uncertain_messages_again(
    client, staff_member, issue
):
    readers = confirmed_readers_create(1)
    roundup_send_start(issue)
    stranded = left_handing_over_by_a_dead_worker(issue, readers[0])
    client.force_login(staff_member("drafter", DRAFTER))
    response = client.post(send_page(issue), {"action": "resend", "delivery": [stranded.pk]})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert mail.outbox == []
    stranded.refresh_from_db()
    assert stranded.state == Delivery.State.HANDING_OVER
    assert roundup_progress(issue)["uncertain"] == 1


def test_sending_again_with_nothing_ticked_sends_nothing(editor_client, issue):
    readers = confirmed_readers_create(1)
    roundup_send_start(issue)
    left_handing_over_by_a_dead_worker(issue, readers[0])
    response = editor_client.post(send_page(issue), {"action": "resend"}, follow=True)
    assert "Tick the messages to send again." in response.content.decode()
    assert mail.outbox == []
    assert roundup_progress(issue)["uncertain"] == 1


def test_the_periodic_chores_record_a_dead_workers_hand_over_and_finish_the_issue(issue):
    readers = confirmed_readers_create(2)
    roundup_send_start(issue)
    Delivery.objects.filter(subscriber=readers[0]).update(state=Delivery.State.SENT)
    stranded = left_handing_over_by_a_dead_worker(issue, readers[1])
    assert f"finished {issue}" in roundups_tick()
    stranded.refresh_from_db()
    assert stranded.state == Delivery.State.UNCERTAIN
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT
    assert mail.outbox == []
