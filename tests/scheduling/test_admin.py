"""Reports → Scheduled jobs: who may see the jobs and bring one forward."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from masthead.scheduling.models import ScheduledJob
from masthead.scheduling.services import scheduler_heartbeat

pytestmark = pytest.mark.django_db

VIEWER = ["scheduling.view_scheduledjob"]
RUNNER = ["scheduling.view_scheduledjob", "scheduling.run_scheduledjob"]
JOBS_PAGE = reverse("scheduling_jobs")


def run_now_url(name: str) -> str:
    return reverse("scheduling_job_run", args=[name])


def is_refused_as_wagtail_refuses(response) -> bool:
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.fixture
def failing_feeds():
    now = timezone.now()
    return ScheduledJob.objects.create(
        name="partner_feeds",
        next_run_at=now + datetime.timedelta(minutes=10),
        last_started_at=now - datetime.timedelta(minutes=5),
        last_finished_at=now - datetime.timedelta(minutes=5),
        last_error="FetchError: the partner's feed answered 500",
        last_error_at=now - datetime.timedelta(minutes=5),
    )


def test_a_superuser_sees_every_job_with_its_last_error(editor_client, failing_feeds):
    html = editor_client.get(JOBS_PAGE).content.decode()
    for title in ("Scheduled publishing", "Round-up", "Partner feed polling"):
        assert title in html
    assert "Failing" in html
    assert "FetchError: the partner&#x27;s feed answered 500" in html
    assert "Run now" in html


def test_the_page_warns_when_no_scheduler_is_running(editor_client):
    assert "No scheduler has been heard from" in editor_client.get(JOBS_PAGE).content.decode()
    scheduler_heartbeat("web-1:123")
    assert "No scheduler has been heard from" not in editor_client.get(JOBS_PAGE).content.decode()


def test_a_user_allowed_to_view_sees_the_jobs_without_the_run_button(
    client, staff_member, failing_feeds
):
    client.force_login(staff_member("operator", VIEWER))
    response = client.get(JOBS_PAGE)
    assert response.status_code == 200
    assert "the partner&#x27;s feed answered 500" in response.content.decode()
    assert "Run now" not in response.content.decode()


def test_an_editor_without_the_permission_is_refused(client, staff_member, failing_feeds):
    client.force_login(staff_member("writer"))
    response = client.get(JOBS_PAGE)
    assert is_refused_as_wagtail_refuses(response)
    assert "answered 500" not in response.content.decode()


def test_the_reports_menu_lists_the_page_only_for_those_who_may_see_it(client, staff_member):
    client.force_login(staff_member("writer"))
    assert JOBS_PAGE not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(staff_member("operator", VIEWER))
    assert JOBS_PAGE in client.get(reverse("wagtailadmin_home")).content.decode()


def test_run_now_makes_the_job_due_for_the_next_pass(client, staff_member, failing_feeds):
    client.force_login(staff_member("operator", RUNNER))
    response = client.post(run_now_url("partner_feeds"))
    assert response.status_code == 302 and response["Location"] == JOBS_PAGE
    failing_feeds.refresh_from_db()
    assert failing_feeds.next_run_at <= timezone.now()


def test_run_now_is_refused_to_a_user_who_may_only_view(client, staff_member, failing_feeds):
    client.force_login(staff_member("operator", VIEWER))
    next_run = failing_feeds.next_run_at
    assert is_refused_as_wagtail_refuses(client.post(run_now_url("partner_feeds")))
    failing_feeds.refresh_from_db()
    assert failing_feeds.next_run_at == next_run


def test_run_now_answers_only_to_post_and_only_for_a_declared_job(editor_client):
    assert editor_client.get(run_now_url("publishing")).status_code == 405
    assert editor_client.post(run_now_url("no_such_job")).status_code == 404
