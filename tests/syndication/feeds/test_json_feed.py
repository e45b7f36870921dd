"""The JSON Feed 1.1, checked against the spec's required keys and our fields.

Every test here reads the same two pieces, built once for the module."""

import pytest

from .pieces import analysis_build, republished_build
from .reading import json_feed

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


def item_titled(feed: dict, title: str) -> dict:
    (item,) = [item for item in feed["items"] if item["title"] == title]
    return item


def test_the_feed_has_the_keys_the_spec_requires(client, article):
    feed = json_feed(client)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Masthead"
    assert isinstance(feed["items"], list)


def test_the_feed_gives_its_addresses_description_and_language(client, article):
    feed = json_feed(client)
    assert feed["home_page_url"] == "http://testserver/"
    assert feed["feed_url"] == "http://testserver/feeds/json/"
    assert feed["description"]
    assert feed["language"] == "en-gb"


def test_every_item_has_an_id_and_content(client, article, republished):
    for item in json_feed(client)["items"]:
        assert isinstance(item["id"], str) and item["id"]
        assert item.get("content_html") or item.get("content_text")


def test_no_key_is_a_private_extension(client, article, republished):
    feed = json_feed(client)
    keys = set(feed) | {key for item in feed["items"] for key in item}
    assert not [key for key in keys if key.startswith("_")]


def test_an_item_links_the_article_and_summarises_it_with_the_dek(client, article):
    item = item_titled(json_feed(client), ARTICLE)
    assert item["id"] == item["url"] == f"http://testserver{article.url}"
    assert item["summary"] == "A new report outlines a path forward."


def test_an_item_lists_every_author_with_their_page(client, article):
    item = item_titled(json_feed(client), ARTICLE)
    assert item["authors"] == [
        {"name": "Amara Okafor", "url": "http://testserver/authors/amara-okafor/"},
        {"name": "Lukas Brandt", "url": "http://testserver/authors/lukas-brandt/"},
        {"name": "Mei Tanaka", "url": "http://testserver/authors/mei-tanaka/"},
    ]


def test_an_item_gives_its_dates_in_rfc_3339(client, article):
    item = item_titled(json_feed(client), ARTICLE)
    assert item["date_published"] == article.published_at.isoformat()
    assert item["date_modified"] == article.updated_at.isoformat()


def test_an_item_is_tagged_with_its_format_and_sections(client, article):
    assert item_titled(json_feed(client), ARTICLE)["tags"] == ["Analysis", "Asia-Pacific", "Trade"]


def test_the_image_is_absolute_and_its_credit_is_in_the_content(client, article):
    item = item_titled(json_feed(client), ARTICLE)
    assert item["image"].startswith("http://testserver/media/images/")
    assert f'<img src="{item["image"]}"' in item["content_html"]
    assert "Credit: State Department photo" in item["content_html"]


def test_without_full_text_the_content_is_the_summary(client, article):
    content = item_titled(json_feed(client), ARTICLE)["content_html"]
    assert "<p>A new report outlines a path forward.</p>" in content
    assert "Both delegations have new instructions." not in content


def test_with_full_text_the_content_is_the_whole_piece(client, article, full_text):
    content = item_titled(json_feed(client), ARTICLE)["content_html"]
    assert "Both delegations have new instructions." in content
    assert 'href="http://testserver/sections/trade/"' in content


def test_a_republished_item_names_its_partner_and_points_at_the_original(client, republished):
    item = item_titled(json_feed(client), "The Bunker")
    assert item["url"] == f"http://testserver{republished.url}"
    assert item["external_url"] == "https://ledger.example.org/columns/the-bunker/"
    attribution = (
        "The Bunker appears originally at The Oversight Ledger and is republished here "
        "with permission."
    )
    assert attribution in item["summary"]
    assert attribution in item["content_html"]


def test_our_own_pieces_have_no_external_url(client, article):
    assert "external_url" not in item_titled(json_feed(client), ARTICLE)
