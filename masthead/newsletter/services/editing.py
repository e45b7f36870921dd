"""What editors do with an issue: test it, schedule it, unschedule it, send it."""

import datetime
from collections.abc import Collection, Sequence

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..mail.message import ReaderLinks, RoundupMessages, build_email
from ..mail.rendering import roundup_render
from ..models import Delivery, RoundupIssue
from ..tasks import send_roundup
from .drafting import DEFAULT_PERIOD, roundup_draft
from .outbox import deliveries_settle
from .progress import roundup_finish_if_done
from .sending import roundup_send_start

RESENT_NOTE = "Sent again by an editor after an uncertain hand-over."
# Sent issues still checked by `newsletter_tick` for messages sent again.
RESEND_WINDOW = datetime.timedelta(days=30)


class IssueNotEditable(Exception):
    pass


def roundup_send_test(issue: RoundupIssue, addresses: Sequence[str]) -> None:
    """Send the issue to editors, one message each (no one sees the others'
    addresses); its links lead to the archive, not to a reader."""
    messages = RoundupMessages(issue)
    archive = messages.root + "/newsletter/archive/"
    rendered = roundup_render(issue)
    stamp = f"{timezone.now():%Y%m%d%H%M%S}"
    emails = []
    for number, to in enumerate(addresses):
        email = build_email(
            issue,
            rendered,
            to=to,
            links=ReaderLinks(unsubscribe=archive, preferences=archive, mailto=f"mailto:{to}"),
            message_id=f"roundup-{issue.pk}-test-{stamp}-{number}@masthead",
        )
        email.subject = f"[Test] {email.subject}"
        emails.append(email)
    with get_connection() as connection:
        connection.send_messages(emails)


@transaction.atomic
def roundup_schedule(issue: RoundupIssue, when: datetime.datetime) -> None:
    issue = RoundupIssue.objects.select_for_update().get(pk=issue.pk)
    if not issue.is_editable:
        raise IssueNotEditable(f"This issue is already {issue.get_status_display().lower()}.")
    if when <= timezone.now():
        raise ValueError("Choose a time in the future, or send it now.")
    issue.status = RoundupIssue.Status.SCHEDULED
    issue.scheduled_for = when
    issue.save(update_fields=["status", "scheduled_for"])


@transaction.atomic
def roundup_unschedule(issue: RoundupIssue) -> None:
    """Put a scheduled issue back to draft, unless its sending has begun.

    The row lock orders this against `roundups_tick` starting the issue: one
    of the two finds the other's status and does nothing.
    """
    issue = RoundupIssue.objects.select_for_update().get(pk=issue.pk)
    if issue.status != RoundupIssue.Status.SCHEDULED:
        raise IssueNotEditable(
            f"This issue is not scheduled: it is {issue.get_status_display().lower()}."
        )
    issue.status = RoundupIssue.Status.DRAFT
    issue.scheduled_for = None
    issue.save(update_fields=["status", "scheduled_for"])


def _scheduled_issue_start(issue_id: int, now: datetime.datetime) -> bool:
    """Mark a scheduled issue as sending if it is still scheduled and due: one
    conditional UPDATE, so an editor who unscheduled it a moment ago wins."""
    return bool(
        RoundupIssue.objects.filter(
            pk=issue_id, status=RoundupIssue.Status.SCHEDULED, scheduled_for__lte=now
        ).update(status=RoundupIssue.Status.SENDING, sending_started_at=timezone.now())
    )


def roundup_send_now(issue: RoundupIssue) -> int:
    """Queue the issue for every confirmed reader and start the sending workers."""
    if issue.status == RoundupIssue.Status.SENT:
        raise IssueNotEditable("This issue has already been sent.")
    count = roundup_send_start(issue)
    for _ in range(settings.MASTHEAD_NEWSLETTER_WORKERS):
        send_roundup.enqueue(issue.pk)
    return count


def roundup_resend_uncertain(
    issue: RoundupIssue, delivery_ids: Collection[int] | None = None
) -> int:
    """Queue the issue's uncertain messages (or those of `delivery_ids`) to be
    sent again, and start a worker. Returns how many were queued.

    The editor decides: the mail server may already have them. Each keeps its
    Message-ID (one per issue and reader), so a mailbox that has the first copy
    may drop the second. Rows that are no longer uncertain are left alone, so a
    second click sends nothing twice.
    """
    deliveries_settle(issue.pk)
    rows = issue.deliveries.filter(state=Delivery.State.UNCERTAIN)
    if delivery_ids is not None:
        rows = rows.filter(pk__in=list(delivery_ids))
    queued = rows.update(
        state=Delivery.State.QUEUED,
        next_attempt_at=timezone.now(),
        lease_token=None,
        lease_expires_at=None,
        last_error=RESENT_NOTE,
    )
    if queued:
        send_roundup.enqueue(issue.pk)
    return queued


def roundups_tick(now: datetime.datetime | None = None) -> list[str]:
    """The periodic chores (cron or a systemd timer runs `manage.py newsletter_tick`):
    draft the week's issue when a week has passed, start scheduled issues that
    are due, resume issues whose workers died, and finish the issues they left
    with nothing to do."""
    now = now or timezone.now()
    done: list[str] = []
    latest = RoundupIssue.objects.order_by("-period_end").first()
    if latest is None or now - latest.period_end >= DEFAULT_PERIOD:
        drafted = roundup_draft(now)
        if drafted is not None:
            done.append(f"drafted {drafted}")
    for issue in RoundupIssue.objects.filter(
        status=RoundupIssue.Status.SCHEDULED, scheduled_for__lte=now
    ):
        if _scheduled_issue_start(issue.pk, now):
            roundup_send_now(issue)
            done.append(f"started {issue}")
    recent = Q(status=RoundupIssue.Status.SENT, sent_at__gte=now - RESEND_WINDOW)
    for issue in RoundupIssue.objects.filter(Q(status=RoundupIssue.Status.SENDING) | recent):
        if issue.status == RoundupIssue.Status.SENDING and roundup_finish_if_done(issue):
            done.append(f"finished {issue}")
            continue
        leased = issue.deliveries.filter(state__in=Delivery.LEASED)
        stale = leased.filter(lease_expires_at__lt=now).exists()
        due = issue.deliveries.filter(state=Delivery.State.QUEUED, next_attempt_at__lte=now)
        if stale or (due.exists() and not leased.exists()):
            send_roundup.enqueue(issue.pk)
            done.append(f"resumed {issue}")
    return done
