"""Corrections: dated notes printed at the end of an article."""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ArticleCorrection(Orderable):
    article = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="corrections"
    )
    corrected_on = models.DateField()
    text = models.TextField(help_text="What was wrong and what is right now.")

    panels = [FieldPanel("corrected_on"), FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = "correction"
