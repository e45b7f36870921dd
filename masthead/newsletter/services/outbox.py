"""The outbox's rows under leases: claiming them, renewing the lease, and the
fenced records of each message's hand-over to the mail server.

Every record a worker makes checks its lease token (a fencing check): a worker
whose lease was taken over changes nothing. The order of operations and what
each state means are in docs/newsletter-sending.md.
"""

import datetime
import functools
import uuid
from collections.abc import Sequence
from typing import Any

from django.conf import settings
from django.db import connection as database
from django.db import transaction
from django.db.models import Case, F, Field, PositiveSmallIntegerField, Q, When
from django.utils import timezone

from ..models import Delivery, Subscriber

EXPIRED_HANDOVER = (
    "The worker stopped (killed, or lost the database) while handing this message to the "
    "mail server: the server may or may not have accepted it. Not sent again automatically."
)


class LeaseLost(Exception):
    """Another worker took this delivery over after our lease expired."""


# -- claiming -----------------------------------------------------------------


def _claimable(now: datetime.datetime) -> Q:
    return Q(state=Delivery.State.QUEUED, next_attempt_at__lte=now) | Q(
        state=Delivery.State.SENDING, lease_expires_at__lt=now
    )


def deliveries_settle(issue_id: int, now: datetime.datetime | None = None) -> int:
    """Rows left *handing over* by a worker whose lease expired become uncertain.

    The lease token is kept: if that worker is alive after all (stalled, not
    dead) and got the server's 250, its record of "sent" still applies.
    """
    return Delivery.objects.filter(
        issue_id=issue_id,
        state=Delivery.State.HANDING_OVER,
        lease_expires_at__lt=now or timezone.now(),
    ).update(state=Delivery.State.UNCERTAIN, last_error=EXPIRED_HANDOVER)


def deliveries_claim(issue_id: int, size: int, lease_seconds: float) -> list[Delivery]:
    """Lease up to `size` deliveries to this worker; never the same row to two."""
    now = timezone.now()
    token = uuid.uuid4()
    with transaction.atomic():
        deliveries_settle(issue_id, now)
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
        Delivery.objects.filter(pk__in=candidates, lease_token=token, state=Delivery.State.SENDING)
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


def leases_renew(batch: Sequence[Delivery], lease_seconds: float) -> int:
    """Push back the expiry of the batch's rows this worker still holds."""
    if not batch:
        return 0
    return Delivery.objects.filter(
        pk__in=[delivery.pk for delivery in batch],
        lease_token=batch[0].lease_token,
        state__in=Delivery.LEASED,
    ).update(lease_expires_at=timezone.now() + datetime.timedelta(seconds=lease_seconds))


def deliveries_release(batch: Sequence[Delivery]) -> int:
    """Give back the rows of the batch not handed over yet, for any worker to claim now."""
    if not batch:
        return 0
    return Delivery.objects.filter(
        pk__in=[delivery.pk for delivery in batch],
        lease_token=batch[0].lease_token,
        state=Delivery.State.SENDING,
    ).update(state=Delivery.State.QUEUED, lease_token=None, lease_expires_at=None)


# -- the record of one message --------------------------------------------------


def _column(name: str) -> str:
    """The database column of one of Delivery's own fields."""
    field = Delivery._meta.get_field(name)
    if not isinstance(field, Field) or field.column is None:
        raise TypeError(f"Delivery.{name} is not a field with a column.")
    return field.column


def _literal(state: Delivery.State) -> str:
    """One of our own state names as an SQL literal (they are plain words)."""
    if not state.value.replace("_", "").isalpha():
        raise ValueError(f"unexpected state name {state.value!r}")
    return f"'{state.value}'"


@functools.cache
def _handover_sql(vendor: str, *, confirm: bool) -> str:
    """The fenced UPDATE before a message's final ".", written out because it runs
    once per message and the ORM's query building cost more than the UPDATE.

    With `confirm`, the same statement records the previous message (whose 250
    the worker holds) as sent: one round trip per message, not two. The WHERE
    clause admits the message being handed over only while it is *sending*,
    and the previous one only while *handing over* (or *uncertain*, if a claim
    settled it meanwhile), so the old state tells the two rows apart.
    """
    meta, quote, State = Delivery._meta, database.ops.quote_name, Delivery.State
    table, pk = quote(meta.db_table), quote(meta.pk.column)
    state, attempts, sent_at, token = (
        quote(_column(name)) for name in ("state", "attempts", "sent_at", "lease_token")
    )
    sending, handing_over = _literal(State.SENDING), _literal(State.HANDING_OVER)
    sent, uncertain = _literal(State.SENT), _literal(State.UNCERTAIN)
    # Only quoted names and our own state names go into the text; values are parameters.
    if not confirm:
        return (
            f"UPDATE {table} SET {state} = {handing_over}, "  # noqa: S608
            f"{attempts} = {attempts} + 1 "
            f"WHERE {pk} = %s AND {token} = %s AND {state} = {sending}"
        )
    return (
        f"UPDATE {table} SET "  # noqa: S608
        f"{state} = CASE WHEN {state} = {sending} THEN {handing_over} ELSE {sent} END, "
        f"{attempts} = CASE WHEN {state} = {sending} THEN {attempts} + 1 ELSE {attempts} END, "
        f"{sent_at} = CASE WHEN {state} = {sending} THEN {sent_at} ELSE %s END "
        # The IN finds both rows by primary key at once; without it SQLite
        # looked each side of the OR up on its own, at twice the cost.
        f"WHERE {pk} IN (%s, %s) AND {token} = %s AND (({pk} = %s AND {state} = {sending}) "
        f"OR ({pk} = %s AND {state} IN ({handing_over}, {uncertain})))"
    )


