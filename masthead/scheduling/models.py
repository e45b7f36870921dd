"""What the scheduler remembers: one row per periodic job, one per scheduler process.

A job's row is also its lock: a scheduler runs a job only after an UPDATE
that moves the job's next run on and takes its lease has changed the row
(services.job_claim), so two schedulers never run one occurrence twice.
"""

from django.db import models
from django.utils import timezone


class ScheduledJob(models.Model):
    name = models.CharField(max_length=100, unique=True)
    next_run_at = models.DateTimeField(default=timezone.now)
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    # The message only; the traceback goes to the scheduler's log.
    last_error = models.TextField(blank=True)
    last_error_at = models.DateTimeField(null=True, blank=True)
    # The scheduler running the job now, and until when its claim holds: a
    # scheduler killed mid-job lets go of the job when the lease runs out.
    running_by = models.CharField(max_length=200, blank=True)
    lease_token = models.UUIDField(null=True, blank=True)
    lease_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]
        default_permissions = ["view"]
        permissions = [("run_scheduledjob", "Can run a scheduled job now")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_running(self) -> bool:
        return self.lease_until is not None and self.lease_until > timezone.now()

    @property
    def is_failing(self) -> bool:
        """The last run that finished failed."""
        if self.last_error_at is None:
            return False
        return self.last_success_at is None or self.last_error_at > self.last_success_at


class SchedulerHeartbeat(models.Model):
    """A running scheduler process ("host:pid"), as last seen."""

    name = models.CharField(max_length=200, unique=True)
    started_at = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-seen_at"]
        default_permissions = []

    def __str__(self) -> str:
        return self.name
