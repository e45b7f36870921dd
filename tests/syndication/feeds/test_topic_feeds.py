"""Each topic has its own feeds, in RSS, Atom and JSON Feed, holding the live
pieces tagged with it; every entry names its topics among its categories."""

import datetime

import pytest
from django.utils import timezone

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    TopicPageFactory,
)

from .reading import entry_titled, json_feed, parsed, titles_in

pytestmark = pytest.mark.django_db

FORMATS = ["rss", "atom", "json"]
DRONES_INTRO = "Uncrewed aircraft, boats and seabed vehicles, and what they change."


@pytest.fixture(scope="module", autouse=True)
def pieces(shared_rows):
    """Two pieces tagged Drones (one also Sanctions), one tagged Sanctions, and a
    draft tagged Drones; built once for the module."""
    with shared_rows():
        drones = TopicPageFactory(title="Drones", intro=DRONES_INTRO)
        sanctions = TopicPageFactory(title="Sanctions", intro="")
        section = SectionPageFactory(title="Europe")
        author = AuthorPageFactory(title="Ines Moreau")
        now = timezone.now()

        def piece(title, hours_ago, topics, **fields):
            return ArticlePageFactory(
                title=title,
                section=section,
                authors=[author],
                topics=topics,
                published_at=now - datetime.timedelta(hours=hours_ago),
                **fields,
            )

        yield {
            "older": piece("Who builds the drones", 5, [drones]),
            "newer": piece("Drones over the shadow fleet", 2, [sanctions, drones]),
            "sanctions only": piece("Reading a sanctions listing", 1, [sanctions]),
            "draft": piece("A drone piece still in draft", 0, [drones], live=False),
        }


@pytest.mark.parametrize("feed_format", FORMATS)
def test_a_topic_feed_lists_only_the_topics_live_pieces_newest_first(client, feed_format):
    titles = titles_in(client, f"/feeds/topic/drones/{feed_format}/")
    assert titles == ["Drones over the shadow fleet", "Who builds the drones"]


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_a_topic_feed_is_named_after_the_topic_and_links_its_page(client, feed_format):
    feed = parsed(client, f"/feeds/topic/drones/{feed_format}/").feed
    assert feed.title == "Masthead: Drones"
    assert feed.link == "http://testserver/topics/drones/"
    assert feed.subtitle == DRONES_INTRO


def test_a_topic_json_feed_gives_its_own_address(client):
    feed = json_feed(client, "/feeds/topic/drones/json/")
    assert feed["title"] == "Masthead: Drones"
    assert feed["home_page_url"] == "http://testserver/topics/drones/"
    assert feed["feed_url"] == "http://testserver/feeds/topic/drones/json/"
    assert feed["description"] == DRONES_INTRO


def test_a_topic_without_a_description_says_what_the_feed_holds(client):
    feed = json_feed(client, "/feeds/topic/sanctions/json/")
    assert feed["description"] == "The latest pieces on Sanctions."


def test_entries_name_their_topics_among_their_categories(client):
    entry = entry_titled(parsed(client, "/feeds/rss/"), "Drones over the shadow fleet")
    assert [tag.term for tag in entry.tags] == ["Analysis", "Europe", "Drones", "Sanctions"]


def test_json_feed_items_name_their_topics_among_their_tags(client):
    items = json_feed(client)["items"]
    (item,) = [item for item in items if item["title"] == "Who builds the drones"]
    assert item["tags"] == ["Analysis", "Europe", "Drones"]


@pytest.mark.parametrize("url", ["/feeds/topic/no-such-topic/rss/", "/feeds/topic/europe/rss/"])
def test_a_feed_of_no_topic_is_not_found(client, url):
    assert client.get(url).status_code == 404
