"""Background work of the newsletter, run by `manage.py db_worker --queue-name newsletter`."""

from django.utils import timezone
from django_tasks import task

from .models import RoundupIssue
from .services.confirmation import confirmation_email_send
from .services.progress import roundup_next_retry_at
from .services.sending import roundup_deliver_pending
from .services.welcome import welcome_email_send


@task(backend="db", queue_name="newsletter")
def send_confirmation_email(subscriber_id: int) -> None:
    confirmation_email_send(subscriber_id)


@task(backend="db", queue_name="newsletter")
def send_welcome_email(subscriber_id: int) -> None:
    welcome_email_send(subscriber_id)


@task(backend="db", queue_name="newsletter")
def send_roundup(issue_id: int) -> dict[str, int | str]:
    """Send what is left of an issue (also messages an editor chose to send
    again after the issue was sent). Several may run at once; each one claims
    its own deliveries. Enqueues itself again for deliveries waiting to retry
    or held by another worker, in case that worker dies."""
    issue = RoundupIssue.objects.get(pk=issue_id)
    if issue.status not in (RoundupIssue.Status.SENDING, RoundupIssue.Status.SENT):
        return {"skipped": f"issue is {issue.status}"}
    report = roundup_deliver_pending(issue)
    retry_at = roundup_next_retry_at(issue)
    if retry_at is not None:
        send_roundup.using(run_after=max(retry_at, timezone.now())).enqueue(issue_id)
    return {
        "sent": report.sent,
        "failed": report.failed,
        "retried": report.retried,
        "uncertain": report.uncertain,
    }
