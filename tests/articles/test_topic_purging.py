"""A topic's page and feeds, and the topics index, are purged from the page
cache when a piece tagged with the topic is published, changed or unpublished,
and when the topic itself changes; other topics' pages stay cached.

As in tests/serving/test_purge_keys.py: each page's surrogate keys are read,
a change is made as an editor makes it, and the keys it purged are compared
with every page's.
"""

import pytest
from django.urls import reverse

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    TopicPageFactory,
    paragraphs_body,
)
from masthead.articles.models import ArticlePage, TopicPage
from masthead.core import purge as purging

pytestmark = pytest.mark.django_db


class Magazine:
    """Two topics, each tagging one piece; each piece in a section of its own,
    with no words in common (so neither is related to the other)."""

    def __init__(self):
        self.drones = TopicPageFactory(title="Drones")
        self.sanctions = TopicPageFactory(title="Sanctions")
        self.x = self.piece("Europe", "Baltic ferries", [self.drones])
        self.y = self.piece("Asia", "Mekong dams", [self.sanctions])

    @staticmethod
    def piece(section_title, title, topics, **fields):
        return ArticlePageFactory(
            title=title,
            dek=f"{title}.",
            body=paragraphs_body(f"{title}."),
            section=SectionPageFactory(title=section_title),
            authors=[AuthorPageFactory()],
            topics=topics,
            **fields,
        )

    def pages(self) -> dict[str, str]:
        def topic_feed(topic):
            kwargs = {"kind": "topic", "slug": topic.slug, "feed_format": "atom"}
            return reverse("syndication:scoped_feed", kwargs=kwargs)

        return {
            "x": self.x.url,
            "y": self.y.url,
            "drones": self.drones.url,
            "drones feed": topic_feed(self.drones),
            "sanctions": self.sanctions.url,
            "sanctions feed": topic_feed(self.sanctions),
            "index": "/topics/",
            "feed": reverse("syndication:feed", kwargs={"feed_format": "rss"}),
        }


@pytest.fixture(scope="module")
def mag(shared_rows):
    with shared_rows():
        yield Magazine()


@pytest.fixture(params=["cold fragments", "warm fragments"])
def page_keys(request, client, mag):
    """Each page's surrogate keys before the change, drawn afresh or served
    from the fragments an earlier render kept."""
    if request.param == "warm fragments":
        for url in mag.pages().values():
            client.get(url)
    found = {}
    for name, url in mag.pages().items():
        response = client.get(url)
        assert response.status_code == 200, name
        found[name] = set(response["xkey"].split())
    return found


@pytest.fixture
def purge_of(settings, page_keys, django_capture_on_commit_callbacks):
    """The pages whose keys the change made by `change()` purged."""
    settings.MASTHEAD_CACHE_PURGER = "memory"
    purging.memory_purges.clear()

    def hit_by(change) -> set[str]:
        with django_capture_on_commit_callbacks(execute=True):
            change()
        purged = {key for keys, _urls in purging.memory_purges for key in keys}
        return {name for name, keys in page_keys.items() if keys & purged}

    yield hit_by
    purging.memory_purges.clear()


def test_a_new_piece_tagged_with_a_topic_purges_that_topics_page_and_feeds(mag, purge_of):
    hit = purge_of(lambda: Magazine.piece("Africa", "Sahel grain", [mag.drones]))
    assert hit == {"drones", "drones feed", "index", "feed"}


def test_tagging_a_piece_with_another_topic_purges_that_topics_page_and_feeds(mag, purge_of):
    def tag():
        y = ArticlePage.objects.get(pk=mag.y.pk)
        y.topics.add(TopicPage.objects.get(pk=mag.drones.pk))
        y.save_revision().publish()

    hit = purge_of(tag)
    assert hit == {"y", "drones", "drones feed", "sanctions", "sanctions feed", "index", "feed"}


def test_a_changed_piece_purges_the_pages_and_feeds_of_its_topics(mag, purge_of):
    def retitle():
        x = ArticlePage.objects.get(pk=mag.x.pk)
        x.title = "A new headline"
        x.save_revision().publish()

    assert purge_of(retitle) == {"x", "drones", "drones feed", "index", "feed"}


def test_unpublishing_a_tagged_piece_purges_its_topics_page_and_feeds(mag, purge_of):
    hit = purge_of(lambda: ArticlePage.objects.get(pk=mag.x.pk).unpublish())
    assert hit == {"x", "drones", "drones feed", "index", "feed"}


def test_a_renamed_topic_purges_its_page_feeds_the_index_and_the_pieces_naming_it(mag, purge_of):
    def rename():
        drones = TopicPage.objects.get(pk=mag.drones.pk)
        drones.title = "Uncrewed Systems"
        drones.save_revision().publish()

    # The magazine's feed names each entry's topics among its categories.
    assert purge_of(rename) == {"drones", "drones feed", "index", "x", "feed"}
