"""A small magazine to read the feeds of: a co-authored piece, a republished one.

The fixtures here build their pieces for each test; a module whose tests only
read them builds them once instead (see pieces.py and `shared_rows`)."""

import pytest

from masthead.core.models import SiteSettings

from .pieces import article_build, asia_build, co_authors_build, republished_build, trade_build


@pytest.fixture
def co_authors(magazine):
    return co_authors_build()


@pytest.fixture
def asia(magazine):
    return asia_build()


@pytest.fixture
def trade(magazine):
    return trade_build()


@pytest.fixture
def article(co_authors, asia, trade):
    """An analysis by three authors in Asia-Pacific, also filed under Trade."""
    return article_build(co_authors, asia, trade)


@pytest.fixture
def republished(magazine):
    return republished_build()


@pytest.fixture
def full_text(magazine):
    site_settings = SiteSettings.for_site(magazine.home.get_site())
    site_settings.full_text_in_feeds = True
    site_settings.save()
    return site_settings
