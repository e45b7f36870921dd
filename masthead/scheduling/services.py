"""Running the periodic jobs: claim a due job, run it, record how it went.

Claiming is one conditional UPDATE on the job's row: it moves the next run on
and takes a lease, and only if the job is due and nobody holds a lease on it.
The database applies one such UPDATE at a time to a row (PostgreSQL re-reads
the row after waiting for the other's lock, SQLite writes one at a time), so
of two schedulers asking at once, one changes the row and runs the job and the
other changes nothing and goes on. A scheduler killed mid-job leaves its
lease, which runs out (the job's time limit and a margin) and frees the job.
"""

import datetime
import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Max, Q
from django.utils import timezone

from masthead.core.time_limit import time_limit

from .jobs import JOBS, Job
from .models import ScheduledJob, SchedulerHeartbeat

logger = logging.getLogger(__name__)
MAX_ERROR_LENGTH = 2000


@dataclass(frozen=True)
class JobOutcome:
    job: str
    succeeded: bool
    summary: str  # what the job said it did, or its error message


def scheduler_name(once: bool = False) -> str:
    """How a scheduler appears in the admin: host and process id. `--once` runs
    share one name per host, so that running it from cron every minute keeps
    one heartbeat row, not one per process."""
    return f"{socket.gethostname()}:{'once' if once else os.getpid()}"


def jobs_ensure(jobs: tuple[Job, ...] = JOBS) -> None:
    """Give every declared job its row (a new job is due at once), and bring
    forward a next run set under a longer interval than the job has now."""
    ScheduledJob.objects.bulk_create(
        [ScheduledJob(name=job.name) for job in jobs], ignore_conflicts=True
    )
    now = timezone.now()
    for job in jobs:
        soonest = now + job.interval
        ScheduledJob.objects.filter(name=job.name, next_run_at__gt=soonest).update(
            next_run_at=soonest
        )


def job_claim(job: Job, scheduler: str) -> uuid.UUID | None:
    """Take the job if it is due and free; the lease token, or None if not taken."""
    now = timezone.now()
    token = uuid.uuid4()
    free = Q(lease_until__isnull=True) | Q(lease_until__lte=now)
    taken = ScheduledJob.objects.filter(free, name=job.name, next_run_at__lte=now).update(
        next_run_at=now + job.interval,
        last_started_at=now,
        running_by=scheduler,
        lease_token=token,
        lease_until=now + job.lease,
    )
    return token if taken else None


def job_finish(job: Job, token: uuid.UUID, error: str = "") -> bool:
    """Record the run's end and let go of the job; False if the lease was lost."""
    now = timezone.now()
    changes: dict[str, object] = {
        "last_finished_at": now,
        "running_by": "",
        "lease_token": None,
        "lease_until": None,
    }
    if error:
        changes.update(last_error=error, last_error_at=now)
    else:
        changes["last_success_at"] = now
    held = ScheduledJob.objects.filter(name=job.name, lease_token=token).update(**changes)
    if not held:
        logger.warning(
            "Scheduled job %s finished after its lease ran out; its outcome is not recorded "
            "(another scheduler may have taken it).",
            job.name,
        )
    return bool(held)


def job_run(job: Job, scheduler: str) -> JobOutcome | None:
    """Run the job if this scheduler can claim it; None if it was not due or taken.

    A failure is recorded on the job (its message; the traceback goes to the log)
    and does not propagate, so the scheduler goes on with the other jobs.
    """
    token = job_claim(job, scheduler)
    if token is None:
        return None
    try:
        with time_limit(job.time_limit, job.title):
            summary = job.run()
    except Exception as error:
        logger.exception("Scheduled job %s failed", job.name)
        message = f"{type(error).__name__}: {error}"[:MAX_ERROR_LENGTH]
        job_finish(job, token, error=message)
        return JobOutcome(job.name, False, message)
    job_finish(job, token)
    return JobOutcome(job.name, True, summary)


def _is_due(row: ScheduledJob) -> bool:
    now = timezone.now()
    return row.next_run_at <= now and (row.lease_until is None or row.lease_until <= now)


def due_jobs_run(
    scheduler: str,
    jobs: tuple[Job, ...] = JOBS,
    stopping: Callable[[], bool] = lambda: False,
) -> list[JobOutcome]:
    """Run, one after another, the jobs that are due and free (claiming each
    first); stop between jobs once `stopping()` says so."""
    rows = {row.name: row for row in ScheduledJob.objects.filter(name__in=[j.name for j in jobs])}
    if len(rows) < len(jobs):
        jobs_ensure(jobs)
    outcomes = []
    for job in jobs:
        if stopping():
            break
        row = rows.get(job.name)
        if row is not None and not _is_due(row):
            continue
        outcome = job_run(job, scheduler)
        if outcome is not None:
            outcomes.append(outcome)
    return outcomes


def job_bring_forward(job: Job) -> None:
    """Make the job due now (the admin's "Run now"); a scheduler takes it on its next pass."""
    ScheduledJob.objects.update_or_create(name=job.name, defaults={"next_run_at": timezone.now()})


# -- the schedulers themselves -------------------------------------------------------


def scheduler_heartbeat(scheduler: str) -> None:
    """Record that this scheduler is alive (for the admin and /healthz/)."""
    now = timezone.now()
    if not SchedulerHeartbeat.objects.filter(name=scheduler).update(seen_at=now):
        SchedulerHeartbeat.objects.get_or_create(
            name=scheduler, defaults={"started_at": now, "seen_at": now}
        )


def scheduler_stopped(scheduler: str) -> None:
    SchedulerHeartbeat.objects.filter(name=scheduler).delete()


def schedulers_prune(older_than_seconds: float = 24 * 3600) -> None:
    """Forget schedulers not seen for a day (killed ones never say goodbye)."""
    cutoff = timezone.now() - datetime.timedelta(seconds=older_than_seconds)
    SchedulerHeartbeat.objects.filter(seen_at__lt=cutoff).delete()


def scheduler_last_seen() -> datetime.datetime | None:
    return SchedulerHeartbeat.objects.aggregate(last=Max("seen_at"))["last"]
