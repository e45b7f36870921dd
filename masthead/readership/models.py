"""How much each page is read: a count per page and day, nothing about who.

A read is counted by the beacon the page loads (views.py), so it is counted
whether the page came from Django or from the cache in front. No row holds an
address, a browser, a cookie or a time finer than the day: only how many
times the page was read that day. The most-read lists are computed from the
counts by the articles app, which knows what a piece is, and kept here by name.
"""

from django.db import models
from wagtail.models import Page


class DailyReads(models.Model):
    """The reads of one page on one day (the magazine's day, TIME_ZONE)."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="daily_reads")
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "daily reads"
        verbose_name_plural = "daily reads"
        # Seeing the counts (Reports → Most read) is the only permission an
        # editor can be given; rows are written by readers' beacons alone.
        default_permissions = ["view"]
        constraints = [
            models.UniqueConstraint(fields=["page", "day"], name="readership_one_row_per_page_day")
        ]
        # The most-read lists and the pruning read a range of days.
        indexes = [models.Index(fields=["day"], name="readership_reads_day")]

    def __str__(self) -> str:
        return f"{self.page_id} on {self.day}: {self.count}"


class MostReadList(models.Model):
    """A ranked list of page ids, as last computed ("week", "today:section-12").

    Pages print the stored list, so a page rendered between two refreshes
    shows what the cached copies show; a refresh that changes a list purges
    the pages printing it.
    """

    name = models.CharField(max_length=100, unique=True)
    page_ids = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        default_permissions = []

    def __str__(self) -> str:
        return self.name
