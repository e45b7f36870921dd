"""Related pieces under an article: the editor's pins first, then the pieces
sharing most with it (topics, authors, section, rarer words), newest first
among equals; never the piece itself, never a piece twice, never one that is
not live; the same queries however many candidates there are."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    TopicPageFactory,
    paragraphs_body,
)
from masthead.articles.models import ArticlePage, RelatedPin
from masthead.articles.models.related import related_article_ids

from .pages import headlines, html_of, region

pytestmark = pytest.mark.django_db


def days_ago(days: int):
    return timezone.now() - datetime.timedelta(days=days)


def piece(title: str, days: int = 1, **fields) -> ArticlePage:
    # Text of its own, so that only what a test gives pieces in common is shared.
    fields.setdefault("dek", f"{title}.")
    fields.setdefault("body", paragraphs_body(f"{title}."))
    return ArticlePageFactory(title=title, published_at=days_ago(days), **fields)


def related_titles(client, article: ArticlePage) -> list[str]:
    """The headlines the article page prints under 'Related', in order."""
    html = html_of(client, article.url)
    return headlines(region(html, "related")) if 'class="related"' in html else []


def test_a_piece_sharing_a_topic_comes_before_newer_ones_that_only_share_the_section(client):
    section = SectionPageFactory()
    drones = TopicPageFactory(title="Drones")
    article = piece("The drone war at sea", section=section, topics=[drones])
    for n in range(3):
        piece(f"Budget notes {n}", days=1, section=section)
    on_topic = piece(
        "Swarms over the harbour", days=30, section=SectionPageFactory(), topics=[drones]
    )
    titles = related_titles(client, article)
    assert titles[0] == on_topic.title
    assert len(titles) == 3
    assert article.title not in titles


def test_a_shared_author_counts_and_more_shared_counts_more():
    author, coauthor = AuthorPageFactory(), AuthorPageFactory()
    article = piece("Ports and power", section=SectionPageFactory(), authors=[author, coauthor])
    one_shared = piece(
        "A note by one of them", days=2, section=SectionPageFactory(), authors=[author]
    )
    both_shared = piece(
        "A note by both", days=5, section=SectionPageFactory(), authors=[coauthor, author]
    )
    piece("Unrelated", days=1, section=SectionPageFactory())
    ids = related_article_ids(article, ArticlePage.objects.live(), 3)
    assert ids == [both_shared.pk, one_shared.pk]


def test_pieces_alike_in_their_rarer_words_are_found_across_sections():
    article = piece(
        "Desalination plants and the Gulf's water bargain",
        dek="Desalination capacity is the new strategic reserve.",
        section=SectionPageFactory(),
    )
    alike = piece(
        "Who guards the desalination plants",
        dek="Air defence for water, not oil.",
        days=40,
        section=SectionPageFactory(),
    )
    piece("A desalination note", days=3, section=SectionPageFactory())  # 'desalination' in 3 pieces
    piece("Shipping insurance rates rise", days=1, section=SectionPageFactory())
    ids = related_article_ids(article, ArticlePage.objects.live(), 3)
    assert alike.pk in ids
    assert ArticlePage.objects.get(title="Shipping insurance rates rise").pk not in ids


def test_the_editors_pins_come_first_in_their_order_and_a_pin_taken_down_is_skipped(client):
    section = SectionPageFactory()
    first, second, withdrawn = (
        piece("Pinned first", days=300, section=SectionPageFactory()),
        piece("Pinned second", days=200, section=SectionPageFactory()),
        piece("Pinned, then unpublished", days=100, section=SectionPageFactory()),
    )
    newest_in_section = piece("Newest in the section", days=1, section=section)
    article = piece("The piece", section=section, related_pins=[withdrawn, second, first])
    withdrawn.unpublish()
    titles = related_titles(client, article)
    assert titles == [second.title, first.title, newest_in_section.title]


def test_a_piece_cannot_be_pinned_to_itself():
    article = piece("A piece")
    with pytest.raises(ValidationError) as refused:
        RelatedPin(article=article, pinned=article).full_clean()
    assert "cannot be related to itself" in str(refused.value)


def test_no_piece_twice_and_never_one_not_live():
    section = SectionPageFactory()
    topic = TopicPageFactory(title="Sanctions")
    author = AuthorPageFactory()
    article = piece("Sanctions and shipping", section=section, topics=[topic], authors=[author])
    shares_everything = piece(
        "Sanctions, again", days=3, section=section, topics=[topic], authors=[author]
    )
    draft = piece("Sanctions draft", section=section, topics=[topic], authors=[author], live=False)
    ids = related_article_ids(article, ArticlePage.objects.live(), 3)
    assert ids == [shares_everything.pk]
    assert draft.pk not in ids


def test_choosing_takes_the_same_queries_with_more_topics_authors_and_candidates():
    def magazine(size: int) -> ArticlePage:
        section = SectionPageFactory()
        topics = [TopicPageFactory() for _ in range(size)]
        authors = [AuthorPageFactory() for _ in range(size)]
        for n in range(size * 3):
            piece(
                f"Candidate {n} on maritime insurance",
                days=n + 1,
                section=section,
                topics=topics[: n % size + 1],
                authors=authors[: n % size + 1],
            )
        elsewhere = piece(f"Pinned from another section ({size})", section=SectionPageFactory())
        return piece(
            "Maritime insurance after the strait closes",
            section=section,
            topics=topics,
            authors=authors,
            related_pins=[elsewhere],
        )

    def queries_choosing(article) -> int:
        with CaptureQueriesContext(connection) as queries:
            ids = related_article_ids(article, ArticlePage.objects.live(), 3)
        assert len(ids) == 3
        return len(queries)

    small, large = magazine(1), magazine(4)
    assert queries_choosing(small) == queries_choosing(large)
