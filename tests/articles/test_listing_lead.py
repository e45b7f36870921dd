"""Section, format and author pages open with their newest piece shown large
(the lead), on the first page of their list only."""

import datetime
import itertools

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models.river import RIVER_PAGE_SIZE
from masthead.core import fragments

from .pages import html_of

pytestmark = pytest.mark.django_db


def days_ago(days: int):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def author(magazine):
    return AuthorPageFactory(title="Amara Okafor")


@pytest.fixture
def europe(magazine):
    return SectionPageFactory(title="Europe")


@pytest.fixture
def pieces(europe, author):
    """Three analyses in Europe by the same author, the newest first."""
    return [
        ArticlePageFactory(
            title=f"Piece {number}",
            dek=f"What piece {number} argues.",
            section=europe,
            authors=[author],
            format_kind="analysis",
            published_at=days_ago(number + 1),
        )
        for number in range(3)
    ]


def teasers(html: str):
    return BeautifulSoup(html, "html.parser").select("main .river > li > article.teaser")


def is_lead(teaser) -> bool:
    return "teaser--lead" in teaser["class"]


def headline(teaser) -> str:
    return teaser.select_one(".teaser__headline").get_text()


def url_of(where, magazine, europe, author) -> str:
    return {
        "section": europe.url,
        "format": magazine.formats["analysis"].url,
        "author": author.url,
    }[where]


@pytest.mark.parametrize("where", ["section", "format", "author"])
def test_the_newest_piece_opens_the_list_large(client, magazine, europe, author, pieces, where):
    first, *rest = teasers(html_of(client, url_of(where, magazine, europe, author)))
    assert is_lead(first)
    assert headline(first) == "Piece 0"
    assert first.select_one(".kicker__section").get_text() == "Europe"
    assert first.select_one(".teaser__dek").get_text() == "What piece 0 argues."
    assert first.select_one(".byline").get_text() == "By Amara Okafor"
    # The large picture: the hero's sizes, fetched at once, with its credit under it.
    picture = first.select_one("figure.teaser__image picture")
    assert picture.img["srcset"].endswith(" 1200w")
    assert picture.img["fetchpriority"] == "high" and not picture.img.has_attr("loading")
    assert "Top image credit:" in first.select_one("figure .credit-caption").get_text()
    # Then the rest of the list as before: ordinary teasers, pictures fetched lazily.
    assert [headline(teaser) for teaser in rest] == ["Piece 1", "Piece 2"]
    assert not any(is_lead(teaser) for teaser in rest)
    for teaser in rest:
        img = teaser.select_one("picture img")
        assert img["loading"] == "lazy" and not img.has_attr("fetchpriority")
        assert img["srcset"].endswith(" 640w")


@pytest.mark.parametrize("where", ["section", "format", "author"])
def test_the_round_up_box_stays_beside_the_list(client, magazine, europe, author, pieces, where):
    html = html_of(client, url_of(where, magazine, europe, author))
    main = BeautifulSoup(html, "html.parser").select_one("main")
    side = main.find("aside", class_="listing-side", recursive=False)
    assert side is not None and "The weekly round-up" in side.get_text()


def test_the_second_page_of_a_list_has_no_lead(client, europe, author):
    for number in range(RIVER_PAGE_SIZE + 2):
        ArticlePageFactory(
            title=f"Piece {number}", section=europe, authors=[author], published_at=days_ago(number)
        )
    first_page = teasers(html_of(client, europe.url))
    assert [is_lead(teaser) for teaser in first_page] == [True] + [False] * (RIVER_PAGE_SIZE - 1)
    second_page = teasers(html_of(client, f"{europe.url}?page=2"))
    assert [headline(teaser) for teaser in second_page] == [
        f"Piece {RIVER_PAGE_SIZE}",
        f"Piece {RIVER_PAGE_SIZE + 1}",
    ]
    assert not any(is_lead(teaser) for teaser in second_page)
    # Its first picture is still the first a reader sees, in the teaser's size.
    img = second_page[0].select_one("picture img")
    assert img["fetchpriority"] == "high" and img["srcset"].endswith(" 640w")


def test_the_briefs_stay_a_compact_list(client, magazine, author):
    for number in range(2):
        ArticlePageFactory(title=f"Quick take {number}", format_kind="brief", authors=[author])
    listed = teasers(html_of(client, magazine.formats["brief"].url))
    assert len(listed) == 2
    assert all("teaser--compact" in teaser["class"] for teaser in listed)
    assert not any(is_lead(teaser) for teaser in listed)


def test_a_newer_piece_takes_the_lead_with_fragments_warm(client, europe, author, pieces):
    html_of(client, europe.url)  # the teasers are kept
    ArticlePageFactory(title="Breaking piece", section=europe, authors=[author])
    first, second, *_ = teasers(html_of(client, europe.url))
    assert is_lead(first) and headline(first) == "Breaking piece"
    assert not is_lead(second) and headline(second) == "Piece 0"


def queries_to_render(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("where", ["section", "author"])
def test_a_first_page_with_its_lead_takes_no_more_queries_than_a_page_without(
    client, monkeypatch, europe, author, where
):
    for number in range(RIVER_PAGE_SIZE + 3):
        ArticlePageFactory(section=europe, authors=[author], published_at=days_ago(number))
    url = {"section": europe.url, "author": author.url}[where]
    releases = itertools.count()

    def cold_and_warm(url: str) -> tuple[int, int]:
        client.get(url)  # makes the image renditions, not measured
        release = f"release {next(releases)}"
        monkeypatch.setattr(fragments, "source_digest", lambda: release)
        return queries_to_render(client, url), queries_to_render(client, url)

    assert cold_and_warm(url) == cold_and_warm(f"{url}?page=2")
