"""The most-read rail on the front page and section pages: today's and this
week's most read live pieces, as the scheduler last worked them out, and the
pages purged when, and only when, their lists change."""

import re

import pytest

from masthead.articles.factories import ArticlePageFactory, SectionPageFactory
from masthead.articles.models import ArticlePage
from masthead.articles.models.most_read import most_read_rank, most_read_select
from masthead.articles.most_read_lists import most_read_refresh
from masthead.core import purge as purging
from masthead.core.components import render_component
from masthead.readership.factories import daily_reads_create

from .pages import html_of, region

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def mag(shared_rows):
    with shared_rows():
        europe = SectionPageFactory(title="Europe")
        asia = SectionPageFactory(title="Asia")
        pieces = {
            "grain": ArticlePageFactory(title="Grain", section=europe),
            "gas": ArticlePageFactory(title="Gas", section=europe),
            "ports": ArticlePageFactory(title="Ports", section=asia),
            # In Asia first, in Europe too.
            "straits": ArticlePageFactory(title="Straits", section=asia, further_sections=[europe]),
        }
        yield {"europe": europe, "asia": asia, **pieces}


@pytest.fixture
def reads(mag):
    """Reads for the last days (today first), then the lists worked out, as the scheduler does."""

    def record(**counts):
        for name, days in counts.items():
            daily_reads_create(mag[name], days)
        return most_read_refresh()

    return record


def rail_of(html: str) -> dict[str, list[str]]:
    """The rail's headlines by period, as a reader sees them."""
    if 'class="most-read"' not in html:
        return {}
    periods = {}
    for part in region(html, "most-read").split('class="most-read__period">')[1:]:
        label = re.search(r"<h\d>([^<]+)</h\d>", part).group(1)
        periods[label] = re.findall(r'<li><a href="/[^"]+">([^<]+)</a></li>', part)
    return periods


def test_the_front_page_shows_the_most_read_today_and_this_week(client, mag, reads):
    reads(grain=[1, 9], gas=[3], ports=[2, 2], straits=[0, 1])
    html = html_of(client, "/")
    assert rail_of(html) == {
        "Today": ["Gas", "Ports", "Grain"],
        "This week": ["Grain", "Ports", "Gas", "Straits"],
    }
    assert '<h2 id="most-read-heading" class="rail-heading">Most read</h2>' in html


def test_a_period_nobody_read_is_left_out_and_an_empty_rail_is_not_shown(client, mag, reads):
    assert rail_of(html_of(client, "/")) == {}
    reads(grain=[0, 2])
    assert rail_of(html_of(client, "/")) == {"This week": ["Grain"]}


def test_a_section_page_ranks_only_the_section_s_pieces(client, mag, reads):
    reads(grain=[1], gas=[4], ports=[10], straits=[2])
    html = html_of(client, mag["europe"].url)
    assert rail_of(html) == {
        "Today": ["Gas", "Straits", "Grain"],
        "This week": ["Gas", "Straits", "Grain"],
    }
    side = html.split('<aside class="listing-side"')[1].split("</aside>")[0]
    assert 'aria-labelledby="most-read-heading listing-side-heading"' in side
    assert "Most read<span" in side and "in Europe</span>" in side
    assert rail_of(html_of(client, mag["asia"].url))["Today"] == ["Ports", "Straits"]


def test_the_rail_shows_the_lists_as_last_worked_out(client, mag, reads):
    """So a page drawn afresh agrees with the copies in the cache until the
    next refresh purges them all."""
    reads(grain=[2], gas=[1])
    daily_reads_create(mag["gas"], [0, 50])
    assert rail_of(html_of(client, "/"))["This week"] == ["Grain", "Gas"]
    most_read_refresh()
    assert rail_of(html_of(client, "/"))["This week"] == ["Gas", "Grain"]


def test_an_unpublished_piece_leaves_the_rail_at_once(client, mag, reads):
    reads(grain=[5], gas=[1])
    ArticlePage.objects.get(pk=mag["grain"].pk).unpublish()
    assert rail_of(html_of(client, "/"))["Today"] == ["Gas"]


def test_ranking_takes_one_query_and_the_rail_two(mag, reads, django_assert_num_queries):
    reads(grain=[1], gas=[2], ports=[3], straits=[4])
    with django_assert_num_queries(1):
        assert most_read_rank(7, mag["europe"]) == [
            mag["straits"].pk,
            mag["gas"].pk,
            mag["grain"].pk,
        ]
    with django_assert_num_queries(2):
        rail = most_read_select(mag["europe"])
    assert [article.pk for article in rail.week] == [
        mag["straits"].pk,
        mag["gas"].pk,
        mag["grain"].pk,
    ]


def test_pages_showing_a_rail_carry_its_key_even_while_it_is_empty(client, mag):
    assert "most-read" in client.get("/")["xkey"].split()
    europe = client.get(mag["europe"].url)["xkey"].split()
    assert f"most-read-{mag['europe'].pk}" in europe and "most-read" not in europe
    assert not any(
        key.startswith("most-read") for key in client.get(mag["grain"].url)["xkey"].split()
    )


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    """The keys purged by each refresh."""
    settings.MASTHEAD_CACHE_PURGER = "memory"
    purging.memory_purges.clear()

    def refresh():
        purging.memory_purges.clear()
        with django_capture_on_commit_callbacks(execute=True):
            most_read_refresh()
        return set().union(*(keys for keys, _ in purging.memory_purges))

    yield refresh
    purging.memory_purges.clear()


def test_a_refresh_purges_the_pages_whose_lists_changed_and_no_others(mag, purged):
    europe, asia = mag["europe"].pk, mag["asia"].pk
    daily_reads_create(mag["grain"], [3])
    assert purged() == {"most-read", f"most-read-{europe}"}
    assert purged() == set()  # nothing changed: the cached pages stay
    daily_reads_create(mag["ports"], [1])
    assert purged() == {"most-read", f"most-read-{asia}"}
    daily_reads_create(mag["gas"], [0, 1])  # a new second in Europe's week, not today
    assert purged() == {"most-read", f"most-read-{europe}"}


def test_the_rail_component_prints_nothing_for_empty_lists(mag):
    empty = most_read_select()
    assert render_component("articles/components/most_read.html", rail=empty).strip() == ""
