"""Helpers to read the feeds as a feed reader would."""

import json

import feedparser

FEED_URLS = ["/feeds/rss/", "/feeds/atom/", "/feeds/json/"]
XML_FEED_URLS = FEED_URLS[:2]


def parsed(client, url: str):
    """The feed at `url`, parsed by feedparser; it must be well-formed."""
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def json_feed(client, url: str = "/feeds/json/") -> dict:
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    assert response["Content-Type"] == "application/feed+json; charset=utf-8"
    return json.loads(response.content)


def titles_in(client, url: str) -> list[str]:
    """The entry titles of any of the three formats."""
    if "/json/" in url:
        return [item["title"] for item in json_feed(client, url)["items"]]
    return [entry.title for entry in parsed(client, url).entries]


def entry_titled(feed, title: str):
    (entry,) = [entry for entry in feed.entries if entry.title == title]
    return entry
