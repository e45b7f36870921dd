"""Worker processes killed part-way, and two workers at once, against a real
SMTP server: every confirmed reader receives the issue exactly once.

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

from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.sending import roundup_progress

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


def start_worker(issue, sink) -> subprocess.Popen:
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
        [sys.executable, "manage.py", "roundup_send", str(issue.pk), "--quiet-progress"],
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


def assert_everyone_got_it_once(sink, issue):
    counts = sink.handler.recipients()
    assert sorted(counts) == sorted(f"reader{n}@example.org" for n in range(READERS))
    twice = {reader: n for reader, n in counts.items() if n != 1}
    assert twice == {}, f"received more than once: {twice}"
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT
    assert roundup_progress(issue)["sent"] == READERS


def kill_when(event: threading.Event, holder: dict):
    def kill(*_args):
        if not event.is_set():
            event.set()
            os.kill(holder["worker"].pid, signal.SIGKILL)
            holder["worker"].wait()

    return kill


def test_a_worker_killed_while_the_server_accepts_a_message_sends_no_duplicate(issue):
    """Killed after the message's final "." reached the server, before its reply."""
    killed, holder = threading.Event(), {}
    with SMTPSink() as sink:
        sink.handler.on_data = lambda count: count == 23 and kill_when(killed, holder)()
        holder["worker"] = start_worker(issue, sink)
        assert killed.wait(60), holder["worker"].communicate()
        assert len(sink.messages) == 23
        assert Delivery.objects.filter(state=Delivery.State.SENDING).exists()  # a dead lease
        restarted = start_worker(issue, sink)
        out, err = restarted.communicate(timeout=120)
        assert restarted.returncode == 0, err
    assert_everyone_got_it_once(sink, issue)


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
