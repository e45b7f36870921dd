"""What an RSS or Atom reader finds in the magazine's feeds.

Every test here reads the same two pieces, built once for the module; a feed
that must hold one piece alone is in test_rss_atom_markup.py."""

import pytest

from .pieces import analysis_build, republished_build
from .reading import XML_FEED_URLS, entry_titled, parsed

pytestmark = pytest.mark.django_db

ARTICLE = "A path forward for the strait talks"


@pytest.fixture(scope="module")
def pieces(shared_rows):
    with shared_rows():
        yield {"article": analysis_build().article, "republished": republished_build()}


@pytest.fixture
def article(pieces):
    return pieces["article"]


@pytest.fixture
def republished(pieces):
    return pieces["republished"]


@pytest.fixture(params=XML_FEED_URLS, ids=["rss", "atom"])
def feed(request, client, article, republished):
    return parsed(client, request.param)


def test_the_feed_names_the_magazine_and_links_its_front_page(feed):
    assert feed.feed.title == "Masthead"
    assert feed.feed.link == "http://testserver/"
    assert feed.feed.language == "en-gb"


def test_the_feed_links_itself_with_an_absolute_address(feed):
    (self_link,) = [link for link in feed.feed.links if link.rel == "self"]
    assert self_link.href in {"http://testserver/feeds/rss/", "http://testserver/feeds/atom/"}


def test_an_entry_has_the_headline_and_links_the_article(feed, article):
    entry = entry_titled(feed, ARTICLE)
    assert entry.link == f"http://testserver{article.url}"
    assert entry.id == f"http://testserver{article.url}"


def test_the_summary_is_the_dek(feed):
    entry = entry_titled(feed, ARTICLE)
    assert "<p>A new report outlines a path forward.</p>" in entry.summary


def test_every_co_author_is_listed_in_byline_order(feed):
    entry = entry_titled(feed, ARTICLE)
    assert [author.name for author in entry.authors] == [
        "Amara Okafor",
        "Lukas Brandt",
        "Mei Tanaka",
    ]


def test_an_entry_carries_its_publication_and_update_dates(feed, article):
    entry = entry_titled(feed, ARTICLE)
    published = article.published_at.utctimetuple()
    updated = article.updated_at.utctimetuple()
    assert entry.published_parsed[:6] == published[:6]
    assert entry.updated_parsed[:6] == updated[:6]


def test_the_format_and_every_section_are_categories(feed):
    entry = entry_titled(feed, ARTICLE)
    assert [tag.term for tag in entry.tags] == ["Analysis", "Asia-Pacific", "Trade"]


def test_the_hero_image_comes_with_its_credit_and_licence(feed):
    entry = entry_titled(feed, ARTICLE)
    (media,) = entry.media_content
    assert media["url"].startswith("http://testserver/media/images/")
    assert media["medium"] == "image"
    assert (media["width"], media["height"]) == ("1200", "675")
    assert entry.media_credit == [{"content": "State Department photo"}]
    assert entry.media_license["href"] == "https://creativecommons.org/publicdomain/mark/1.0/"


def test_the_summary_prints_the_picture_with_its_credit(feed):
    summary = entry_titled(feed, ARTICLE).summary
    assert '<img alt="Two delegations facing each other across a long table"' in summary
    assert "Credit: State Department photo" in summary


def test_a_republished_piece_links_our_page_and_carries_its_attribution(feed, republished):
    entry = entry_titled(feed, "The Bunker")
    assert entry.link == f"http://testserver{republished.url}"
    assert (
        "The Bunker appears originally at The Oversight Ledger and is republished here "
        "with permission." in entry.summary
    )
    assert 'href="https://ledger.example.org/columns/the-bunker/"' in entry.summary


def test_without_full_text_an_entry_has_no_content(feed):
    assert "content" not in entry_titled(feed, ARTICLE)


@pytest.mark.parametrize("url", XML_FEED_URLS)
def test_with_full_text_an_entry_carries_the_body(client, article, full_text, url):
    (content,) = entry_titled(parsed(client, url), ARTICLE).content
    assert content.type == "text/html"
    assert "Both delegations have new instructions." in content.value


@pytest.mark.parametrize("url", XML_FEED_URLS)
def test_links_in_the_full_text_are_absolute(client, article, full_text, url):
    (content,) = entry_titled(parsed(client, url), ARTICLE).content
    assert 'href="http://testserver/sections/trade/"' in content.value
    assert 'src="/media/' not in content.value


def test_an_rss_item_names_each_author_in_its_own_dc_creator(client, article):
    xml = client.get("/feeds/rss/").content.decode()
    assert 'xmlns:dc="http://purl.org/dc/elements/1.1/"' in xml
    for name in ("Amara Okafor", "Lukas Brandt", "Mei Tanaka"):
        assert f"<dc:creator>{name}</dc:creator>" in xml


def test_an_rss_guid_is_the_permalink(client, article):
    entry = entry_titled(parsed(client, "/feeds/rss/"), ARTICLE)
    assert entry.guidislink is False  # given explicitly, not guessed from <link>
    assert f'<guid isPermaLink="true">http://testserver{article.url}</guid>' in (
        client.get("/feeds/rss/").content.decode()
    )


def test_atom_authors_link_their_pages(client, article):
    entry = entry_titled(parsed(client, "/feeds/atom/"), ARTICLE)
    assert [author.href for author in entry.authors] == [
        "http://testserver/authors/amara-okafor/",
        "http://testserver/authors/lukas-brandt/",
        "http://testserver/authors/mei-tanaka/",
    ]


def test_atom_links_the_hero_image_as_an_enclosure(client, article):
    entry = entry_titled(parsed(client, "/feeds/atom/"), ARTICLE)
    (enclosure,) = [link for link in entry.links if link.rel == "enclosure"]
    assert enclosure.href == entry.media_content[0]["url"]
    assert enclosure.type == "image/jpeg"


def test_atom_points_a_republished_piece_via_the_original(client, republished):
    entry = entry_titled(parsed(client, "/feeds/atom/"), "The Bunker")
    (via,) = [link for link in entry.links if link.rel == "via"]
    assert via.href == "https://ledger.example.org/columns/the-bunker/"
