"""The outbox: one row per recipient of an issue, sent exactly once.

A row is claimed under a lease before it is sent. A worker that dies leaves its
lease to expire; the next worker reclaims the row. The row is marked sent
before the SMTP transaction is committed (see docs/newsletter-sending.md).
"""

from django.db import models
from django.utils import timezone


class Delivery(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"
        SKIPPED = "skipped", "Skipped (unsubscribed before sending)"

    issue = models.ForeignKey(
        "newsletter.RoundupIssue", on_delete=models.CASCADE, related_name="deliveries"
    )
    subscriber = models.ForeignKey(
        "newsletter.Subscriber", on_delete=models.CASCADE, related_name="deliveries"
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
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
