"""Send a round-up issue from the command line, with a progress bar.

Several may run at once (each claims its own readers); one killed part-way
can be started again and sends to every remaining reader exactly once.

It returns only when the issue is finished (exit status 0), waiting for
retries and for the leases of other workers, which it takes over if they die.
If it stops while deliveries of the issue are still queued or leased (the
database stayed away, or --no-wait with nothing to claim now), it exits with
status 75 (EX_TEMPFAIL), so that a supervisor restarting it on failure, as
systemd's Restart=on-failure does, brings it back until the issue is sent.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from masthead.newsletter.models import RoundupIssue
from masthead.newsletter.services.outage import (
    DATABASE_ERRORS,
    DatabaseOutage,
    DatabaseUnavailable,
)
from masthead.newsletter.services.progress import (
    roundup_finish_if_done,
    roundup_has_remaining,
    roundup_next_retry_at,
    roundup_progress,
)
from masthead.newsletter.services.sending import roundup_deliver_pending, roundup_send_start

# How often a worker with nothing to claim looks again: for a dead worker's
# expired lease, a retry falling due, or the issue being finished.
POLL_SECONDS = 1.0
EX_TEMPFAIL = 75


class Command(BaseCommand):
    help = "Send a round-up issue to every confirmed reader (resumes an interrupted send)."

    def add_arguments(self, parser):
        parser.add_argument("issue", type=int, help="The issue's id.")
        parser.add_argument("--batch-size", type=int, default=None)
        parser.add_argument(
            "--no-wait",
            action="store_true",
            help="Stop when nothing is claimable now, instead of waiting for other workers' "
            "leases and for retries (exit status 75 if deliveries remain).",
        )
        parser.add_argument("--quiet-progress", action="store_true", help="No progress bar.")

    def _bar(self, issue):
        progress = roundup_progress(issue)
        total = progress["total"] or 1
        width = 30
        filled = int(width * progress["done"] / total)
        bar = "#" * filled + "-" * (width - filled)
        self.stderr.write(
            f"\r[{bar}] {progress['done']}/{progress['total']} sent {progress['sent']} "
            f"failed {progress['failed']} skipped {progress['skipped']} "
            f"uncertain {progress['uncertain']}",
            ending="",
        )
        self.stderr.flush()

    def handle(self, *args, issue, batch_size, no_wait, quiet_progress, **options):
        try:
            roundup = RoundupIssue.objects.get(pk=issue)
        except RoundupIssue.DoesNotExist as error:
            raise CommandError(f"There is no round-up issue {issue}.") from error
        if roundup.status == RoundupIssue.Status.SENT and not roundup_has_remaining(roundup):
            self.stdout.write(f"Issue {issue} was already sent.")
            return
        total = roundup_send_start(roundup)
        self.stdout.write(f"Sending \u201c{roundup}\u201d to {total} readers.")
        show = (
            None if quiet_progress or not sys.stderr.isatty() else (lambda _r: self._bar(roundup))
        )
        try:
            finished = self._send(roundup, batch_size, no_wait, show)
        except DatabaseUnavailable as error:
            raise CommandError(
                f"{error}. Deliveries remain; start this command again.", returncode=EX_TEMPFAIL
            ) from error
        if show:
            self._bar(roundup)
            self.stderr.write("")
        self._summary(roundup)
        if not finished:
            raise CommandError(
                "Stopped with deliveries still queued or being sent by another worker; "
                "start this command again (or let the task worker and `newsletter_tick` "
                "finish them).",
                returncode=EX_TEMPFAIL,
            )

    def _send(self, roundup, batch_size, no_wait, show) -> bool:
        """Send until the issue is finished (True), or nothing is claimable and
        --no-wait (False)."""
        outage = DatabaseOutage()
        while True:
            try:
                roundup_deliver_pending(roundup, batch_size=batch_size, progress=show)
                # Also when another worker sent the last message and died before
                # it could mark the issue sent.
                if roundup_finish_if_done(roundup) or not roundup_has_remaining(roundup):
                    return True
                if no_wait:
                    return False
                next_at = roundup_next_retry_at(roundup)
                outage.over()
            except DATABASE_ERRORS as error:
                outage.reconnect(error)
                continue
            wait = POLL_SECONDS
            if next_at is not None:
                wait = min(max((next_at - timezone.now()).total_seconds(), 0.05), POLL_SECONDS)
            time.sleep(wait)

    def _summary(self, roundup):
        progress = roundup_progress(roundup)
        self.stdout.write(
            f"Sent {progress['sent']}, failed {progress['failed']}, skipped {progress['skipped']}, "
            f"uncertain {progress['uncertain']}, remaining {progress['remaining']}."
        )
        if progress["uncertain"]:
            self.stdout.write(
                f"{progress['uncertain']} message(s) have an uncertain outcome (a worker stopped "
                "while handing them to the mail server): see the issue's send page in the "
                "admin, where an editor may send them again."
            )
