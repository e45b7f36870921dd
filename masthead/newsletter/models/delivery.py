"""The outbox: one row per recipient of an issue, sent exactly once.

A row is claimed under a short lease, renewed while its worker works. Before
the final "." of the SMTP transaction the row is marked *handing over* (fenced
by the lease token); after the server's 250 it is marked sent. A worker that
dies leaves its lease to expire: rows still *being sent* are claimed again,
rows *handing over* become *uncertain* (the server may or may not have the
message) and wait for an editor. See docs/newsletter-sending.md.
"""

from django.db import models
from django.utils import timezone


class Delivery(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Being sent"
        HANDING_OVER = "handing_over", "Handing over to the mail server"
        SENT = "sent", "Sent"
        UNCERTAIN = "uncertain", "Uncertain (the mail server may or may not have it)"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (unsubscribed before sending)"

    # Held by a worker under its lease.
    LEASED = (State.SENDING, State.HANDING_OVER)
    # Nothing more happens to these unless an editor acts.
    SETTLED = (State.SENT, State.UNCERTAIN, State.FAILED, State.SKIPPED)

    # No index of its own: the unique constraint and the index below both start
    # with the issue, and every index costs each of a message's three updates.
    issue = models.ForeignKey(
        "newsletter.RoundupIssue",
        on_delete=models.CASCADE,
        related_name="deliveries",
        db_index=False,
    )
    subscriber = models.ForeignKey(
        "newsletter.Subscriber", on_delete=models.CASCADE, related_name="deliveries"
    )
    state = models.CharField(max_length=12, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    lease_token = models.UUIDField(null=True, blank=True)
    lease_expires_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["issue", "subscriber"], name="one_delivery_per_reader")
        ]
        indexes = [models.Index(fields=["issue", "state", "next_attempt_at"])]
        verbose_name_plural = "deliveries"

    def __str__(self) -> str:
        return f"{self.issue} to {self.subscriber_id}: {self.state}"
