"""A headline with markup characters, in RSS and Atom feeds that hold that
piece alone (so it is built for each test, not shared as in test_rss_atom.py)."""

import pytest

from masthead.articles.factories import ArticlePageFactory

from .reading import XML_FEED_URLS, parsed

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", XML_FEED_URLS)
def test_a_headline_with_markup_characters_reads_as_written(client, co_authors, url):
    ArticlePageFactory(title="Q&A: <what> the treaty says", authors=co_authors[:1])
    assert [entry.title for entry in parsed(client, url).entries] == ["Q&A: <what> the treaty says"]
