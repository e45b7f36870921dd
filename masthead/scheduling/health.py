"""The checks behind /healthz/: cheap (one query or cache round trip each).

The database is critical: when it fails, /healthz/ answers 503 and the cache
in front (Varnish) stops sending readers to this server. The cache (Redis),
the task queue's lag and the scheduler's last heartbeat are reported and
flagged, but a web server that can render pages stays in service for them:
pages render without Redis (core/cache.py answers as an empty cache).
Failures print the error's class only: the page is public.
"""

import logging
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.db.models import Min, Q
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult, get_date_max

from .services import scheduler_last_seen

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    critical: bool = False  # failing, the server cannot serve: 503


def _milliseconds(started: float) -> str:
    return f"{(time.perf_counter() - started) * 1000:.1f} ms"


def database_check() -> Check:
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return Check("database", True, _milliseconds(started), critical=True)


def cache_check() -> Check:
    """Write a value to the default cache (Redis when REDIS_URL is set) and read
    it back. One key per process and thread, so concurrent probes never see
    each other's values and keys do not pile up."""
    started = time.perf_counter()
    cache = caches["default"]
    key = f"masthead:healthz:{os.getpid()}:{threading.get_ident()}"
    value = secrets.token_hex(8)
    cache.set(key, value, timeout=60)
    ok = cache.get(key) == value
    detail = _milliseconds(started) if ok else "a value written could not be read back"
    return Check("cache", ok, detail)


def task_queue_check() -> Check:
    """How long the oldest task that could run now has been waiting for a worker."""
    now = timezone.now()
    never = get_date_max()  # the run_after of a task that may run at once
    oldest = DBTaskResult.objects.filter(status=TaskResultStatus.READY).aggregate(
        queued=Min("enqueued_at", filter=Q(run_after=never)),
        deferred=Min("run_after", filter=Q(run_after__lt=never, run_after__lte=now)),
    )
    waiting = [moment for moment in oldest.values() if moment is not None]
    if not waiting:
        return Check("task queue", True, "no task waiting")
    lag = (now - min(waiting)).total_seconds()
    limit = settings.MASTHEAD_HEALTH_QUEUE_MAX_LAG_SECONDS
    return Check("task queue", lag <= limit, f"oldest waiting task {lag:.0f} s (limit {limit} s)")


def scheduler_check() -> Check:
    last_seen = scheduler_last_seen()
    if last_seen is None:
        return Check("scheduler", False, "never seen")
    age = (timezone.now() - last_seen).total_seconds()
    limit = settings.MASTHEAD_HEALTH_SCHEDULER_MAX_AGE_SECONDS
    return Check("scheduler", age <= limit, f"last seen {max(age, 0):.0f} s ago (limit {limit} s)")


def _guarded(name: str, check: Callable[[], Check], critical: bool) -> Check:
    try:
        return check()
    except Exception as error:  # a check that cannot run has failed; the others still run
        logger.warning("Health check %s failed", name, exc_info=True)
        return Check(name, False, f"could not check ({type(error).__name__})", critical)


def checks_run() -> list[Check]:
    # Looked up when called, so that a test can replace one check.
    return [
        _guarded("database", database_check, critical=True),
        _guarded("cache", cache_check, critical=False),
        _guarded("task queue", task_queue_check, critical=False),
        _guarded("scheduler", scheduler_check, critical=False),
    ]
