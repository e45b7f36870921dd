"""The scheduled jobs in the admin, under Reports, and their permissions in the group editor."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


class ScheduledJobsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_see_jobs(request.user)


@hooks.register("register_admin_urls")
def register_scheduling_admin_urls():
    return [
        path("scheduled-jobs/", admin_views.scheduled_jobs, name="scheduling_jobs"),
        path(
            "scheduled-jobs/<str:name>/run/",
            admin_views.scheduled_job_run_now,
            name="scheduling_job_run",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_scheduled_jobs_menu_item():
    return ScheduledJobsMenuItem(
        "Scheduled jobs",
        reverse("scheduling_jobs"),
        name="scheduled-jobs",
        icon_name="time",
        order=1300,
    )


@hooks.register("register_permissions")
def register_scheduling_permissions():
    return Permission.objects.filter(content_type__app_label="scheduling")
