"""Section, format, author and archive pages: rivers of teasers, newest first."""

import datetime
import re

import pytest
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models.river import RIVER_PAGE_SIZE

from .pages import html_of

pytestmark = pytest.mark.django_db


def headlines(html: str) -> list[str]:
    return re.findall(r'class="teaser__headline"><a href="[^"]+">([^<]+)</a>', html)


def days_ago(days: int):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def author(magazine):
    return AuthorPageFactory(title="Amara Okafor")


@pytest.fixture
def africa(magazine):
    return SectionPageFactory(title="Africa")


def test_a_section_lists_its_pieces_newest_first(client, africa, author):
    ArticlePageFactory(
        title="Older piece", section=africa, authors=[author], published_at=days_ago(3)
    )
    ArticlePageFactory(
        title="Newer piece", section=africa, authors=[author], published_at=days_ago(1)
    )
    ArticlePageFactory(title="Somewhere else", authors=[author])
    assert headlines(html_of(client, africa.url)) == ["Newer piece", "Older piece"]


def test_a_section_also_lists_pieces_filed_there_as_a_further_section(client, africa, author):
    ArticlePageFactory(title="Filed elsewhere too", further_sections=[africa], authors=[author])
    assert "Filed elsewhere too" in headlines(html_of(client, africa.url))


def test_a_long_river_is_paginated(client, africa, author):
    for number in range(RIVER_PAGE_SIZE + 2):
        ArticlePageFactory(
            title=f"Piece {number}", section=africa, authors=[author], published_at=days_ago(number)
        )
    first = html_of(client, africa.url)
    assert len(headlines(first)) == RIVER_PAGE_SIZE
    assert 'rel="next" href="?page=2"' in first
    second = html_of(client, f"{africa.url}?page=2")
    assert headlines(second) == [f"Piece {RIVER_PAGE_SIZE}", f"Piece {RIVER_PAGE_SIZE + 1}"]


def test_a_page_number_past_the_end_is_not_found(client, africa):
    assert client.get(f"{africa.url}?page=9").status_code == 404
    assert client.get(f"{africa.url}?page=abc").status_code == 404


def test_a_format_page_lists_only_its_format(client, magazine, author):
    ArticlePageFactory(title="An opinion", format_kind="opinion", authors=[author])
    ArticlePageFactory(title="An analysis", format_kind="analysis", authors=[author])
    opinion = magazine.formats["opinion"]
    assert headlines(html_of(client, opinion.url)) == ["An opinion"]


def test_the_brief_format_has_its_own_compact_listing(client, magazine, author):
    magazine.formats["brief"].title = "QiOSK"
    magazine.formats["brief"].save_revision().publish()
    ArticlePageFactory(title="A quick take", format_kind="brief", authors=[author])
    html = html_of(client, magazine.formats["brief"].url)
    assert "<h1>QiOSK</h1>" in html
    assert "teaser--compact" in html
    assert headlines(html) == ["A quick take"]


def test_an_author_page_lists_their_articles_with_their_bio(client, author):
    other = AuthorPageFactory(title="Lukas Brandt")
    ArticlePageFactory(title="Written together", authors=[other, author], published_at=days_ago(2))
    ArticlePageFactory(title="Written alone", authors=[author], published_at=days_ago(1))
    ArticlePageFactory(title="Not theirs", authors=[other])
    html = html_of(client, author.url)
    assert "<h1>Amara Okafor</h1>" in html
    assert "writes about security and diplomacy" in html
    assert headlines(html) == ["Written alone", "Written together"]


def test_teasers_carry_kicker_image_credit_and_an_expandable_excerpt(client, africa, author):
    ArticlePageFactory(
        title="With a teaser",
        section=africa,
        authors=[author],
        body=[("paragraph", "<p>The opening paragraph of the piece.</p>")],
    )
    html = html_of(client, africa.url)
    teaser = html.split('<article class="teaser')[1].split("</article>")[0]
    assert 'class="kicker__section"' in teaser and ">Africa</a>" in teaser
    assert "Top image credit:" in teaser and "Masthead illustration" in teaser
    assert "<details" in teaser and "<summary>" in teaser
    assert "Keep reading" in teaser and "Show less" in teaser
    assert "The opening paragraph of the piece." in teaser.split("<details")[1]


def test_the_archive_lists_every_piece(client, magazine, author):
    ArticlePageFactory(title="First", authors=[author], format_kind="news")
    ArticlePageFactory(title="Second", authors=[author], format_kind="brief")
    assert set(headlines(html_of(client, magazine.articles.url))) == {"First", "Second"}


def test_the_sections_index_lists_every_section(client, africa):
    SectionPageFactory(title="Europe")
    html = html_of(client, "/sections/")
    assert ">Africa</a>" in html and ">Europe</a>" in html


def test_the_authors_index_lists_every_author(client, author):
    assert ">Amara Okafor</a>" in html_of(client, "/authors/")


@pytest.mark.parametrize("where", ["section", "format", "author"])
def test_section_format_and_author_pages_offer_the_round_up_beside_the_list(
    client, magazine, africa, author, where
):
    ArticlePageFactory(title="A piece", section=africa, authors=[author], format_kind="news")
    url = {"section": africa.url, "format": magazine.formats["news"].url, "author": author.url}
    html = html_of(client, url[where])
    side = html.split('<aside class="listing-side"')[1].split("</aside>")[0]
    assert "The weekly round-up" in side
    assert 'href="/newsletter/archive/"' in side and 'href="#signup-heading"' in side
    assert 'id="signup-heading"' in html  # the box it sends readers to
