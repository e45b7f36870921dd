"""Short leases: a dead worker's readers wait seconds, not minutes, and a live
worker slower than its lease keeps the readers it is sending to."""

import threading
import time
import uuid

import pytest
from django.core.management import call_command
from django.db import connection

from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.outbox import deliveries_claim
from masthead.newsletter.services.sending import roundup_deliver_pending, roundup_send_start

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def issue(week):
    return roundup_draft()


def test_a_dead_workers_readers_are_sent_within_a_second_or_two_of_its_lease_expiring(
    smtp_sink, issue, settings
):
    settings.MASTHEAD_NEWSLETTER_BATCH_SIZE = 5
    settings.MASTHEAD_NEWSLETTER_LEASE_SECONDS = 2
    confirmed_readers_create(20)
    roundup_send_start(issue)
    dead_lease = 4
    # A worker that claimed five readers and died at once.
    dead_batch = deliveries_claim(issue.pk, 5, lease_seconds=dead_lease)
    expires = time.monotonic() + dead_lease
    orphans = [delivery.subscriber.email for delivery in dead_batch]

    call_command("roundup_send", str(issue.pk), "--quiet-progress")

    arrivals = [smtp_sink.handler.accepted_at[email] for email in orphans]
    assert min(arrivals) > expires - 0.5, "taken over before the lease expired"
    assert max(arrivals) < expires + 2.5, "the lease expired, and nobody looked for seconds"
    assert smtp_sink.handler.recipients() == {f"reader{n}@example.org": 1 for n in range(20)}
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT


def test_a_worker_slower_than_its_lease_keeps_its_readers(smtp_sink, issue):
    confirmed_readers_create(6)
    roundup_send_start(issue)
    smtp_sink.handler.on_rcpt = lambda _address: time.sleep(0.4)  # 2.4 s for the batch

    def worker():
        try:
            roundup_deliver_pending(issue, batch_size=6, lease_seconds=1)
        finally:
            connection.close()

    sending = threading.Thread(target=worker)
    sending.start()
    while not smtp_sink.handler.rcpt_log:  # the worker has claimed its batch
        time.sleep(0.01)
    taken_over = []
    while sending.is_alive():
        taken_over += deliveries_claim(issue.pk, 6, lease_seconds=1)
        time.sleep(0.1)
    sending.join()
    assert taken_over == []
    assert smtp_sink.handler.rcpt_log == [f"reader{n}@example.org" for n in range(6)]
    states = set(Delivery.objects.values_list("state", "attempts"))
    assert states == {(Delivery.State.SENT, 1)}


def test_a_worker_whose_batch_was_taken_over_hands_nothing_more_of_it_to_the_server(
    smtp_sink, issue
):
    confirmed_readers_create(5)
    roundup_send_start(issue)

    def take_over(address):
        # A stalled worker's lease expired and another worker claimed its readers.
        if address == "reader1@example.org":
            Delivery.objects.filter(state=Delivery.State.SENDING).update(lease_token=uuid.uuid4())
            connection.close()  # this runs in the sink's thread

    smtp_sink.handler.on_rcpt = take_over
    report = roundup_deliver_pending(issue, batch_size=5)
    assert smtp_sink.handler.rcpt_log == ["reader0@example.org", "reader1@example.org"]
    assert smtp_sink.handler.recipients() == {"reader0@example.org": 1}
    assert report.sent == 1
    assert Delivery.objects.filter(state=Delivery.State.SENDING).count() == 4
