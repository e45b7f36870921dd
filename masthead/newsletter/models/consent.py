"""The consent log: when, from which form, and what the reader agreed to.

No IP address is kept, raw or hashed.
"""

from django.db import models
from django.utils import timezone


class ConsentEvent(models.TextChoices):
    REQUESTED = "requested", "Asked to subscribe"
    CONFIRMED = "confirmed", "Confirmed by email"
    IMPORTED = "imported", "Imported with prior consent"
    PREFERENCES = "preferences", "Changed preferences"
    UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
    BOUNCED = "bounced", "Address bounced"
    COMPLAINED = "complained", "Reported as spam"


class ConsentRecord(models.Model):
    subscriber = models.ForeignKey(
        "newsletter.Subscriber", on_delete=models.CASCADE, related_name="consent_records"
    )
    event = models.CharField(max_length=20, choices=ConsentEvent.choices)
    at = models.DateTimeField(default=timezone.now)
    source = models.CharField(max_length=50, blank=True)
    wording = models.TextField(blank=True, help_text="What the reader was shown and agreed to.")

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_event_display()} at {self.at:%Y-%m-%d %H:%M}"
