"""The record of what was imported from which partner, so nothing is imported twice.

Partners and their feeds are the partners app's models."""

from django.conf import settings
from django.db import models

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
