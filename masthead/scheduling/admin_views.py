"""Admin (Reports → Scheduled jobs): each periodic job's last and next run,
and the schedulers running them.

Seeing the page needs "view" on scheduled jobs, bringing a job forward "run"
(a permission of its own); superusers have both. Refusals answer as Wagtail's
own views do.
"""

import datetime
from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin.auth import PermissionPolicyChecker, require_admin_access
from wagtail.permission_policies import ModelPermissionPolicy

from .jobs import JOBS, Job, job_named
from .models import ScheduledJob, SchedulerHeartbeat
from .services import job_bring_forward

job_permission_policy = ModelPermissionPolicy(ScheduledJob)
require_permission = PermissionPolicyChecker(job_permission_policy).require
# A scheduler not heard from for this long is no longer listed as running.
SCHEDULER_SILENCE = datetime.timedelta(minutes=2)


@dataclass(frozen=True)
class JobStatus:
    job: Job
    row: ScheduledJob | None  # None until a scheduler first sees the job


def may_see_jobs(user) -> bool:
    return job_permission_policy.user_has_permission(user, "view")


@require_admin_access
@require_permission("view")
@require_GET
def scheduled_jobs(request):
    rows = {row.name: row for row in ScheduledJob.objects.all()}
    since = timezone.now() - SCHEDULER_SILENCE
    return render(
        request,
        "scheduling/admin/jobs.html",
        {
            "jobs": [JobStatus(job, rows.get(job.name)) for job in JOBS],
            "schedulers": list(SchedulerHeartbeat.objects.filter(seen_at__gte=since)),
            "may_run": job_permission_policy.user_has_permission(request.user, "run"),
        },
    )


@require_admin_access
@require_permission("run")
@require_POST
def scheduled_job_run_now(request, name: str):
    job = job_named(name)
    if job is None:
        raise Http404("No such job.")
    job_bring_forward(job)
    messages.success(
        request, f"\u201c{job.title}\u201d runs at the scheduler's next pass, within seconds."
    )
    return redirect("scheduling_jobs")
