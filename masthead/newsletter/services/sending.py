"""Sending a round-up: queueing the deliveries, and the send loop of a worker.

Each worker claims a batch of Delivery rows under a short lease (outbox.py),
renews it while it works, and records every message twice around its final
".": *handing over* before it, *sent* after the server's 250 (folded into the
next message's statement). Any number of workers may run the loop at once; a
killed worker's batch is claimed again when its lease expires, and what it was
handing over becomes *uncertain*. A worker that loses the database stops
opening SMTP transactions, reconnects and carries on. See
docs/newsletter-sending.md.
"""

import contextlib
import logging
import smtplib
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from ..mail.message import RoundupMessages
from ..mail.smtp import DeliveryAborted, RoundupSMTPBackend
from ..models import Delivery, RoundupIssue, Subscriber
from .outage import DATABASE_ERRORS, DatabaseOutage
from .outbox import (
    LeaseLost,
    deliveries_claim,
    deliveries_record_sent,
    deliveries_release,
    delivery_hand_over,
    delivery_mark_uncertain,
    delivery_refused,
    delivery_release,
    delivery_withdraw,
    leases_renew,
)
from .progress import roundup_finish_if_done

logger = logging.getLogger(__name__)
CREATE_CHUNK = 2000


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    retried: int = 0
    skipped: int = 0
    # The "." was written and no reply came: the server may or may not have it.
    uncertain: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def handled(self) -> int:
        return self.sent + self.failed + self.retried + self.skipped + self.uncertain


# -- starting -----------------------------------------------------------------


