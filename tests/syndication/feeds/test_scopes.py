"""Which pieces each feed holds: the magazine's, a section's, a format's, an author's."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.images.factories import CreditedImageFactory

from .reading import FEED_URLS, json_feed, titles_in

pytestmark = pytest.mark.django_db

ARTICLE = "A path forward for the strait talks"
FORMATS = ["rss", "atom", "json"]


@pytest.fixture
def elsewhere(magazine):
    """A news piece by someone else, in another section."""
    return ArticlePageFactory(
        title="Elsewhere entirely",
        format_kind="news",
        section=SectionPageFactory(title="Europe"),
        authors=[AuthorPageFactory(title="Jonas Berg")],
    )


@pytest.mark.parametrize("feed_format", FORMATS)
def test_a_section_feed_lists_only_the_sections_pieces(client, article, elsewhere, feed_format):
    titles = titles_in(client, f"/feeds/section/asia-pacific/{feed_format}/")
    assert titles == [ARTICLE]


def test_a_section_feed_includes_pieces_filed_there_as_a_further_section(
    client, article, elsewhere
):
    assert titles_in(client, "/feeds/section/trade/rss/") == [ARTICLE]


@pytest.mark.parametrize("feed_format", FORMATS)
def test_a_format_feed_lists_only_that_formats_pieces(client, article, elsewhere, feed_format):
    assert titles_in(client, f"/feeds/format/news/{feed_format}/") == ["Elsewhere entirely"]


@pytest.mark.parametrize("feed_format", FORMATS)
def test_an_author_feed_lists_only_their_pieces(client, article, elsewhere, feed_format):
    assert titles_in(client, f"/feeds/author/lukas-brandt/{feed_format}/") == [ARTICLE]


def test_a_scoped_feed_is_named_after_its_page_and_links_it(client, article):
    feed = json_feed(client, "/feeds/section/asia-pacific/json/")
    assert feed["title"] == "Masthead: Asia-Pacific"
    assert feed["home_page_url"] == "http://testserver/sections/asia-pacific/"
    assert feed["feed_url"] == "http://testserver/feeds/section/asia-pacific/json/"


def test_the_magazine_feed_lists_everything_newest_first(client, article, elsewhere):
    assert titles_in(client, "/feeds/rss/") == ["Elsewhere entirely", ARTICLE]


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


@pytest.mark.parametrize(
    "url",
    [*FEED_URLS, "/feeds/section/asia-pacific/rss/", "/feeds/author/amara-okafor/atom/"],
)
def test_drafts_never_appear(client, article, co_authors, asia, url):
    ArticlePageFactory(title="Not ready yet", section=asia, authors=co_authors, live=False)
    assert "Not ready yet" not in titles_in(client, url)


def test_a_private_piece_never_appears(client, article):
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    assert titles_in(client, "/feeds/json/") == []


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/section/no-such-section/rss/",
        "/feeds/format/no-such-format/atom/",
        "/feeds/author/no-such-author/json/",
        "/feeds/tag/asia-pacific/rss/",
        "/feeds/section/asia-pacific/csv/",
    ],
)
def test_an_unknown_feed_is_not_found(client, article, url):
    assert client.get(url).status_code == 404


def test_a_draft_sections_feed_is_not_found(client, magazine):
    SectionPageFactory(title="Arctic", live=False)
    assert client.get("/feeds/section/arctic/rss/").status_code == 404


def test_a_slug_of_another_kind_is_not_found(client, article):
    assert client.get("/feeds/author/asia-pacific/rss/").status_code == 404


@pytest.mark.parametrize("url", FEED_URLS)
def test_a_public_feed_sets_no_cookie(client, article, url):
    response = client.get(url)
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("url", FEED_URLS)
def test_feed_urls_come_from_the_site_record_not_the_host_header(client, article, url):
    body = client.get(url, HTTP_HOST="localhost").content.decode()
    assert "http://testserver/" in body
    assert "localhost" not in body


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
