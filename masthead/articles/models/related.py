"""Related pieces: the few other pieces printed under an article.

An editor may pin their own picks (`RelatedPin`, in the editor's "Related
pieces" panel); they come first, in the editor's order, while they are live.
The rest are chosen by what the pieces share, each shared thing scoring:

- a topic: 3 (the strongest sign two pieces are about one thing);
- an author: 2;
- the primary section: 1;
- words: up to 2, for the pieces whose rarer words are most like this one's
  (asked of the apps above through the `masthead_similar_articles` hook:
  the search index answers it, search/wagtail_hooks.py);

and a score counts for less the older the piece is (half at ten years), with
the newest first among equals. The candidates are the best-sharing pieces of
each kind, so the whole choice takes the same few queries however many
pieces, topics and authors there are. The choice is kept in the cache until
a page is next published, unpublished, deleted or edited (core/page_log.py).
"""

import datetime
from collections import defaultdict
from collections.abc import Callable

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count
from django.utils import timezone
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import PageChooserPanel
from wagtail.models import Orderable

CANDIDATES_PER_KIND = 40
TOPIC_SCORE = 3.0
AUTHOR_SCORE = 2.0
SECTION_SCORE = 1.0
WORDS_SCORE = 2.0
HALF_SCORE_AGE = datetime.timedelta(days=10 * 365)
# Hook: fn(article, limit) -> ids of live pieces most like it in words, best first.
SIMILAR_ARTICLES_HOOK = "masthead_similar_articles"


class RelatedPin(Orderable):
    """A piece the editor chose to print under an article, in their order."""

    article = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="related_pins"
    )
    pinned = models.ForeignKey(
        "articles.ArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name="piece",
        help_text="Printed under the article while it is live, before the pieces chosen for it.",
    )

    panels = [PageChooserPanel("pinned", "articles.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = "related piece"
        constraints = [
            models.UniqueConstraint(fields=["article", "pinned"], name="unique_related_pin")
        ]

    def clean(self):
        super().clean()
        if self.pinned_id and self.pinned_id == self.article_id:
            raise ValidationError({"pinned": "A piece cannot be related to itself."})


def _age_factor(published_at, now) -> float:
    if published_at is None:
        return 0.5
    age = max(now - published_at, datetime.timedelta(0))
    return 1 / (1 + age / HALF_SCORE_AGE)


def _similar_by_words(article, limit: int) -> list[int]:
    finders: list[Callable] = hooks.get_hooks(SIMILAR_ARTICLES_HOOK)
    return list(finders[-1](article, limit)) if finders else []


def related_article_ids(article, live_articles, count: int) -> list[int]:
    """The ids of up to `count` pieces to print under `article`, best first:
    its live pins, then the pieces sharing most with it. `live_articles`: the
    queryset of pieces a reader may be shown."""
    pinned = list(
        RelatedPin.objects.filter(article_id=article.pk, pinned__in=live_articles)
        .exclude(pinned_id=article.pk)
        .order_by("sort_order", "pk")
        .values_list("pinned_id", flat=True)[:count]
    )
    if len(pinned) >= count:
        return pinned
    others = live_articles.exclude(pk__in=[article.pk, *pinned]).order_by()
    scores: dict[int, float] = defaultdict(float)

    def add(rows, score) -> None:
        for pk, shared in rows:
            scores[pk] += score * shared

    def sharing_most(**shared_filter):
        """(pk, how many it shares) of the pieces sharing most, newest first among equals."""
        rows = others.filter(**shared_filter).values_list("pk").annotate(shared=Count("pk"))
        return rows.order_by("-shared", "-published_at", "-pk")[:CANDIDATES_PER_KIND]

    # Read through the article's relations: a preview's are in memory.
    topic_ids = [topic.pk for topic in article.topics.all()]
    if topic_ids:
        add(sharing_most(topics__in=topic_ids), TOPIC_SCORE)
    author_ids = [credit.author_id for credit in article.article_authors.all()]
    if author_ids:
        add(sharing_most(article_authors__author_id__in=author_ids), AUTHOR_SCORE)
    if article.section_id:
        in_section = others.filter(section_id=article.section_id).order_by("-published_at", "-pk")
        add(
            ((pk, 1) for pk in in_section.values_list("pk", flat=True)[:CANDIDATES_PER_KIND]),
            SECTION_SCORE,
        )
    excluded = {article.pk, *pinned}
    similar = [pk for pk in _similar_by_words(article, CANDIDATES_PER_KIND) if pk not in excluded]
    add(((pk, 1 - rank / len(similar)) for rank, pk in enumerate(similar)), WORDS_SCORE)
    # The candidates' dates, in one query; one no longer live is left out.
    dates = dict(others.filter(pk__in=list(scores)).values_list("pk", "published_at"))
    now = timezone.now()
    oldest = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    chosen = sorted(
        dates,
        key=lambda pk: (
            -scores[pk] * _age_factor(dates[pk], now),
            -(dates[pk] or oldest).timestamp(),
            -pk,
        ),
    )
    return pinned + chosen[: count - len(pinned)]
