import logging
import signal
import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections

from masthead.scheduling.services import (
    JobOutcome,
    due_jobs_run,
    jobs_ensure,
    scheduler_heartbeat,
    scheduler_name,
    scheduler_stopped,
    schedulers_prune,
)

logger = logging.getLogger("masthead.scheduling")
# How often the scheduler looks for due jobs (and says it is alive).
PASS_SECONDS = 5.0


class Command(BaseCommand):
    help = (
        "Run the periodic jobs (scheduled publishing, the round-up's chores, partner feed "
        "polling) when they are due, until stopped with SIGTERM or Ctrl-C. Several schedulers "
        "may run: each job still runs once."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Run the jobs that are due now, then exit."
        )

    def handle(self, *args, once=False, **options):
        self.verbosity = options["verbosity"]
        if once:
            name = scheduler_name(once=True)
            scheduler_heartbeat(name)
            self._report(due_jobs_run(name))
            return
        self._run_until_stopped(scheduler_name())

    def _run_until_stopped(self, name: str) -> None:
        self.stopping = False
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._stop)
        schedulers_prune()
        jobs_ensure()
        if self.verbosity:
            self.stdout.write(f"Scheduler {name} started.")
        while not self.stopping:
            try:
                close_old_connections()  # drop a connection that broke or grew old
                scheduler_heartbeat(name)
                self._report(due_jobs_run(name, stopping=lambda: self.stopping))
            except Exception:  # the database is away: try again at the next pass
                logger.exception("The scheduler's pass failed; trying again shortly.")
            self._sleep(PASS_SECONDS)
        try:
            scheduler_stopped(name)
        except Exception:
            logger.exception("The scheduler could not record that it stopped.")
        if self.verbosity:
            self.stdout.write(f"Scheduler {name} stopped.")

    def _stop(self, signum, _frame) -> None:
        """Finish the job under way, then exit. A second signal stops at once."""
        self.stopping = True
        signal.signal(signum, signal.SIG_DFL)

    def _sleep(self, seconds: float) -> None:
        until = time.monotonic() + seconds
        while not self.stopping and time.monotonic() < until:
            time.sleep(max(0.0, min(0.25, until - time.monotonic())))

    def _report(self, outcomes: list[JobOutcome]) -> None:
        for outcome in outcomes:
            if not outcome.succeeded:
                self.stderr.write(f"{outcome.job}: failed: {outcome.summary}")
            elif self.verbosity >= 2 or (self.verbosity and outcome.summary):
                self.stdout.write(f"{outcome.job}: {outcome.summary or 'done'}")
