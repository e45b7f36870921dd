"""A corrected piece comes back to feed readers as an updated entry, and with
full text its content ends with the corrections, in RSS, Atom and JSON Feed."""

import datetime

import pytest

from masthead.articles.factories import ArticlePageFactory, paragraphs_body
from masthead.articles.models import ArticleCorrection, ArticlePage

from .reading import XML_FEED_URLS, entry_titled, json_feed, parsed

pytestmark = pytest.mark.django_db

TITLE = "The strait talks resume"
PUBLISHED = datetime.datetime(2026, 11, 2, 9, 30, tzinfo=datetime.UTC)
CORRECTIONS = (
    "<h2>Corrections</h2><ul>"
    '<li><time datetime="2026-11-28">28 November 2026</time>: The vote was on Tuesday.</li>'
    '<li><time datetime="2026-11-30">30 November 2026</time>: The minister is a woman.</li>'
    "</ul>"
)


@pytest.fixture
def piece(co_authors):
    return ArticlePageFactory(
        title=TITLE,
        authors=co_authors[:1],
        published_at=PUBLISHED,
        body=paragraphs_body("The talks resume on Monday.", "Both delegations are ready."),
    )


def correct(article, day: datetime.date, text: str) -> ArticlePage:
    page = ArticlePage.objects.get(pk=article.pk)
    page.corrections.add(ArticleCorrection(corrected_on=day, text=text))
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


@pytest.fixture
def corrected(piece):
    """The piece with two corrections, the second published last."""
    first = correct(piece, datetime.date(2026, 11, 28), "The vote was on Tuesday.")
    return correct(first, datetime.date(2026, 11, 30), "The minister is a woman.")


def seconds(moment: datetime.datetime) -> tuple:
    return moment.utctimetuple()[:6]


@pytest.mark.parametrize("url", XML_FEED_URLS)
def test_a_corrected_entry_is_updated_at_the_time_of_the_correction(client, corrected, url):
    entry = entry_titled(parsed(client, url), TITLE)
    assert entry.updated_parsed[:6] == seconds(corrected.updated_at)
    assert entry.updated_parsed[:6] == seconds(corrected.last_published_at)
    assert entry.published_parsed[:6] == seconds(PUBLISHED)


def test_a_corrected_json_feed_item_is_modified_at_the_time_of_the_correction(client, corrected):
    (item,) = [item for item in json_feed(client)["items"] if item["title"] == TITLE]
    assert item["date_modified"] == corrected.updated_at.isoformat()
    assert item["date_modified"] == corrected.last_published_at.isoformat()
    assert item["date_published"] == PUBLISHED.isoformat()


@pytest.mark.parametrize("url", XML_FEED_URLS)
def test_an_uncorrected_entry_is_updated_when_published(client, piece, url):
    entry = entry_titled(parsed(client, url), TITLE)
    assert entry.updated_parsed[:6] == seconds(PUBLISHED)


@pytest.mark.parametrize("url", XML_FEED_URLS)
def test_with_full_text_the_content_ends_with_the_corrections(client, corrected, full_text, url):
    (content,) = entry_titled(parsed(client, url), TITLE).content
    assert CORRECTIONS in content.value
    assert content.value.index("Both delegations are ready.") < content.value.index(CORRECTIONS)
    assert content.value.rstrip().endswith("</ul>")


def test_with_full_text_the_json_feed_content_ends_with_the_corrections(
    client, corrected, full_text
):
    (item,) = [item for item in json_feed(client)["items"] if item["title"] == TITLE]
    content = item["content_html"]
    assert CORRECTIONS in content
    assert content.index("Both delegations are ready.") < content.index(CORRECTIONS)


def test_without_full_text_the_content_has_no_corrections(client, corrected):
    (item,) = [item for item in json_feed(client)["items"] if item["title"] == TITLE]
    assert "Corrections" not in item["content_html"]
    for url in XML_FEED_URLS:
        assert "content" not in entry_titled(parsed(client, url), TITLE)


@pytest.mark.parametrize("url", XML_FEED_URLS)
def test_with_full_text_an_uncorrected_entry_has_no_corrections(client, piece, full_text, url):
    (content,) = entry_titled(parsed(client, url), TITLE).content
    assert "Corrections" not in content.value
