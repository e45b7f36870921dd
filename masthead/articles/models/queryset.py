"""Named querysets for articles, with the joins every listing needs built in."""

from django.db.models import F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from wagtail.query import PageQuerySet

from masthead.images.renditions import TEASER_RENDITIONS, renditions_prefetch

from .byline import ArticleAuthor


class ArticlePageQuerySet(PageQuerySet):
    def newest_first(self):
        return self.order_by("-published_at", "-pk")

    def in_section(self, section):
        """Articles whose primary or further sections include `section`."""
        further = self.model.further_sections.through.objects.filter(sectionpage=section)
        return self.filter(Q(section=section) | Q(pk__in=further.values("articlepage_id")))

    def on_topic(self, topic):
        # One row per article: a topic tags an article once (the through table's unique pair).
        return self.filter(topics=topic)

    def of_kind(self, kind: str):
        return self.filter(format__kind=kind)

    def by_author(self, author):
        # One row per article: an author is credited once per article (unique constraint).
        return self.filter(article_authors__author=author)

    def for_listing(self, renditions=TEASER_RENDITIONS):
        """Everything a teaser shows, in a fixed number of queries."""
        # Formats, sections and partners are few and repeat down a river: one
        # small query each beats joining three wide page rows onto every article.
        # The picture is joined (a narrow row), its renditions prefetched as
        # Wagtail's prefetch_renditions() does.
        return (
            self.select_related("hero_image")
            .prefetch_related(
                "format",
                "section",
                "partner",
                renditions_prefetch("hero_image", renditions),
                Prefetch(
                    "article_authors",
                    queryset=ArticleAuthor.objects.select_related("author").order_by(
                        "sort_order", "pk"
                    ),
                ),
            )
            .newest_first()
        )

    def latest_per_section(self, sections, per_section: int = 3):
        """The newest `per_section` articles of each section, in one query."""
        return (
            self.filter(section__in=sections)
            .annotate(
                rank_in_section=Window(
                    RowNumber(),
                    partition_by=F("section_id"),
                    order_by=[F("published_at").desc(), F("pk").desc()],
                )
            )
            .filter(rank_in_section__lte=per_section)
        )