_TOKEN_FIELD = Delivery._meta.get_field("lease_token")
_SENT_AT_FIELD = Delivery._meta.get_field("sent_at")


def delivery_hand_over(delivery: Delivery, accepted: Delivery | None = None) -> tuple[bool, bool]:
    """Mark `delivery` as being handed over (its "." comes next), and `accepted`
    (the batch's previous message, which the server accepted) as sent.

    Returns (whether `delivery` is still ours and now handing over, whether
    `accepted` was recorded as sent). Either is False when another worker took
    the row over after this worker's lease expired.
    """
    token = _TOKEN_FIELD.get_db_prep_value(delivery.lease_token, database)
    with database.cursor() as cursor:
        if accepted is None:
            cursor.execute(_handover_sql(database.vendor, confirm=False), [delivery.pk, token])
            return cursor.rowcount == 1, False
        now = _SENT_AT_FIELD.get_db_prep_value(timezone.now(), database)
        pks = [delivery.pk, accepted.pk]
        cursor.execute(_handover_sql(database.vendor, confirm=True), [now, *pks, token, *pks])
        updated = cursor.rowcount
    if updated != 1:
        return updated == 2, updated == 2
    # One of the two was no longer ours (rare): which one?
    ours = Delivery.objects.filter(pk=delivery.pk, lease_token=delivery.lease_token)
    handing_over = ours.filter(state=Delivery.State.HANDING_OVER).exists()
    return handing_over, not handing_over


def deliveries_record_sent(deliveries: Sequence[Delivery]) -> int:
    """Record messages the server (or provider) accepted as sent, if still ours.

    A row still *being sent* is a message sent through a provider, recorded
    after the provider accepted it: that counts its attempt here.
    """
    State = Delivery.State
    recorded = 0
    for token in {delivery.lease_token for delivery in deliveries}:
        recorded += Delivery.objects.filter(
            pk__in=[d.pk for d in deliveries if d.lease_token == token],
            lease_token=token,
            state__in=(State.SENDING, State.HANDING_OVER, State.UNCERTAIN),
        ).update(
            state=State.SENT,
            sent_at=timezone.now(),
            attempts=Case(
                When(state=State.SENDING, then=F("attempts") + 1),
                default=F("attempts"),
                output_field=PositiveSmallIntegerField(),
            ),
        )
    return recorded


def delivery_withdraw(delivery: Delivery) -> int:
    """A row marked handing over whose "." was never written: back to being sent
    (the attempt did not happen), to be released with its batch."""
    return Delivery.objects.filter(
        pk=delivery.pk, lease_token=delivery.lease_token, state=Delivery.State.HANDING_OVER
    ).update(state=Delivery.State.SENDING, attempts=F("attempts") - 1)


def delivery_mark_uncertain(delivery: Delivery, error: str) -> int:
    """The "." was written but no reply came: nobody knows if the server has it."""
    return Delivery.objects.filter(
        pk=delivery.pk, lease_token=delivery.lease_token, state=Delivery.State.HANDING_OVER
    ).update(state=Delivery.State.UNCERTAIN, last_error=error)


def delivery_release(
    delivery: Delivery, state: str, error: str = "", *, retry: bool = False
) -> str:
    """Give a row not yet handed over back (to retry later) or close it; returns its new state."""
    fields: dict[str, Any] = {"lease_token": None, "lease_expires_at": None, "last_error": error}
    if retry:
        state = _retry(delivery.attempts, fields)
        fields["attempts"] = F("attempts") + 1
    Delivery.objects.filter(
        pk=delivery.pk, lease_token=delivery.lease_token, state=Delivery.State.SENDING
    ).update(state=state, **fields)
    return state


def delivery_refused(delivery: Delivery, error: str, *, retry: bool) -> str:
    """The server refused the message after its "." (a 4xx or 5xx reply).

    The hand-over already counted the attempt. Returns the row's new state.
    """
    fields: dict[str, Any] = {"lease_token": None, "lease_expires_at": None, "last_error": error}
    state: str = Delivery.State.FAILED
    if retry:
        state = _retry(delivery.attempts, fields)
    Delivery.objects.filter(
        pk=delivery.pk,
        lease_token=delivery.lease_token,
        state__in=(Delivery.State.HANDING_OVER, Delivery.State.UNCERTAIN),
    ).update(state=state, **fields)
    return state


def _retry(previous_attempts: int, fields: dict[str, Any]) -> str:
    """Queued again after the delay for this attempt (set in `fields`), or
    failed after the last; returns the state."""
    delays = settings.MASTHEAD_NEWSLETTER_RETRY_DELAYS
    if previous_attempts >= len(delays):
        return Delivery.State.FAILED
    delay = datetime.timedelta(seconds=delays[previous_attempts])
    fields["next_attempt_at"] = timezone.now() + delay
    return Delivery.State.QUEUED
