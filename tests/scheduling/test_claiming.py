"""A due job runs once, however many schedulers are running; a failing job is
recorded and the others still run; a scheduler that died lets go of its job."""

import datetime
import logging
import threading
import time

import pytest
from django.db import connections

from masthead.scheduling.models import ScheduledJob
from masthead.scheduling.services import due_jobs_run, job_claim, job_finish, job_run, jobs_ensure

from .conftest import Counter, make_job

pytestmark = pytest.mark.django_db
LONG_AGO = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)


def run_at_once(*calls):
    """Start the calls in threads at the same moment (each with its own
    database connection, like a scheduler process) and wait for them."""
    start = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            start.wait()
            results[index] = call()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, call)) for i, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_schedulers_running_at_once_run_a_due_job_once():
    work = Counter(pause=0.2)
    job = make_job("publishing", work)
    for round_ in range(1, 4):
        ScheduledJob.objects.update_or_create(name=job.name, defaults={"next_run_at": LONG_AGO})
        outcomes = run_at_once(
            lambda: due_jobs_run("scheduler-a", (job,)), lambda: due_jobs_run("scheduler-b", (job,))
        )
        assert work.runs == round_
        assert sorted(len(found) for found in outcomes) == [0, 1]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_of_many_simultaneous_claims_on_a_due_job_exactly_one_wins():
    job = make_job("publishing", Counter())
    ScheduledJob.objects.create(name=job.name, next_run_at=LONG_AGO)
    tokens = run_at_once(*[lambda n=n: job_claim(job, f"scheduler-{n}") for n in range(4)])
    assert len([token for token in tokens if token is not None]) == 1


def test_a_job_not_yet_due_does_not_run(clock):
    work = Counter()
    job = make_job("publishing", work)
    assert [o.job for o in due_jobs_run("scheduler-a", (job,))] == ["publishing"]
    clock.forward(30)  # half its interval
    assert due_jobs_run("scheduler-a", (job,)) == []
    assert work.runs == 1
    clock.forward(31)
    assert [o.job for o in due_jobs_run("scheduler-a", (job,))] == ["publishing"]
    assert work.runs == 2


def test_a_new_job_runs_at_once_and_its_next_run_is_an_interval_later():
    job = make_job("publishing", Counter())
    (outcome,) = due_jobs_run("scheduler-a", (job,))
    assert outcome.succeeded and outcome.summary == "did its work"
    row = ScheduledJob.objects.get(name="publishing")
    assert row.last_success_at is not None and row.last_started_at is not None
    assert (row.next_run_at - row.last_started_at).total_seconds() == 60
    assert (row.running_by, row.lease_until) == ("", None)


def broken_feed_poll() -> str:
    raise ConnectionError("the partner's site did not answer")


def test_a_failing_job_records_its_error_and_the_next_job_still_runs(caplog):
    after = Counter()
    jobs = (make_job("partner_feeds", broken_feed_poll), make_job("newsletter", after))
    with caplog.at_level(logging.ERROR, logger="masthead.scheduling"):
        outcomes = due_jobs_run("scheduler-a", jobs)
    assert [(o.job, o.succeeded) for o in outcomes] == [
        ("partner_feeds", False),
        ("newsletter", True),
    ]
    failed = ScheduledJob.objects.get(name="partner_feeds")
    assert failed.last_error == "ConnectionError: the partner's site did not answer"
    assert failed.is_failing and failed.last_success_at is None
    assert failed.lease_until is None  # free to run again at its next time
    assert after.runs == 1
    # The traceback is in the log, not on the job.
    assert "Traceback" not in failed.last_error
    assert any(record.exc_info for record in caplog.records)


def test_a_job_that_succeeds_after_failing_is_no_longer_failing():
    job = make_job("partner_feeds", broken_feed_poll)
    due_jobs_run("scheduler-a", (job,))
    ScheduledJob.objects.filter(name=job.name).update(next_run_at=LONG_AGO)
    due_jobs_run("scheduler-a", (make_job("partner_feeds", Counter()),))
    row = ScheduledJob.objects.get(name=job.name)
    assert not row.is_failing
    assert "did not answer" in row.last_error  # still shown, with its time


def test_a_job_that_outruns_its_time_limit_is_stopped_and_recorded():
    started = time.monotonic()
    job = make_job("newsletter", Counter(pause=10), time_limit=0.2)
    (outcome,) = due_jobs_run("scheduler-a", (job,))
    assert time.monotonic() - started < 5
    assert not outcome.succeeded
    row = ScheduledJob.objects.get(name="newsletter")
    assert row.last_error.startswith("TimeLimitExceeded: Newsletter took longer than 0.2 seconds")


def test_a_job_held_by_a_scheduler_that_died_waits_for_the_lease_to_run_out(clock):
    work = Counter()
    job = make_job("publishing", work, time_limit=120)  # lease: 120 s + 60 s
    jobs_ensure((job,))
    assert job_claim(job, "killed-scheduler") is not None  # ... and it never finishes
    clock.forward(61)  # due again, but still held
    assert job_run(job, "scheduler-b") is None
    clock.forward(120)  # 181 s: the lease has run out
    outcome = job_run(job, "scheduler-b")
    assert outcome is not None and outcome.succeeded
    assert work.runs == 1
    assert ScheduledJob.objects.get(name="publishing").last_success_at == clock.now


def test_a_scheduler_that_lost_its_lease_does_not_overwrite_the_new_holder(clock):
    slow = make_job("publishing", Counter(), time_limit=1)  # lease: 61 s
    jobs_ensure((slow,))
    token = job_claim(slow, "slow-scheduler")
    clock.forward(62)
    assert job_claim(slow, "scheduler-b") is not None
    assert job_finish(slow, token) is False
    assert ScheduledJob.objects.get(name="publishing").running_by == "scheduler-b"
