import datetime
import time

import pytest
from django.db import connection
from django.utils import timezone

from masthead.scheduling.jobs import Job


def make_job(name: str, run, time_limit: float = 5) -> Job:
    """A job like the real ones, every minute (the publishing interval)."""
    return Job(
        name=name,
        title=name.replace("_", " ").capitalize(),
        run=run,
        interval_setting="MASTHEAD_SCHEDULE_PUBLISHING_SECONDS",
        time_limit=time_limit,
    )


class Counter:
    """A job's work that counts its runs."""

    def __init__(self, summary: str = "did its work", pause: float = 0.0):
        self.runs = 0
        self.summary = summary
        self.pause = pause

    def __call__(self) -> str:
        self.runs += 1
        time.sleep(self.pause)
        return self.summary


@pytest.fixture
def clock(monkeypatch):
    """Move the clock: clock.forward(seconds) from the real time now."""

    class Clock:
        def __init__(self):
            self.now = timezone.now()

        def forward(self, seconds: float) -> datetime.datetime:
            self.now += datetime.timedelta(seconds=seconds)
            monkeypatch.setattr(timezone, "now", lambda: self.now)
            return self.now

    return Clock()


def database_url() -> str:
    """The test database, for scheduler processes started by a test."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
