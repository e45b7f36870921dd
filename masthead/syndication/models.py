"""The record of what was imported from which partner, so nothing is imported twice.

Partners and their feeds are the partners app's models."""

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
