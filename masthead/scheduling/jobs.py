"""The periodic jobs, declared here; how often each runs is a setting.

Publishing, the round-up's chores and the most-read lists run in the
scheduler itself: they touch only the database (and purge the page cache),
finish in seconds and should happen on time. Partner feed polling talks to
other sites and can take minutes, so the scheduler only queues it for the
task worker (which limits each feed's time itself), and never queues a
second poll while one is still waiting for a worker.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass
from io import StringIO

from django.conf import settings
from django.core.management import call_command
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from masthead.articles.most_read_lists import most_read_refresh
from masthead.newsletter.services.editing import roundups_tick
from masthead.readership.services import reads_prune
from masthead.syndication.tasks import poll_partner_feeds

# A job's lease outlasts its time limit by this much, so that a job still
# running is never taken over; past it, the scheduler running it is presumed dead.
LEASE_MARGIN_SECONDS = 60


@dataclass(frozen=True)
class Job:
    name: str
    title: str
    run: Callable[[], str]  # returns a line saying what it did ("" for nothing)
    interval_setting: str
    time_limit: float  # seconds, in the scheduler's main thread (core/time_limit.py)

    @property
    def interval(self) -> datetime.timedelta:
        return datetime.timedelta(seconds=getattr(settings, self.interval_setting))

    @property
    def every(self) -> str:
        """The interval in words: "minute", "15 minutes", "90 seconds"."""
        seconds = int(self.interval.total_seconds())
        if seconds == 60:
            return "minute"
        if seconds % 60:
            return f"{seconds} seconds"
        return f"{seconds // 60} minutes"

    @property
    def lease(self) -> datetime.timedelta:
        return datetime.timedelta(seconds=self.time_limit + LEASE_MARGIN_SECONDS)


def scheduled_pages_publish() -> str:
    """Wagtail's go-live and expiry dates (pages, and snippets with a draft state)."""
    output = StringIO()
    call_command("publish_scheduled", stdout=output)
    return output.getvalue().strip()


def roundup_chores_run() -> str:
    """Draft the week's round-up, start scheduled issues, resume interrupted sends."""
    return "; ".join(roundups_tick())


def partner_feeds_poll_queue() -> str:
    waiting = DBTaskResult.objects.filter(
        task_path=poll_partner_feeds.module_path, status=TaskResultStatus.READY
    )
    if waiting.exists():
        return "The last poll is still waiting for a task worker; none queued."
    poll_partner_feeds.enqueue()
    return "Queued a poll of the partner feeds."


def most_read_lists_refresh() -> str:
    """Rank the most-read lists again (purging the pages of those that
    changed), and delete read counts older than MASTHEAD_READS_KEEP_DAYS."""
    changed = most_read_refresh()
    pruned = reads_prune(settings.MASTHEAD_READS_KEEP_DAYS)
    said = []
    if changed:
        said.append(f"Most-read lists changed: {', '.join(changed)}.")
    if pruned:
        said.append(f"Deleted {pruned} old daily read counts.")
    return " ".join(said)


JOBS: tuple[Job, ...] = (
    Job(
        name="publishing",
        title="Scheduled publishing and expiry",
        run=scheduled_pages_publish,
        interval_setting="MASTHEAD_SCHEDULE_PUBLISHING_SECONDS",
        time_limit=120,
    ),
    Job(
        name="newsletter",
        title="Round-up: weekly draft, scheduled sends, resumed sends",
        run=roundup_chores_run,
        interval_setting="MASTHEAD_SCHEDULE_NEWSLETTER_SECONDS",
        time_limit=300,
    ),
    Job(
        name="partner_feeds",
        title="Partner feed polling (queued for the task worker)",
        run=partner_feeds_poll_queue,
        interval_setting="MASTHEAD_SCHEDULE_PARTNER_FEEDS_SECONDS",
        time_limit=60,
    ),
    Job(
        name="most_read",
        title="Most-read lists, and old read counts deleted",
        run=most_read_lists_refresh,
        interval_setting="MASTHEAD_SCHEDULE_MOST_READ_SECONDS",
        time_limit=120,
    ),
)


def job_named(name: str, jobs: tuple[Job, ...] = JOBS) -> Job | None:
    return next((job for job in jobs if job.name == name), None)
