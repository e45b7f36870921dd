"""`manage.py scheduler`: `--once` runs what is due (a scheduled article goes
live); two schedulers started by mistake publish it once; SIGTERM stops the
scheduler cleanly."""

import datetime
import os
import signal
import subprocess
import sys
import time
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import ArticlePage
from masthead.scheduling.jobs import JOBS
from masthead.scheduling.models import ScheduledJob, SchedulerHeartbeat

from .conftest import database_url

ROOT = Path(__file__).resolve().parents[2]


def scheduled_article(go_live_at: datetime.datetime) -> ArticlePage:
    page = ArticlePageFactory(live=False)
    page.go_live_at = go_live_at
    page.save_revision().publish()  # approved, waiting for its time
    assert not ArticlePage.objects.get(pk=page.pk).live
    return page


def is_live(page) -> bool:
    return ArticlePage.objects.get(pk=page.pk).live


@pytest.mark.django_db
def test_once_runs_the_due_jobs_and_a_scheduled_article_goes_live(magazine, monkeypatch):
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    page = scheduled_article(tomorrow)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow + datetime.timedelta(minutes=1))
    output = StringIO()
    call_command("scheduler", "--once", "-v", "2", stdout=output)
    assert is_live(page)
    rows = {row.name: row for row in ScheduledJob.objects.all()}
    assert set(rows) == {job.name for job in JOBS}
    for row in rows.values():
        assert row.last_success_at == timezone.now(), row.last_error
        assert row.next_run_at > timezone.now()
    assert "publishing: done" in output.getvalue()


@pytest.mark.django_db
def test_once_again_straight_after_runs_nothing(magazine):
    call_command("scheduler", "--once", stdout=StringIO())
    started = dict(ScheduledJob.objects.values_list("name", "last_started_at"))
    output = StringIO()
    call_command("scheduler", "--once", "-v", "2", stdout=output)
    assert output.getvalue() == ""
    assert dict(ScheduledJob.objects.values_list("name", "last_started_at")) == started


# -- real processes -------------------------------------------------------------------


def start_scheduler(*options: str) -> subprocess.Popen:
    environment = {**os.environ, "DATABASE_URL": database_url(), "DATABASE_CONN_MAX_AGE": "0"}
    return subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, "manage.py", "scheduler", "-v", "2", *options],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_started_by_mistake_publish_a_scheduled_article_once(magazine):
    page = scheduled_article(timezone.now() + datetime.timedelta(days=1))
    # Its time has come (no clock to move in another process).
    revision = page.get_latest_revision()
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])

    schedulers = [start_scheduler("--once"), start_scheduler("--once")]
    outputs = [scheduler.communicate(timeout=120) for scheduler in schedulers]
    assert [scheduler.returncode for scheduler in schedulers] == [0, 0], outputs

    assert is_live(page)
    both = "".join(out for out, _ in outputs)
    for job in JOBS:
        assert both.count(f"{job.name}:") == 1, both
    published = PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled")
    assert published.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_scheduler_runs_until_sigterm_and_then_exits_cleanly():
    scheduler = start_scheduler()
    try:
        deadline = time.monotonic() + 60
        while not ScheduledJob.objects.filter(
            name="publishing", last_success_at__isnull=False
        ).exists():
            assert scheduler.poll() is None, scheduler.communicate()
            assert time.monotonic() < deadline, "the scheduler ran no job in a minute"
            time.sleep(0.2)
        assert SchedulerHeartbeat.objects.filter(name__endswith=f":{scheduler.pid}").exists()
        scheduler.send_signal(signal.SIGTERM)
        out, err = scheduler.communicate(timeout=30)
    finally:
        if scheduler.poll() is None:
            scheduler.kill()
    assert scheduler.returncode == 0, err
    assert "stopped" in out
    assert not SchedulerHeartbeat.objects.exists()  # gone from the admin's list
