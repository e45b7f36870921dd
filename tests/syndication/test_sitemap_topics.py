"""The sitemap lists each live topic's page and the topics index, dated by the
newest change among the pieces they list."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def day(text: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def lastmods(client) -> dict[str, str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    return {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in root.iter(f"{SITEMAP}url")
    }


@pytest.fixture(scope="module")
def dates(shared_rows):
    """The sitemap's dates, read once: two topics with pieces, one without,
    one offline."""
    with shared_rows():
        drones, sanctions = TopicPageFactory(title="Drones"), TopicPageFactory(title="Sanctions")
        TopicPageFactory(title="Taiwan")
        TopicPageFactory(title="Hypersonics", live=False)
        author = AuthorPageFactory()
        ArticlePageFactory(authors=[author], topics=[drones], published_at=day("2026-03-02T08:00"))
        ArticlePageFactory(
            authors=[author],
            topics=[drones, sanctions],
            published_at=day("2026-04-01T08:00"),
            updated_at=day("2026-05-06T08:00"),
        )
        ArticlePageFactory(
            authors=[author], topics=[sanctions], published_at=day("2026-06-09T08:00"), live=False
        )
        yield lastmods(Client())


def test_a_topic_is_dated_by_the_newest_change_among_its_live_pieces(dates):
    assert dates["http://testserver/topics/drones/"] == "2026-05-06"
    assert dates["http://testserver/topics/sanctions/"] == "2026-05-06"


def test_a_topic_without_pieces_is_dated_by_its_own_publication(dates):
    assert dates["http://testserver/topics/taiwan/"] == timezone.localdate().isoformat()


def test_the_topics_index_is_dated_by_its_topics_newest_piece(dates):
    assert dates["http://testserver/topics/"] == "2026-05-06"


def test_a_topic_taken_offline_is_left_out(dates):
    assert "http://testserver/topics/hypersonics/" not in dates
