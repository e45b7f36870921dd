"""Sending a round-up: the outbox, its leases, and the send loop.

One Delivery row per reader and issue (unique), claimed under a lease by
whichever worker gets it first, and recorded as sent with a fencing check on
the lease before the message is committed at the mail server. Any number of
workers may run the loop at once; a killed worker's leases expire and the rows
are claimed again. See docs/newsletter-sending.md.
"""

import datetime
import logging
import smtplib
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import connection as database
from django.db import transaction
from django.db.models import Count, Exists, F, Field, OuterRef, Q
from django.utils import timezone

from ..mail.message import RoundupMessages
from ..mail.smtp import DeliveryAborted, RoundupSMTPBackend
from ..models import Delivery, RoundupIssue, Subscriber

logger = logging.getLogger(__name__)
CREATE_CHUNK = 2000


class LeaseLost(Exception):
    """Another worker took this delivery over after our lease expired."""


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    retried: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def handled(self) -> int:
        return self.sent + self.failed + self.retried + self.skipped


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


# -- claiming -----------------------------------------------------------------


def _claimable(now: datetime.datetime) -> Q:
    return Q(state=Delivery.State.QUEUED, next_attempt_at__lte=now) | Q(
        state=Delivery.State.SENDING, lease_expires_at__lt=now
    )


def deliveries_claim(issue_id: int, size: int, lease_seconds: int) -> list[Delivery]:
    """Lease up to `size` deliveries to this worker; never the same row to two."""
    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        candidates = list(
            Delivery.objects.filter(_claimable(now), issue_id=issue_id)
            .order_by("pk")
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)[:size]
        )
        if not candidates:
            return []
        # The condition is checked again by the UPDATE itself, so two workers
        # that read the same candidates (SQLite has no row locks) cannot both win.
        Delivery.objects.filter(_claimable(now), pk__in=candidates).update(
            state=Delivery.State.SENDING,
            lease_token=token,
            lease_expires_at=now + datetime.timedelta(seconds=lease_seconds),
        )
    batch = list(
        Delivery.objects.filter(lease_token=token, state=Delivery.State.SENDING)
        .select_related("subscriber")
        .order_by("pk")
    )
    _attach_section_choices(batch)
    return batch


def _attach_section_choices(batch: list[Delivery]) -> None:
    """Read the chosen sections of the batch's readers who chose some, in one
    query (Django's prefetch_related builds a related manager per reader, which
    cost more than the send of most messages, though few readers choose)."""
    choosers = {d.subscriber_id: d.subscriber for d in batch if not d.subscriber.all_sections}
    chosen: dict[int, set[int]] = {pk: set() for pk in choosers}
    if choosers:
        field = Subscriber.sections.field
        reader, section = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        rows = Subscriber.sections.through.objects.filter(**{f"{reader}__in": list(choosers)})
        for reader_id, section_id in rows.values_list(reader, section):
            chosen[reader_id].add(section_id)
    for reader_id, subscriber in choosers.items():
        subscriber.claimed_section_ids = frozenset(chosen[reader_id])


# -- recording ----------------------------------------------------------------


def _mark_sent(delivery: Delivery) -> None:
    """The fenced UPDATE: sent, if our lease still holds the row (autocommit).

    The same statement as `filter(pk=, lease_token=, state=SENDING).update(
    state=SENT, sent_at=now, attempts=F("attempts") + 1)`, written out because
    it runs once per message and the ORM's query building cost more than the
    UPDATE itself.
    """
    meta, quote = Delivery._meta, database.ops.quote_name
    state, sent_at, attempts, token = (
        quote(_column(name)) for name in ("state", "sent_at", "attempts", "lease_token")
    )
    # Only quoted names from the model go into the text; values are parameters.
    sql = (
        f"UPDATE {quote(meta.db_table)} SET {state} = %s, {sent_at} = %s, "  # noqa: S608
        f"{attempts} = {attempts} + 1 "
        f"WHERE {quote(meta.pk.column)} = %s AND {token} = %s AND {state} = %s"
    )
    params = [
        Delivery.State.SENT.value,
        meta.get_field("sent_at").get_db_prep_value(timezone.now(), database),
        delivery.pk,
        meta.get_field("lease_token").get_db_prep_value(delivery.lease_token, database),
        Delivery.State.SENDING.value,
    ]
    with database.cursor() as cursor:
        cursor.execute(sql, params)
        updated = cursor.rowcount
    if updated != 1:
        raise LeaseLost(f"delivery {delivery.pk} was taken over by another worker")


def _column(name: str) -> str:
    """The database column of one of Delivery's own fields."""
    field = Delivery._meta.get_field(name)
    if not isinstance(field, Field) or field.column is None:
        raise TypeError(f"Delivery.{name} is not a field with a column.")
    return field.column


def _release(delivery: Delivery, state: str, error: str = "", *, retry: bool = False) -> str:
    """Give the delivery back (to retry later) or close it; returns its new state."""
    fields: dict[str, Any] = {"lease_token": None, "lease_expires_at": None, "last_error": error}
    if retry:
        delays = settings.MASTHEAD_NEWSLETTER_RETRY_DELAYS
        attempt = delivery.attempts
        if attempt >= len(delays):
            state = Delivery.State.FAILED
        else:
            fields["next_attempt_at"] = timezone.now() + datetime.timedelta(seconds=delays[attempt])
        fields["attempts"] = F("attempts") + 1
    Delivery.objects.filter(pk=delivery.pk, lease_token=delivery.lease_token).update(
        state=state, **fields
    )
    return state