def roundup_send_start(issue: RoundupIssue) -> int:
    """Mark the issue as sending and queue one delivery per confirmed reader.

    Safe to call again: existing deliveries are kept (unique per reader).
    Returns the number of deliveries of the issue.
    """
    with transaction.atomic():
        issue = RoundupIssue.objects.select_for_update().get(pk=issue.pk)
        if issue.status == RoundupIssue.Status.SENT:
            return issue.deliveries.count()
        if issue.status != RoundupIssue.Status.SENDING:
            issue.status = RoundupIssue.Status.SENDING
            issue.sending_started_at = timezone.now()
            issue.save(update_fields=["status", "sending_started_at"])
    # Readers who already have a delivery are left out by the query itself, so
    # that calling this again (every `roundup_send` worker does, to resume a
    # send) costs one query instead of re-inserting every row.
    has_delivery = Delivery.objects.filter(issue_id=issue.pk, subscriber_id=OuterRef("pk"))
    readers = (
        Subscriber.objects.confirmed()
        .filter(~Exists(has_delivery))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    last_pk = 0
    while True:
        chunk = list(readers.filter(pk__gt=last_pk)[:CREATE_CHUNK])
        if not chunk:
            break
        Delivery.objects.bulk_create(
            [Delivery(issue_id=issue.pk, subscriber_id=pk) for pk in chunk],
            ignore_conflicts=True,
        )
        last_pk = chunk[-1]
    return issue.deliveries.count()


# -- one worker's send ------------------------------------------------------------


def _is_transient(error: Exception) -> bool:
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        return all(400 <= code < 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    if isinstance(error, smtplib.SMTPServerDisconnected | socket.timeout | ConnectionError):
        return True
    # Providers through anymail: rate limits and server errors are worth a retry.
    status = getattr(getattr(error, "response", None), "status_code", None)
    return status in (429, 500, 502, 503, 504)


def _section_choice(subscriber: Subscriber) -> frozenset[int] | None:
    if subscriber.all_sections:
        return None
    claimed = getattr(subscriber, "claimed_section_ids", None)
    if claimed is not None:
        return claimed
    return frozenset(subscriber.sections.values_list("pk", flat=True))


def _close_quietly(connection: BaseEmailBackend) -> None:
    """Close a mail connection that may already be broken."""
    with contextlib.suppress(OSError, smtplib.SMTPException):
        connection.close()


class _Sender:
    """One worker's send: its mail connection, the batch it holds, and what it
    knows that the database does not record yet (a message the server accepted;
    a hand-over whose "." was never written)."""

    def __init__(
        self,
        issue: RoundupIssue,
        connection: BaseEmailBackend,
        report: SendReport,
        lease_seconds: float,
    ) -> None:
        self.messages = RoundupMessages(issue)
        self.messages.prebuilt_allowed = getattr(connection, "supports_prebuilt", False)
        self.connection = connection
        self.report = report
        self.lease_seconds = lease_seconds
        self.batch: list[Delivery] = []
        self.accepted: Delivery | None = None
        self.withdrawn: Delivery | None = None
        self.renew_at = 0.0
        self.lease_lost = False

    def send_batch(self, batch: list[Delivery]) -> None:
        self.batch = batch
        renew_every = self.lease_seconds / 3
        self.renew_at = time.monotonic() + renew_every
        self.lease_lost = False
        for delivery in batch:
            if time.monotonic() >= self.renew_at:
                leases_renew(batch, self.lease_seconds)
                self.renew_at = time.monotonic() + renew_every
            self._deliver(delivery)
            if self.lease_lost:
                # Another worker took the batch over: leave it the rest (what it
                # did not take is claimable by anyone, its lease having expired).
                break
        self._record_accepted()
        self.batch = []

    def recover(self) -> None:
        """Once the database answers again, record what happened while it did
        not, and give back the rest of the batch for any worker to claim."""
        self._record_accepted()
        if self.withdrawn is not None:
            delivery_withdraw(self.withdrawn)
            self.withdrawn = None
        if self.batch:
            deliveries_release(self.batch)
            self.batch = []

    def _record_accepted(self) -> None:
        if self.accepted is not None:
            if not deliveries_record_sent([self.accepted]):
                logger.warning(
                    "round-up delivery %s was accepted by the mail server after another "
                    "worker took it over; it stays recorded as uncertain",
                    self.accepted.pk,
                )
            self.accepted = None

    def _hand_over(self, delivery: Delivery) -> None:
        """Record `delivery` as handing over (and the previous message as sent),
        just before its final "."; raises LeaseLost if the row is not ours."""
        accepted, self.withdrawn = self.accepted, delivery
        handing_over, recorded = delivery_hand_over(delivery, accepted)
        self.withdrawn = self.accepted = None
        if accepted is not None and not recorded:
            logger.warning("round-up delivery %s: accepted after its lease was lost", accepted.pk)
        if not handing_over:
            raise LeaseLost(f"delivery {delivery.pk} was taken over by another worker")

    def _skip(self, delivery: Delivery, reason: str) -> None:
        delivery_release(delivery, Delivery.State.SKIPPED, reason)
        self.report.skipped += 1

    def _deliver(self, delivery: Delivery) -> None:
        subscriber = delivery.subscriber
        if not subscriber.is_mailable:
            self._skip(delivery, f"reader is {subscriber.status}")
            return
        message = self.messages.for_reader(subscriber, _section_choice(subscriber))
        if message is None:
            self._skip(delivery, "nothing from the reader's sections")
            return
        handed_over = False

        def hand_over() -> None:
            nonlocal handed_over
            self._hand_over(delivery)
            handed_over = True

        try:
            if isinstance(message, bytes):
                # Bytes are only built for a backend that `supports_prebuilt`.
                cast(RoundupSMTPBackend, self.connection).send_prebuilt(
                    settings.DEFAULT_FROM_EMAIL, subscriber.email, message, before_commit=hand_over
                )
            else:
                # Any other backend (a provider through anymail): sent, then recorded.
                message.connection = self.connection
                message.send()
                self.accepted = delivery
                self._record_accepted()
                self.report.sent += 1
                return
        except DeliveryAborted as error:
            if isinstance(error.__cause__, DATABASE_ERRORS):
                raise error.__cause__ from None  # the send loop reconnects
            logger.warning("round-up delivery %s abandoned: %s", delivery.pk, error)
            self.lease_lost = isinstance(error.__cause__, LeaseLost)
            return
        except DATABASE_ERRORS:
            raise
        except Exception as error:
            self._failed(delivery, error, handed_over=handed_over)
            return
        self.accepted = delivery  # recorded as sent with the next statement
        self.report.sent += 1

    def _failed(self, delivery: Delivery, error: Exception, *, handed_over: bool) -> None:
        transient = _is_transient(error)
        if isinstance(error, smtplib.SMTPServerDisconnected | socket.timeout | ConnectionError):
            _close_quietly(self.connection)
        text = f"{type(error).__name__}: {error}"[:1000]
        self.report.errors.append(text)
        if handed_over and not isinstance(error, smtplib.SMTPResponseException):
            # The "." was written and no answer came back: the server may or
            # may not have the message. Never sent again without an editor.
            delivery_mark_uncertain(delivery, text)
            self.report.uncertain += 1
            return
        if handed_over:  # the server answered the "." with a refusal
            state = delivery_refused(delivery, text, retry=transient)
        elif transient:
            state = delivery_release(delivery, Delivery.State.QUEUED, text, retry=True)
        else:
            state = delivery_release(delivery, Delivery.State.FAILED, text)
        if state == Delivery.State.FAILED:
            self.report.failed += 1
        else:
            self.report.retried += 1


def roundup_deliver_pending(
    issue: RoundupIssue,
    *,
    batch_size: int | None = None,
    lease_seconds: float | None = None,
    progress: Callable[[SendReport], None] | None = None,
    connection: BaseEmailBackend | None = None,
) -> SendReport:
    """Send every delivery this worker can claim, batch by batch, until none is left.

    `connection` is a Django email backend instance; by default the configured
    one. Raises DatabaseUnavailable if the database stays away for longer than
    MASTHEAD_NEWSLETTER_DATABASE_RETRY_SECONDS (outage.py).
    """
    batch_size = batch_size or settings.MASTHEAD_NEWSLETTER_BATCH_SIZE
    lease_seconds = lease_seconds or settings.MASTHEAD_NEWSLETTER_LEASE_SECONDS
    report = SendReport()
    connection = connection or get_connection()
    sender = _Sender(issue, connection, report, lease_seconds)
    outage = DatabaseOutage()
    try:
        while True:
            try:
                sender.recover()
                batch = deliveries_claim(issue.pk, batch_size, lease_seconds)
                if not batch:
                    break
                sender.send_batch(batch)
                outage.over()
                if progress:
                    progress(report)
            except DATABASE_ERRORS as error:
                # No SMTP transaction that cannot be recorded: none until it is back.
                _close_quietly(connection)
                logger.warning("round-up send lost the database (%s); reconnecting", error)
                outage.reconnect(error)
    finally:
        connection.close()
    roundup_finish_if_done(issue)
    return report
