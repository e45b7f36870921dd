"""/healthz/, as Varnish and the monitoring see it: 200 while the database
answers, 503 when it does not; the cache, the queue and the scheduler are
reported; never cached, no cookie, a few queries."""

import datetime

import pytest
from django.db import OperationalError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from masthead.scheduling import health
from masthead.scheduling.services import scheduler_heartbeat

pytestmark = pytest.mark.django_db
URL = "/healthz/"


def lines(response) -> list[str]:
    return response.content.decode().splitlines()


@pytest.fixture
def scheduler_running():
    scheduler_heartbeat("worker-1:4242")


def test_a_healthy_site_answers_200_ok_with_each_check(client, scheduler_running):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    verdict, *checks = lines(response)
    assert verdict == "ok"
    assert [line.split(":")[0] for line in checks] == [
        "database",
        "cache",
        "task queue",
        "scheduler",
    ]
    assert all(": ok, " in line for line in checks), checks
    assert "task queue: ok, no task waiting" in checks


def test_it_answers_503_when_the_database_check_fails(client, monkeypatch, scheduler_running):
    def database_down():
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(health, "database_check", database_down)
    response = client.get(URL)
    assert response.status_code == 503
    assert lines(response)[0] == "fail"
    assert "database: FAIL, could not check (OperationalError)" in lines(response)
    assert "could not connect" not in response.content.decode()  # the page is public


def test_redis_out_of_reach_is_reported_but_the_site_stays_in_service(
    client, settings, scheduler_running
):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "masthead.core.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        },
    }
    response = client.get(URL)
    assert response.status_code == 200  # pages render without Redis
    assert lines(response)[0] == "degraded"
    assert "cache: FAIL, a value written could not be read back" in lines(response)


def test_a_task_waiting_too_long_is_reported_but_the_site_stays_in_service(
    client, settings, monkeypatch, scheduler_running
):
    settings.MASTHEAD_HEALTH_QUEUE_MAX_LAG_SECONDS = 300
    now = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: now)
    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="masthead.syndication.tasks.poll_partner_feeds",
        queue_name="syndication",
        backend_name="db",
    )
    ten_minutes_ago = now - datetime.timedelta(minutes=10)
    DBTaskResult.objects.filter(pk=task.pk).update(enqueued_at=ten_minutes_ago)
    response = client.get(URL)
    assert response.status_code == 200
    assert lines(response)[0] == "degraded"
    assert "task queue: FAIL, oldest waiting task 600 s (limit 300 s)" in lines(response)


def test_a_silent_scheduler_is_reported(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert lines(response)[0] == "degraded"
    assert "scheduler: FAIL, never seen" in lines(response)


def test_it_is_never_cached_and_sets_no_cookie(editor_client, scheduler_running):
    response = editor_client.get(URL)  # even for a visitor with a session
    assert response["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers
    assert not response.cookies


def test_it_costs_three_small_queries(client, scheduler_running, django_assert_max_num_queries):
    with django_assert_max_num_queries(3):
        assert client.get(URL).status_code == 200
