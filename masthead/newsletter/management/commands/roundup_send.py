"""Send a round-up issue from the command line, with a progress bar.

Several may run at once (each claims its own readers); one killed part-way
can be started again and sends to every remaining reader exactly once.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from masthead.newsletter.models import RoundupIssue
from masthead.newsletter.services.sending import (
    roundup_deliver_pending,
    roundup_next_retry_at,
    roundup_progress,
    roundup_send_start,
)

MAX_WAIT_SECONDS = 60


class Command(BaseCommand):
    help = "Send a round-up issue to every confirmed reader (resumes an interrupted send)."

    def add_arguments(self, parser):
        parser.add_argument("issue", type=int, help="The issue's id.")
        parser.add_argument("--batch-size", type=int, default=None)
        parser.add_argument(
            "--no-wait",
            action="store_true",
            help="Stop when nothing is claimable instead of waiting for leases and retries.",
        )
        parser.add_argument("--quiet-progress", action="store_true", help="No progress bar.")

    def _bar(self, issue):
        progress = roundup_progress(issue)
        total = progress["total"] or 1
        done = total - progress["remaining"]
        width = 30
        filled = int(width * done / total)
        bar = "#" * filled + "-" * (width - filled)
        self.stderr.write(
            f"\r[{bar}] {done}/{progress['total']} sent {progress['sent']} "
            f"failed {progress['failed']} skipped {progress['skipped']}",
            ending="",
        )
        self.stderr.flush()

    def handle(self, *args, issue, batch_size, no_wait, quiet_progress, **options):
        try:
            roundup = RoundupIssue.objects.get(pk=issue)
        except RoundupIssue.DoesNotExist as error:
            raise CommandError(f"There is no round-up issue {issue}.") from error
        if roundup.status == RoundupIssue.Status.SENT:
            self.stdout.write(f"Issue {issue} was already sent.")
            return
        total = roundup_send_start(roundup)
        self.stdout.write(f"Sending \u201c{roundup}\u201d to {total} readers.")
        show = (
            None if quiet_progress or not sys.stderr.isatty() else (lambda _r: self._bar(roundup))
        )
        while True:
            roundup_deliver_pending(roundup, batch_size=batch_size, progress=show)
            roundup.refresh_from_db()
            if roundup.status == RoundupIssue.Status.SENT or no_wait:
                break
            next_at = roundup_next_retry_at(roundup)
            if next_at is None:
                break
            wait = (next_at - timezone.now()).total_seconds()
            if wait > MAX_WAIT_SECONDS:
                self.stdout.write(
                    f"Deliveries wait for a retry at {next_at:%H:%M:%S}; the task worker "
                    "or `newsletter_tick` will resume them."
                )
                break
            time.sleep(max(wait, 0.05) + 0.05)
        if show:
            self._bar(roundup)
            self.stderr.write("")
        progress = roundup_progress(roundup)
        self.stdout.write(
            f"Sent {progress['sent']}, failed {progress['failed']}, skipped {progress['skipped']}, "
            f"remaining {progress['remaining']}."
        )
