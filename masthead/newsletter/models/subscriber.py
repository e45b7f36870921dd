"""A reader's address and what they asked to receive."""

from django.db import models
from django.utils import timezone

from ..addresses import address_normalise


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def wanting_sections(self, section_ids):
        """Confirmed readers who take the whole round-up or one of these sections."""
        return (
            self.confirmed()
            .filter(models.Q(all_sections=True) | models.Q(sections__in=section_ids))
            .distinct()
        )


class Subscriber(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Pending confirmation"
        CONFIRMED = "confirmed", "Confirmed"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"
        BOUNCED = "bounced", "Bounced"
        COMPLAINED = "complained", "Complained (spam report)"

    # Addresses that must never be mailed again, whatever the reader does next.
    UNDELIVERABLE = {Status.BOUNCED, Status.COMPLAINED}

    email = models.EmailField(unique=True, max_length=254)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    all_sections = models.BooleanField(
        "the whole round-up", default=True, help_text="Otherwise only the chosen sections."
    )
    sections = models.ManyToManyField("articles.SectionPage", blank=True, related_name="+")
    source = models.CharField(max_length=50, blank=True, help_text="The form it came from.")
    created_at = models.DateTimeField(default=timezone.now)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)

    objects = SubscriberQuerySet.as_manager()

    # Not a field: the chosen sections, set by services.sending on the readers
    # of a claimed batch who chose some (one query for the whole batch).
    claimed_section_ids: frozenset[int]

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.email

    @staticmethod
    def normalise(email: str) -> str:
        return address_normalise(email)

    @property
    def is_mailable(self) -> bool:
        return self.status == self.Status.CONFIRMED
