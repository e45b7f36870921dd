"""A worker that loses its database in the middle of a batch: it opens no SMTP
transaction it could not record, withdraws the one in flight before its ".",
reconnects and carries on; when the database stays away, `roundup_send`
exits non-zero for its supervisor to start it again."""

import time

import psycopg
import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError, connection
from django.db.backends.utils import CursorWrapper

from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue
from masthead.newsletter.services import sending
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.sending import roundup_deliver_pending, roundup_send_start

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
READERS = 8


@pytest.fixture
def issue(week):
    confirmed_readers_create(READERS)
    issue = roundup_draft()
    roundup_send_start(issue)
    return issue


class Outage:
    """The database failing the next `statements` statements, as one that is
    restarting does; `lost` is set once it has started."""

    def __init__(self, monkeypatch):
        self.failures_left = 0
        self.lost = False
        execute = CursorWrapper.execute

        def failing_execute(cursor, sql, params=None):
            if self.failures_left > 0:
                self.failures_left -= 1
                raise OperationalError("server closed the connection unexpectedly")
            return execute(cursor, sql, params)

        monkeypatch.setattr(CursorWrapper, "execute", failing_execute)

    @property
    def down(self) -> bool:
        return self.failures_left > 0

    def begin(self, statements: int) -> None:
        self.lost = True
        self.failures_left = statements
        if connection.vendor == "postgresql":
            # The first failure is real: the server ends the connection.
            _terminate_this_connection()
            self.failures_left -= 1


def _terminate_this_connection() -> None:
    """Have PostgreSQL end this process's connection, as a restart does."""
    pid = connection.connection.info.backend_pid
    db = connection.settings_dict
    with psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname=db["NAME"],
        autocommit=True,
    ) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        while admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone():
            time.sleep(0.01)


def lose_the_database_at_hand_over(monkeypatch, outage, number, statements):
    """The database goes away just before the hand-over of message `number`."""
    hand_over, calls = sending.delivery_hand_over, []

    def failing_hand_over(delivery, accepted=None):
        calls.append(delivery.pk)
        if len(calls) == number:
            outage.begin(statements)
        return hand_over(delivery, accepted)

    monkeypatch.setattr(sending, "delivery_hand_over", failing_hand_over)


@pytest.mark.parametrize("statements", [1, 5], ids=["lost once", "down a while"])
def test_a_worker_that_loses_the_database_withdraws_the_message_in_flight_and_carries_on(
    smtp_sink, issue, monkeypatch, statements
):
    outage = Outage(monkeypatch)
    lose_the_database_at_hand_over(monkeypatch, outage, number=3, statements=statements)
    opened_while_down = []
    smtp_sink.handler.on_rcpt = lambda address: outage.down and opened_while_down.append(address)

    report = roundup_deliver_pending(issue, batch_size=5)

    assert outage.lost
    assert opened_while_down == []
    # The third reader's first transaction was dropped before its "."; then sent once.
    assert smtp_sink.handler.rcpt_log.count("reader2@example.org") == 2
    assert smtp_sink.handler.recipients() == {f"reader{n}@example.org": 1 for n in range(READERS)}
    assert (report.sent, report.uncertain) == (READERS, 0)
    assert set(Delivery.objects.values_list("state", "attempts")) == {(Delivery.State.SENT, 1)}
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT


def test_roundup_send_exits_non_zero_when_the_database_stays_away(
    smtp_sink, issue, monkeypatch, settings
):
    settings.MASTHEAD_NEWSLETTER_DATABASE_RETRY_SECONDS = 1
    outage = Outage(monkeypatch)
    lose_the_database_at_hand_over(monkeypatch, outage, number=3, statements=10**9)
    with pytest.raises(CommandError, match="out of reach") as stopped:
        call_command("roundup_send", str(issue.pk), "--quiet-progress")
    assert stopped.value.returncode == 75
    outage.failures_left = 0
    assert len(smtp_sink.messages) == 2
    assert Delivery.objects.exclude(state=Delivery.State.SENT).exists()
