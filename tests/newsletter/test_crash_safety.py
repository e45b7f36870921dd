"""Worker processes killed part-way, and two workers at once, against a real
SMTP server: no confirmed reader receives the issue twice, and no one misses
it unless their message is recorded as uncertain (the worker died between
handing it over and hearing the server's answer).

These run on SQLite (a file shared with the workers) and, in CI, on PostgreSQL.
"""

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.db import connection
from django.urls import reverse

from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.outbox import deliveries_claim
from masthead.newsletter.services.progress import roundup_progress
from masthead.newsletter.services.sending import roundup_send_start

from .smtp_sink import SMTPSink

ROOT = Path(__file__).resolve().parents[2]
READERS = 60
LEASE_SECONDS = 2

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker(issue, sink, *options) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DATABASE_CONN_MAX_AGE": "0",
        "EMAIL_BACKEND": "masthead.newsletter.mail.smtp.RoundupSMTPBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "MASTHEAD_NEWSLETTER_BATCH_SIZE": "5",
        "MASTHEAD_NEWSLETTER_LEASE_SECONDS": str(LEASE_SECONDS),
        "MASTHEAD_NEWSLETTER_RETRY_DELAYS": "1,1,1",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "roundup_send", str(issue.pk), "--quiet-progress", *options],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def issue(week):
    confirmed_readers_create(READERS)
    return roundup_draft()


def assert_everyone_got_it_once(sink, issue, uncertain=0):
    counts = sink.handler.recipients()
    assert sorted(counts) == sorted(f"reader{n}@example.org" for n in range(READERS))
    twice = {reader: n for reader, n in counts.items() if n != 1}
    assert twice == {}, f"received more than once: {twice}"
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT
    progress = roundup_progress(issue)
    assert (progress["sent"], progress["uncertain"]) == (READERS - uncertain, uncertain)


def kill_when(event: threading.Event, holder: dict):
    def kill(*_args):
        if not event.is_set():
            event.set()
            os.kill(holder["worker"].pid, signal.SIGKILL)
            holder["worker"].wait()

    return kill


@pytest.fixture
def killed_while_handing_over(issue):
    """A worker killed after it recorded message 23 as handing over and wrote
    its final ".", before the server's 250 reached it; then a second worker
    finishes the send. Yields the sink, the reader of message 23, the message
    the server got, and the second worker's output."""
    killed, holder = threading.Event(), {}
    with SMTPSink() as sink:
        sink.handler.on_data = lambda count: count == 23 and kill_when(killed, holder)()
        holder["worker"] = start_worker(issue, sink)
        assert killed.wait(60), holder["worker"].communicate()
        (reader,), message = sink.messages[22]
        assert Delivery.objects.get(subscriber__email=reader).state == Delivery.State.HANDING_OVER
        restarted = start_worker(issue, sink)
        out, err = restarted.communicate(timeout=120)
        assert restarted.returncode == 0, err
        yield sink, reader, message, out


def test_a_worker_killed_while_handing_a_message_over_leaves_it_uncertain_not_sent_twice(
    issue, killed_while_handing_over
):
    sink, reader, _message, out = killed_while_handing_over
    assert_everyone_got_it_once(sink, issue, uncertain=1)
    delivery = Delivery.objects.get(subscriber__email=reader)
    assert (delivery.state, delivery.sent_at) == (Delivery.State.UNCERTAIN, None)
    assert "may or may not have accepted it" in delivery.last_error
    assert "uncertain 1, remaining 0." in out


def test_the_send_page_counts_the_uncertain_message_and_names_its_reader(
    issue, killed_while_handing_over, editor_client
):
    _sink, reader, _message, _out = killed_while_handing_over
    page = editor_client.get(reverse("newsletter_admin:send", args=[issue.pk])).content.decode()
    assert '<dd id="progress-uncertain">1</dd>' in page
    assert f'<dd id="progress-sent">{READERS - 1}</dd>' in page
    assert reader in page


def test_an_editor_sends_the_uncertain_message_again_once_with_its_first_message_id(
    issue, killed_while_handing_over, editor_client, settings
):
    sink, reader, first, _out = killed_while_handing_over
    settings.EMAIL_BACKEND = "masthead.newsletter.mail.smtp.RoundupSMTPBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    delivery = Delivery.objects.get(subscriber__email=reader)
    send_page = reverse("newsletter_admin:send", args=[issue.pk])
    resend = {"action": "resend", "delivery": [delivery.pk]}
    response = editor_client.post(send_page, resend, follow=True)
    assert "1 uncertain message queued to be sent again." in response.content.decode()
    again = [message for (to,), message in sink.messages if to == reader]
    assert len(again) == 2
    assert again[1]["Message-ID"] == first["Message-ID"]
    delivery.refresh_from_db()
    assert delivery.state == Delivery.State.SENT
    response = editor_client.post(send_page, resend, follow=True)
    assert "nothing was sent" in response.content.decode()
    assert sink.handler.recipients()[reader] == 2


def test_a_worker_killed_between_recipient_and_data_leaves_no_gap(issue):
    """Killed in the middle of an SMTP transaction: that message is sent again later."""
    killed, holder = threading.Event(), {}
    seen = []

    def on_rcpt(address):
        seen.append(address)
        if len(seen) == 31:
            kill_when(killed, holder)()

    with SMTPSink() as sink:
        sink.handler.on_rcpt = on_rcpt
        holder["worker"] = start_worker(issue, sink)
        assert killed.wait(60), holder["worker"].communicate()
        restarted = start_worker(issue, sink)
        out, err = restarted.communicate(timeout=120)
        assert restarted.returncode == 0, err
    assert_everyone_got_it_once(sink, issue)


def test_two_workers_at_once_never_send_the_same_message_twice(issue):
    with SMTPSink() as sink:
        workers = [start_worker(issue, sink), start_worker(issue, sink)]
        for worker in workers:
            out, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err
    assert_everyone_got_it_once(sink, issue)


def test_roundup_send_exits_non_zero_while_another_worker_holds_readers(issue):
    """So that a supervisor restarting it on failure brings it back to finish the issue."""
    roundup_send_start(issue)
    deliveries_claim(issue.pk, 5, lease_seconds=600)  # a live worker elsewhere
    with SMTPSink() as sink:
        worker = start_worker(issue, sink, "--no-wait")
        out, err = worker.communicate(timeout=120)
    assert worker.returncode == 75, err
    assert "remaining 5." in out
    assert len(sink.messages) == READERS - 5
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENDING
