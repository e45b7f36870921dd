"""Pages advertise the feeds in their <head>, for readers' feed discovery."""

import re

import pytest
from django.template.loader import render_to_string

from tests.articles.pages import html_of

pytestmark = pytest.mark.django_db

MAGAZINE_FEEDS = [
    ("application/rss+xml", "Masthead (RSS)", "http://testserver/feeds/rss/"),
    ("application/atom+xml", "Masthead (Atom)", "http://testserver/feeds/atom/"),
    ("application/feed+json", "Masthead (JSON Feed)", "http://testserver/feeds/json/"),
]


def feed_links_in(html: str) -> list[tuple[str, str, str]]:
    head = html.split("</head>")[0]
    return re.findall(r'<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)">', head)


def test_the_front_page_advertises_the_magazines_feeds(client, magazine):
    assert feed_links_in(html_of(client, "/")) == MAGAZINE_FEEDS


def test_an_article_advertises_the_magazines_feeds(client, article):
    assert feed_links_in(html_of(client, article.url)) == MAGAZINE_FEEDS


def test_a_section_page_advertises_its_own_feeds_then_the_magazines(client, asia):
    assert feed_links_in(html_of(client, asia.url)) == [
        (
            "application/rss+xml",
            "Masthead: Asia-Pacific (RSS)",
            "http://testserver/feeds/section/asia-pacific/rss/",
        ),
        (
            "application/atom+xml",
            "Masthead: Asia-Pacific (Atom)",
            "http://testserver/feeds/section/asia-pacific/atom/",
        ),
        (
            "application/feed+json",
            "Masthead: Asia-Pacific (JSON Feed)",
            "http://testserver/feeds/section/asia-pacific/json/",
        ),
        *MAGAZINE_FEEDS,
    ]


def test_a_format_page_advertises_its_own_feeds(client, magazine):
    links = feed_links_in(html_of(client, "/analysis/"))
    assert links[0] == (
        "application/rss+xml",
        "Masthead: Analysis (RSS)",
        "http://testserver/feeds/format/analysis/rss/",
    )


def test_an_author_page_advertises_their_own_feeds(client, co_authors):
    links = feed_links_in(html_of(client, co_authors[0].url))
    assert links[2] == (
        "application/feed+json",
        "Masthead: Amara Okafor (JSON Feed)",
        "http://testserver/feeds/author/amara-okafor/json/",
    )


def test_every_advertised_feed_answers(client, article, asia):
    for _, _, url in feed_links_in(html_of(client, asia.url)):
        assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_advertised_addresses_ignore_the_host_header(client, asia):
    html = html_of(client, asia.url)
    assert feed_links_in(client.get(asia.url, HTTP_HOST="localhost").content.decode()) == (
        feed_links_in(html)
    )


def test_the_feed_links_component_prints_one_link_per_feed():
    html = render_to_string(
        "components/feed_links.html",
        {"feeds": [{"type": "application/rss+xml", "title": "A & B", "url": "https://x.example/"}]},
    )
    assert html.strip() == (
        '<link rel="alternate" type="application/rss+xml" title="A &amp; B" '
        'href="https://x.example/">'
    )
