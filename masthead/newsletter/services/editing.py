"""What editors do with an issue: test it, schedule it, send it."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..mail.message import ReaderLinks, RoundupMessages, build_email
from ..mail.rendering import roundup_render
from ..models import Delivery, RoundupIssue
from ..tasks import send_roundup
from .drafting import DEFAULT_PERIOD, roundup_draft
from .sending import roundup_send_start


class IssueNotEditable(Exception):
    pass


def roundup_send_test(issue: RoundupIssue, to: str) -> None:
    """Send the issue to one editor; its links lead to the archive, not to a reader."""
    messages = RoundupMessages(issue)
    archive = messages.root + "/newsletter/archive/"
    email = build_email(
        issue,
        roundup_render(issue),
        to=to,
        links=ReaderLinks(unsubscribe=archive, preferences=archive, mailto=f"mailto:{to}"),
        message_id=f"roundup-{issue.pk}-test-{timezone.now():%Y%m%d%H%M%S}@masthead",
    )
    email.subject = f"[Test] {email.subject}"
    email.send()


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


def roundup_send_now(issue: RoundupIssue) -> int:
    """Queue the issue for every confirmed reader and start the sending workers."""
    if issue.status == RoundupIssue.Status.SENT:
        raise IssueNotEditable("This issue has already been sent.")
    count = roundup_send_start(issue)
    for _ in range(settings.MASTHEAD_NEWSLETTER_WORKERS):
        send_roundup.enqueue(issue.pk)
    return count


def roundups_tick(now: datetime.datetime | None = None) -> list[str]:
    """The periodic chores (cron or a systemd timer runs `manage.py newsletter_tick`):
    draft the week's issue when a week has passed, start scheduled issues that
    are due, and resume issues whose workers died."""
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
        roundup_send_now(issue)
        done.append(f"started {issue}")
    for issue in RoundupIssue.objects.filter(status=RoundupIssue.Status.SENDING):
        stale = issue.deliveries.filter(
            state=Delivery.State.SENDING, lease_expires_at__lt=now
        ).exists()
        if stale:
            send_roundup.enqueue(issue.pk)
            done.append(f"resumed {issue}")
    return done
