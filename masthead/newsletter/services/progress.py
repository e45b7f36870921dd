"""How far the send of an issue has got, as the send page, the task's report
and `roundup_send` show it; and when an issue counts as sent."""

import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from ..models import Delivery, RoundupIssue
from .outbox import deliveries_settle


def _uncertain_q(now: datetime.datetime) -> Q:
    """Uncertain rows, and rows handing over whose worker's lease has expired
    (they become uncertain as soon as a worker or `newsletter_tick` looks)."""
    return Q(state=Delivery.State.UNCERTAIN) | Q(
        state=Delivery.State.HANDING_OVER, lease_expires_at__lt=now
    )


def roundup_progress(issue: RoundupIssue) -> dict[str, int]:
    """Counts of the issue's deliveries: sent, failed, skipped, uncertain (the
    mail server may or may not have the message), done and remaining."""
    State = Delivery.State
    counts = dict(
        issue.deliveries.values_list("state").annotate(n=Count("pk")).values_list("state", "n")
    )
    uncertain = counts.get(State.UNCERTAIN, 0)
    if counts.get(State.HANDING_OVER):
        uncertain += issue.deliveries.filter(
            state=State.HANDING_OVER, lease_expires_at__lt=timezone.now()
        ).count()
    total = sum(counts.values())
    sent, failed, skipped = (counts.get(s, 0) for s in (State.SENT, State.FAILED, State.SKIPPED))
    done = sent + failed + skipped + uncertain
    return {
        "total": total,
        "sent": sent,
        "failed": failed,
        "skipped": skipped,
        "uncertain": uncertain,
        "done": done,
        "remaining": total - done,
    }


def roundup_uncertain(issue: RoundupIssue) -> QuerySet[Delivery]:
    """The deliveries counted as uncertain, with their readers, oldest first."""
    return (
        issue.deliveries.filter(_uncertain_q(timezone.now()))
        .select_related("subscriber")
        .order_by("pk")
    )


def roundup_has_remaining(issue: RoundupIssue) -> bool:
    """Whether deliveries of the issue are still queued or held by a worker
    (rows a dead worker left handing over are settled as uncertain first)."""
    deliveries_settle(issue.pk)
    State = Delivery.State
    return issue.deliveries.filter(state__in=(State.QUEUED, *Delivery.LEASED)).exists()


def roundup_finish_if_done(issue: RoundupIssue) -> bool:
    """Mark the issue sent once no delivery is left to do (uncertain ones wait
    for an editor, and do not hold the issue back)."""
    if roundup_has_remaining(issue):
        return False
    updated = RoundupIssue.objects.filter(pk=issue.pk, status=RoundupIssue.Status.SENDING).update(
        status=RoundupIssue.Status.SENT, sent_at=timezone.now()
    )
    return bool(updated)


def roundup_next_retry_at(issue: RoundupIssue) -> datetime.datetime | None:
    """The next moment something may become claimable: a retry falling due or a
    lease expiring (live workers keep pushing theirs back)."""
    pending = issue.deliveries.filter(state=Delivery.State.QUEUED).order_by("next_attempt_at")
    first = pending.values_list("next_attempt_at", flat=True).first()
    leased = issue.deliveries.filter(state__in=Delivery.LEASED).order_by("lease_expires_at")
    lease = leased.values_list("lease_expires_at", flat=True).first()
    candidates = [moment for moment in (first, lease) if moment]
    return min(candidates) if candidates else None
