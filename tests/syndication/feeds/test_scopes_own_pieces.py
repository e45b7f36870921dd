"""Which pieces a feed holds, in a magazine each test fills itself (its
assertions are about the whole feed): no more than the thirty newest, never a
private piece, and the same queries for three pieces as for ten."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.images.factories import CreditedImageFactory

from .reading import titles_in

pytestmark = pytest.mark.django_db


def test_a_feed_holds_the_thirty_newest_pieces(client, magazine):
    section, author, image = SectionPageFactory(), AuthorPageFactory(), CreditedImageFactory()
    now = timezone.now()
    for age in range(31):
        ArticlePageFactory(
            title=f"Piece {age}",
            section=section,
            authors=[author],
            hero_image=image,
            published_at=now - datetime.timedelta(hours=age),
        )
    titles = titles_in(client, "/feeds/json/")
    assert titles == [f"Piece {age}" for age in range(30)]


def test_a_private_piece_never_appears(client, article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    assert titles_in(client, "/feeds/json/") == []


def queries_to_read(client, url: str) -> int:
    client.get(url)  # the first read makes image renditions (file writes), not measured
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_pieces(count: int, section, authors):
    for _ in range(count):
        ArticlePageFactory(
            section=section,
            authors=authors,
            further_sections=[section],
            hero_image=CreditedImageFactory(),
        )


@pytest.mark.parametrize(
    "url",
    ["/feeds/rss/", "/feeds/section/asia-pacific/atom/", "/feeds/author/amara-okafor/json/"],
)
def test_a_feed_takes_the_same_queries_for_three_pieces_as_for_ten(
    client, co_authors, asia, full_text, url
):
    add_pieces(3, asia, co_authors)
    count_three = queries_to_read(client, url)
    add_pieces(7, asia, co_authors[:1])
    count_ten = queries_to_read(client, url)
    assert count_ten == count_three
    assert count_three <= 15
