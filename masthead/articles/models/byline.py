"""The byline: an article's authors, in the order they are printed."""

from django.db import models
from django.forms import Select
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable


class ArticleAuthor(Orderable):
    """One author of one article; the order is the byline's order."""

    article = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="article_authors"
    )
    author = models.ForeignKey("people.Author", on_delete=models.CASCADE, related_name="+")

    # A select of names (A to Z: ArticlePageForm), not a page-chooser pop-up.
    panels = [FieldPanel("author", widget=Select)]

    class Meta(Orderable.Meta):
        verbose_name = "author"
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_author_per_article")
        ]
