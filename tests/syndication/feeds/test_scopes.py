"""Which pieces each feed holds: the magazine's, a section's, a format's, an author's.

Every test here reads the same two pieces, built once for the module; tests
that need a magazine of other pieces are in test_scopes_own_pieces.py."""

import pytest

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory

from .pieces import analysis_build
from .reading import FEED_URLS, json_feed, titles_in

pytestmark = pytest.mark.django_db

ARTICLE = "A path forward for the strait talks"
FORMATS = ["rss", "atom", "json"]


def elsewhere_build():
    """A news piece by someone else, in another section."""
    return ArticlePageFactory(
        title="Elsewhere entirely",
        format_kind="news",
        section=SectionPageFactory(title="Europe"),
        authors=[AuthorPageFactory(title="Jonas Berg")],
    )


@pytest.fixture(scope="module", autouse=True)
def pieces(shared_rows):
    """The co-authored analysis and a piece elsewhere, there for every test."""
    with shared_rows():
        yield {"analysis": analysis_build(), "elsewhere": elsewhere_build()}


@pytest.fixture
def article(pieces):
    return pieces["analysis"].article


@pytest.fixture
def co_authors(pieces):
    return pieces["analysis"].co_authors


@pytest.fixture
def asia(pieces):
    return pieces["analysis"].asia


@pytest.fixture
def elsewhere(pieces):
    return pieces["elsewhere"]


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


@pytest.mark.parametrize(
    "url",
    [*FEED_URLS, "/feeds/section/asia-pacific/rss/", "/feeds/author/amara-okafor/atom/"],
)
def test_drafts_never_appear(client, article, co_authors, asia, url):
    ArticlePageFactory(title="Not ready yet", section=asia, authors=co_authors, live=False)
    assert "Not ready yet" not in titles_in(client, url)


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
