"""Topics: each topic's page lists its live pieces with its feeds, the topics
index lists them A to Z with their counts, and an article names and links its
topics after its text and in its JSON-LD `keywords`."""

import datetime
from functools import partial

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    TopicPageFactory,
)
from masthead.articles.models import TopicPage, listing
from masthead.articles.models.river import paginate_river
from masthead.articles.models.topics import topics_a_to_z
from masthead.images.factories import CreditedImageFactory

from .pages import canonical_of, headlines, html_of, json_ld_of, meta, og

pytestmark = pytest.mark.django_db

DRONES_INTRO = "Uncrewed aircraft, boats and seabed vehicles, and what they change."


def days_ago(days: int):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture(scope="module")
def pieces(shared_rows):
    with shared_rows():
        made = pieces_build()
        client = Client()
        for piece in made.values():  # makes the pictures' renditions once, for every test
            client.get(piece.url)
        yield made


def pieces_build() -> dict:
    drones = TopicPageFactory(title="Drones", intro=DRONES_INTRO)
    sanctions = TopicPageFactory(title="Sanctions")
    taiwan = TopicPageFactory(title="Taiwan")
    offline = TopicPageFactory(title="Hypersonics", live=False)
    author = AuthorPageFactory()
    section = SectionPageFactory(title="Europe")
    image = CreditedImageFactory()

    def piece(title, days, topics, **fields):
        return ArticlePageFactory(
            title=title,
            section=section,
            authors=[author],
            hero_image=image,
            published_at=days_ago(days),
            topics=topics,
            **fields,
        )

    return {
        "drones": drones,
        "sanctions": sanctions,
        "taiwan": taiwan,
        "older": piece("Who builds the drones", 3, [drones]),
        "newer": piece("Drones over the shadow fleet", 1, [sanctions, drones, offline]),
        "draft": piece("A drone piece still in draft", 0, [drones], live=False),
        "elsewhere": piece("Reading a sanctions listing", 2, [sanctions]),
        "untagged": piece("A piece about nothing in particular", 2, []),
    }


def topics_line(html: str):
    """The article's "Topics" line, or None."""
    return BeautifulSoup(html, "html.parser").select_one("article.article .article-topics")


def links_of(line) -> list[tuple[str, str]]:
    return [(link.get_text(), link["href"]) for link in line.find_all("a")]


# -- the topic's page ---------------------------------------------------------


def test_a_topic_page_lists_exactly_its_live_pieces_newest_first(client, pieces):
    assert pieces["drones"].url == "/topics/drones/"
    html = html_of(client, "/topics/drones/")
    assert headlines(html) == ["Drones over the shadow fleet", "Who builds the drones"]


def test_a_topic_page_says_what_the_topic_covers_in_the_page_and_its_share_card(client, pieces):
    html = html_of(client, "/topics/drones/")
    header = BeautifulSoup(html, "html.parser").select_one(".listing-header")
    assert header.select_one(".listing-header__eyebrow").get_text() == "Topic"
    assert header.h1.get_text() == "Drones"
    assert header.select_one(".listing-header__intro").get_text() == DRONES_INTRO
    assert meta(html, "name", "description") == [DRONES_INTRO]
    assert og(html, "title") == "Drones"
    assert og(html, "description") == DRONES_INTRO
    assert canonical_of(html) == "http://testserver/topics/drones/"


def test_a_topic_page_advertises_its_own_feeds_before_the_magazines(client, pieces):
    soup = BeautifulSoup(html_of(client, "/topics/drones/"), "html.parser")
    feeds = [(link["type"], link["href"]) for link in soup.select('link[rel="alternate"]')]
    assert feeds[:3] == [
        ("application/rss+xml", "http://testserver/feeds/topic/drones/rss/"),
        ("application/atom+xml", "http://testserver/feeds/topic/drones/atom/"),
        ("application/feed+json", "http://testserver/feeds/topic/drones/json/"),
    ]


