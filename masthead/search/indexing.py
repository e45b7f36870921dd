"""Keeping the index in step with what is published.

A piece is indexed when it is published (in the publishing transaction, so
the two never disagree), indexed again when it changes or when a name it is
filed under changes, and removed when it is unpublished, made private or
deleted. `documents_rebuild` makes the whole index again from the live pieces
(`manage.py search_rebuild`), for a new installation or after an upgrade.
"""

import itertools
from collections import Counter
from collections.abc import Iterable

from django.db import transaction
from django.db.models import Prefetch

from masthead.articles.models import ArticleAuthor, ArticlePage

from .documents import article_document
from .engines import engine

BATCH = 500


def documents_queryset():
    """Live public articles with everything their documents read, in a fixed
    number of queries per batch."""
    return (
        ArticlePage.objects.live()
        .public()
        .select_related("format", "section")
        .prefetch_related(
            "further_sections",
            "topics",
            Prefetch(
                "article_authors",
                queryset=ArticleAuthor.objects.select_related("author").order_by(
                    "sort_order", "pk"
                ),
            ),
        )
        .order_by("pk")
    )


def documents_refresh(article_ids: Iterable[int], words: Counter | None = None) -> int:
    """Index these pieces as they now are: the live ones stored, the others
    removed. Returns how many are in the index afterwards. `words`: count the
    new pieces' words into it, for the caller to store (Engine.store)."""
    stored = 0
    ids = iter(sorted(set(article_ids)))
    while batch := list(itertools.islice(ids, BATCH)):
        with transaction.atomic():
            articles = list(documents_queryset().filter(pk__in=batch))
            engine().store([article_document(article) for article in articles], words)
            gone = set(batch) - {article.pk for article in articles}
            if gone:
                engine().remove(gone)
        stored += len(articles)
    return stored


def documents_rebuild() -> int:
    """The index made again from every live piece, the magazine's words
    recounted (written once, at the end), then tidied (Engine.tidy) unless
    called inside a transaction. Returns the number of pieces indexed."""
    search_engine, words = engine(), Counter[str]()
    with transaction.atomic():
        search_engine.clear()
        indexed = documents_refresh(documents_queryset().values_list("pk", flat=True), words)
        search_engine.lexicon_store(words)
    if not transaction.get_connection().in_atomic_block:
        search_engine.tidy()
    return indexed
