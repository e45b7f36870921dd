"""The record of what was imported from which partner, so nothing is imported
twice; editors' import requests; the history of every import attempt.

Partners and their feeds are the partners app's models."""

from django.conf import settings
from django.db import models
from django.db.models import Count, QuerySet
from django.utils import timezone

from masthead.partners.models import Partner, PartnerFeed


class ImportedItem(models.Model):
    """What was imported, so the same piece is never imported twice."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="imported")
    feed = models.ForeignKey(
        PartnerFeed, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    entry_id = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=500, unique=True)
    article = models.ForeignKey(
        "articles.ArticlePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["feed", "entry_id"],
                condition=~models.Q(entry_id=""),
                name="one_import_per_feed_entry",
            )
        ]

    def __str__(self) -> str:
        return self.url


class ImportRequest(models.Model):
    """An editor's request to import a piece by its address, carried out by
    the task worker (so a slow or hostile page never holds a web worker).

    The import itself is idempotent (ImportedItem is unique on the address):
    a request left "running" by a worker that died can simply be made again.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting for the task worker"
        RUNNING = "running", "Importing"
        DONE = "done", "Imported"
        FAILED = "failed", "Not imported"

    url = models.URLField(max_length=2000)
    partner = models.ForeignKey(Partner, null=True, blank=True, on_delete=models.CASCADE)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    message = models.TextField(blank=True)
    article = models.ForeignKey(
        "articles.ArticlePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"{self.url}: {self.get_status_display()}"

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)


class ImportAttempt(models.Model):
    """One attempt to import a piece, by an editor or from a feed, and how it
    ended: the import history shown in the admin (Reports → Partner imports).

    Written beside the import, never inside it (services/history.py): a history
    that cannot be written loses the line, not the import. Only the newest
    `services.history.HISTORY_LIMIT` attempts are kept.
    """

    class Outcome(models.TextChoices):
        CREATED = "created", "Imported as a draft"
        ALREADY_THERE = "already_there", "Already imported"
        REFUSED = "refused", "Refused"

    attempted_at = models.DateTimeField(default=timezone.now, db_index=True)
    url = models.URLField(max_length=2000)
    partner = models.ForeignKey(
        Partner, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    feed = models.ForeignKey(
        PartnerFeed, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    reason = models.TextField(blank=True)
    article = models.ForeignKey(
        "articles.ArticlePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-attempted_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.url}: {self.get_outcome_display()}"

    @property
    def source(self) -> str:
        """Who asked for the import: an editor, a feed, or neither any more."""
        if self.feed_id is not None:
            return f"Feed {self.feed.url}"
        if self.requested_by is not None:
            return self.requested_by.get_username()
        return "—"


def feeds_with_status(feeds: QuerySet[PartnerFeed]) -> QuerySet[PartnerFeed]:
    """The feeds with their partner and `items_imported`, the pieces each has brought in."""
    return feeds.select_related("partner").annotate(items_imported=Count("items"))