def test_a_topic_river_is_paginated(client, pieces, monkeypatch):
    monkeypatch.setattr(listing, "paginate_river", partial(paginate_river, per_page=1))
    first = html_of(client, "/topics/drones/")
    assert headlines(first) == ["Drones over the shadow fleet"]
    assert 'rel="next" href="?page=2"' in first
    assert headlines(html_of(client, "/topics/drones/?page=2")) == ["Who builds the drones"]
    assert client.get("/topics/drones/?page=3").status_code == 404


def test_a_topic_with_no_pieces_yet_answers_with_an_empty_river(client, pieces):
    assert headlines(html_of(client, "/topics/taiwan/")) == []


def test_a_topic_taken_offline_has_no_page(client, pieces):
    assert client.get("/topics/hypersonics/").status_code == 404


# -- the topics index ---------------------------------------------------------


def test_the_topics_index_counts_each_live_topics_live_pieces_a_to_z(magazine, pieces):
    counted = [(topic.title, topic.article_count) for topic in topics_a_to_z(magazine.topics)]
    assert counted == [("Drones", 2), ("Sanctions", 2), ("Taiwan", 0)]


def test_the_topics_index_page_links_each_topic_with_its_count(client, pieces):
    items = BeautifulSoup(html_of(client, "/topics/"), "html.parser").select("main li")
    assert [item.get_text() for item in items] == [
        f"Drones (2 pieces): {DRONES_INTRO}",
        "Sanctions (2 pieces): Our reporting and analysis on Sanctions.",
        "Taiwan (0 pieces): Our reporting and analysis on Taiwan.",
    ]
    assert [item.a["href"] for item in items] == [
        "/topics/drones/",
        "/topics/sanctions/",
        "/topics/taiwan/",
    ]


# -- the article --------------------------------------------------------------


def test_the_article_links_its_live_topics_a_to_z_after_its_text(client, pieces):
    line = topics_line(html_of(client, pieces["newer"].url))
    assert line.get_text() == "Topics: Drones, Sanctions"
    assert links_of(line) == [("Drones", "/topics/drones/"), ("Sanctions", "/topics/sanctions/")]
    assert line.find_previous_sibling(class_="article__body") is not None


def test_an_article_without_topics_has_no_topics_line(client, pieces):
    assert topics_line(html_of(client, pieces["untagged"].url)) is None


def test_json_ld_keywords_are_the_names_of_the_live_topics(client, pieces):
    data, _breadcrumbs = json_ld_of(html_of(client, pieces["newer"].url))
    assert data["keywords"] == ["Drones", "Sanctions"]


def test_an_article_without_topics_has_no_keywords(client, pieces):
    data, _breadcrumbs = json_ld_of(html_of(client, pieces["untagged"].url))
    assert "keywords" not in data


def test_the_share_card_tags_the_article_with_its_topics(client, pieces):
    html = html_of(client, pieces["newer"].url)
    assert meta(html, "property", "article:tag") == ["Drones", "Sanctions"]


def test_a_renamed_topic_shows_its_new_name_with_fragments_warm(client, pieces):
    html_of(client, pieces["newer"].url)  # its fragments are kept
    sanctions = TopicPage.objects.get(pk=pieces["sanctions"].pk)
    sanctions.title = "Sanctions and Export Controls"
    sanctions.slug = "sanctions-and-export-controls"
    sanctions.save_revision().publish()
    html = html_of(client, pieces["newer"].url)
    assert links_of(topics_line(html))[1] == (
        "Sanctions and Export Controls",
        "/topics/sanctions-and-export-controls/",
    )
    assert json_ld_of(html)[0]["keywords"] == ["Drones", "Sanctions and Export Controls"]


def test_a_topic_taken_offline_is_no_longer_linked_with_fragments_warm(client, pieces):
    html_of(client, pieces["newer"].url)
    TopicPage.objects.get(pk=pieces["sanctions"].pk).unpublish()
    html = html_of(client, pieces["newer"].url)
    assert topics_line(html).get_text() == "Topics: Drones"
    assert json_ld_of(html)[0]["keywords"] == ["Drones"]
