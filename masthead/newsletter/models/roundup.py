"""A round-up issue: an intro and an ordered list of the week's pieces."""

from django.db import models
from django.urls import reverse
from django.utils import timezone
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PreviewableMixin

from masthead.articles.models import ArticleCorrection

from ..mail.rendering import roundup_preview_response


class RoundupIssue(PreviewableMixin, ClusterableModel):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        SCHEDULED = "scheduled", "Scheduled"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"

    subject = models.CharField(max_length=200)
    intro = RichTextField(features=["bold", "italic", "link"], blank=True)
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    scheduled_for = models.DateTimeField(
        null=True, blank=True, help_text="When to start sending; leave empty to send by hand."
    )
    created_at = models.DateTimeField(default=timezone.now)
    sending_started_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    panels = [
        FieldPanel("subject"),
        FieldPanel("intro"),
        InlinePanel("items", label="Piece", heading="Pieces, in order (editor's picks first)"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")])],
            heading="Covers",
        ),
    ]

    class Meta:
        ordering = ["-period_end", "-pk"]
        verbose_name = "round-up issue"
        # Drafting is "change"; mailing every reader is a separate decision.
        permissions = [("send_roundupissue", "Can test, schedule and send round-up issues")]

    def __str__(self) -> str:
        return self.subject

    @property
    def is_editable(self) -> bool:
        return self.status in {self.Status.DRAFT, self.Status.SCHEDULED}

    def get_absolute_url(self) -> str:
        return reverse("newsletter:archive_issue", args=[self.pk])

    # -- contents -------------------------------------------------------------

    def live_items(self):
        items = self.items.all()
        if self.pk and "items" not in getattr(self, "_prefetched_objects_cache", {}):
            items = items.select_related("article__format", "article__section")
        return [item for item in items if item.article is not None and item.article.live]

    def corrections(self, section_ids=None) -> list[ArticleCorrection]:
        """The corrections dated within the issue's week, to pieces still live,
        oldest first, each with its piece ("Corrections this week").

        The week is the days of the issue's period in the magazine's time zone,
        both ends included: a correction dated on the day one issue ends and the
        next begins is listed by both rather than by neither. With `section_ids`,
        only corrections to pieces of those sections (a reader's choice).
        """
        if self.period_start is None or self.period_end is None:
            return []  # an admin preview of a form without its period
        # The magazine's zone (TIME_ZONE), not the one the admin activates for an editor.
        magazine_zone = timezone.get_default_timezone()
        first_day = timezone.localtime(self.period_start, magazine_zone).date()
        last_day = timezone.localtime(self.period_end, magazine_zone).date()
        corrections = (
            ArticleCorrection.objects.filter(
                corrected_on__range=(first_day, last_day), article__live=True
            )
            .select_related("article")
            .order_by("corrected_on", "article__title", "sort_order", "pk")
        )
        if section_ids is not None:
            corrections = corrections.filter(article__section_id__in=section_ids)
        return list(corrections)

    def contents(self, section_ids=None) -> dict:
        """Picks, then pieces grouped by section, then briefs, then the week's
        corrections.

        With `section_ids`, only the pieces of those sections (a reader's choice).
        """
        picks, briefs, by_section = [], [], {}
        for item in self.live_items():
            article = item.article
            if section_ids is not None and article.section_id not in section_ids:
                continue
            if item.is_pick:
                picks.append(article)
            elif article.is_short_form:
                briefs.append(article)
            else:
                by_section.setdefault(article.section, []).append(article)
        sections = sorted(by_section.items(), key=lambda pair: pair[0].title if pair[0] else "")
        return {
            "picks": picks,
            "sections": sections,
            "briefs": briefs,
            "corrections": self.corrections(section_ids),
        }

    # -- preview in the admin -------------------------------------------------

    preview_modes = [("", "HTML email"), ("text", "Plain text")]

    def serve_preview(self, request, mode_name):
        return roundup_preview_response(self, request, mode_name)


class RoundupItem(Orderable):
    issue = ParentalKey(RoundupIssue, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")
    is_pick = models.BooleanField("editor's pick", default=False)

    panels = [FieldPanel("article"), FieldPanel("is_pick")]

    class Meta(Orderable.Meta):
        verbose_name = "piece"