def _unwind_sent(delivery: Delivery, error: str, *, retry: bool) -> str:
    """The server refused a message already recorded as sent: record the truth.

    Returns the delivery's new state, as `_release` does. `_mark_sent` counted
    the attempt; a retry is counted by `_release`, so that count is taken back
    first, and a refused message keeps it.
    """
    Delivery.objects.filter(pk=delivery.pk, lease_token=delivery.lease_token).update(
        state=Delivery.State.SENDING,
        sent_at=None,
        attempts=F("attempts") - 1 if retry else F("attempts"),
    )
    state = Delivery.State.QUEUED if retry else Delivery.State.FAILED
    return _release(delivery, state, error, retry=retry)


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


# -- the loop -----------------------------------------------------------------


def _section_choice(subscriber: Subscriber) -> frozenset[int] | None:
    if subscriber.all_sections:
        return None
    claimed = getattr(subscriber, "claimed_section_ids", None)
    if claimed is not None:
        return claimed
    return frozenset(subscriber.sections.values_list("pk", flat=True))


def _deliver_one(
    delivery: Delivery,
    messages: RoundupMessages,
    connection: BaseEmailBackend,
    report: SendReport,
) -> None:
    subscriber = delivery.subscriber
    if not subscriber.is_mailable:
        _release(delivery, Delivery.State.SKIPPED, f"reader is {subscriber.status}")
        report.skipped += 1
        return
    message = messages.for_reader(subscriber, _section_choice(subscriber))
    if message is None:
        _release(delivery, Delivery.State.SKIPPED, "nothing from the reader's sections")
        report.skipped += 1
        return
    committed = False

    def commit() -> None:
        nonlocal committed
        _mark_sent(delivery)
        committed = True

    try:
        if isinstance(message, bytes):
            # Bytes are only built for a backend that `supports_prebuilt`.
            cast(RoundupSMTPBackend, connection).send_prebuilt(
                settings.DEFAULT_FROM_EMAIL, subscriber.email, message, before_commit=commit
            )
        else:
            # Any other backend (a provider through anymail): sent, then recorded.
            message.connection = connection
            message.send()
            commit()
    except (DeliveryAborted, LeaseLost) as error:
        logger.warning("round-up delivery %s abandoned: %s", delivery.pk, error)
        return
    except Exception as error:
        transient = _is_transient(error)
        if isinstance(error, smtplib.SMTPServerDisconnected | socket.timeout | ConnectionError):
            connection.close()
        text = f"{type(error).__name__}: {error}"[:1000]
        if committed and not isinstance(error, smtplib.SMTPResponseException):
            # The connection broke after ".": the server may well have the
            # message, so it stays recorded as sent (never send twice).
            report.sent += 1
            return
        if committed:
            state = _unwind_sent(delivery, text, retry=transient)
        elif transient:
            state = _release(delivery, Delivery.State.QUEUED, text, retry=True)
        else:
            state = _release(delivery, Delivery.State.FAILED, text)
        if state == Delivery.State.FAILED:
            report.failed += 1
        else:
            report.retried += 1
        report.errors.append(text)
        return
    report.sent += 1


def roundup_deliver_pending(
    issue: RoundupIssue,
    *,
    batch_size: int | None = None,
    lease_seconds: int | None = None,
    progress: Callable[[SendReport], None] | None = None,
    connection: BaseEmailBackend | None = None,
) -> SendReport:
    """Send every delivery this worker can claim, batch by batch, until none is left.

    `connection` is a Django email backend instance; by default the configured one.
    """
    batch_size = batch_size or settings.MASTHEAD_NEWSLETTER_BATCH_SIZE
    lease_seconds = lease_seconds or settings.MASTHEAD_NEWSLETTER_LEASE_SECONDS
    messages = RoundupMessages(issue)
    report = SendReport()
    connection = connection or get_connection()
    messages.prebuilt_allowed = getattr(connection, "supports_prebuilt", False)
    try:
        while batch := deliveries_claim(issue.pk, batch_size, lease_seconds):
            for delivery in batch:
                _deliver_one(delivery, messages, connection, report)
            if progress:
                progress(report)
    finally:
        connection.close()
    roundup_finish_if_done(issue)
    return report


def roundup_progress(issue: RoundupIssue) -> dict[str, int]:
    counts = dict(
        issue.deliveries.values_list("state").annotate(n=Count("pk")).values_list("state", "n")
    )
    total = sum(counts.values())
    done = sum(
        counts.get(s, 0)
        for s in (Delivery.State.SENT, Delivery.State.FAILED, Delivery.State.SKIPPED)
    )
    return {
        "total": total,
        "sent": counts.get(Delivery.State.SENT, 0),
        "failed": counts.get(Delivery.State.FAILED, 0),
        "skipped": counts.get(Delivery.State.SKIPPED, 0),
        "remaining": total - done,
    }


def roundup_finish_if_done(issue: RoundupIssue) -> bool:
    """Mark the issue sent once no delivery is left to do."""
    if roundup_progress(issue)["remaining"]:
        return False
    updated = RoundupIssue.objects.filter(pk=issue.pk, status=RoundupIssue.Status.SENDING).update(
        status=RoundupIssue.Status.SENT, sent_at=timezone.now()
    )
    return bool(updated)


def roundup_next_retry_at(issue: RoundupIssue) -> datetime.datetime | None:
    pending = issue.deliveries.filter(state=Delivery.State.QUEUED).order_by("next_attempt_at")
    first = pending.values_list("next_attempt_at", flat=True).first()
    leased = issue.deliveries.filter(state=Delivery.State.SENDING).order_by("lease_expires_at")
    lease = leased.values_list("lease_expires_at", flat=True).first()
    candidates = [moment for moment in (first, lease) if moment]
    return min(candidates) if candidates else None
