"""Searches with many results, made small: results in tiers (every word in the
headline, then in the headline, dek and names, then anywhere; the newest
first in each), pages that follow on across the tiers, the same order however
the engine finds the newest, and counts estimated from a sample above a limit,
said to be estimates. Runs on the database under test."""

import datetime
import re

import pytest
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, SectionPageFactory, paragraphs_body
from masthead.search import results as search_results
from masthead.search.engines import base, engine
from masthead.search.query import query_parse
from masthead.search.results import Filters, search_run
from masthead.search.views import count_text

from .pages import filter_links, result_count

pytestmark = pytest.mark.django_db

PLAIN_DEK = "A reading of the year's spending plans."
ESTIMATED_COUNT = re.compile(
    r'<a href="[^"]+">([^<]+) <span class="search-filter__count">~([\d,]+)</span>'
)


@pytest.fixture(scope="module", autouse=True)
def convoys(shared_rows):
    with shared_rows():
        yield convoys_build()


def convoys_build():
    """Twelve pieces about convoys: four in the headline, four in the dek
    only, four in the body only, their dates interleaved across the tiers."""
    now = timezone.now()
    north, south = SectionPageFactory(title="North"), SectionPageFactory(title="South")
    tiers = {"headline": [], "dek": [], "body": []}
    for number in range(12):
        tier = ("headline", "dek", "body")[number % 3]
        article = ArticlePageFactory(
            title=f"Convoy escorts, part {number}" if tier == "headline" else f"Part {number}",
            dek="Why the convoy is back." if tier == "dek" else PLAIN_DEK,
            hero_image=None,
            section=(north, south)[number % 2],
            published_at=now - datetime.timedelta(days=10 * number),
            body=paragraphs_body(
                "Shipping lanes are busy this winter.",
                "A convoy sailed at dawn." if tier == "body" else "Nothing sailed at dawn.",
            ),
        )
        tiers[tier].append(article)
    return {"tiers": tiers, "north": north, "south": south}


def convoy_ids(**kwargs) -> list[int]:
    return engine().ids(query_parse("convoys"), [], offset=0, limit=50, **kwargs)


def test_headline_matches_come_first_then_deks_then_bodies_each_newest_first(convoys):
    expected = [
        article.pk for tier in ("headline", "dek", "body") for article in convoys["tiers"][tier]
    ]
    assert convoy_ids(newest_first=False) == expected


def test_pages_follow_on_across_the_tiers_without_a_gap_or_a_repeat(convoys, monkeypatch):
    monkeypatch.setattr(search_results, "PAGE_SIZE", 5)
    pages = [search_run(query_parse("convoys"), Filters(), page) for page in (1, 2, 3)]
    shown = [ref.pk for results in pages for ref in results.articles]
    assert shown == convoy_ids(newest_first=False)
    assert [results.page_count for results in pages] == [3, 3, 3]


@pytest.mark.parametrize("newest_first", [False, True])
def test_the_order_is_the_same_whether_the_engine_walks_the_dates_or_sorts_the_matches(
    newest_first,
):
    # A known count of matches lets the engine choose: a huge one walks the
    # newest pieces testing each; a small one sorts what the indexes return.
    walked = convoy_ids(newest_first=newest_first, matches=10**9)
    sorted_ = convoy_ids(newest_first=newest_first, matches=1)
    assert walked == sorted_ == convoy_ids(newest_first=newest_first)
    assert len(walked) == 12


@pytest.fixture
def limit(monkeypatch):
    """Set the limit above which counts are estimated from one piece in two,
    on either database (the SQLite engine counts a sample when told)."""
    monkeypatch.setattr(type(engine()), "samples", True)
    monkeypatch.setattr(base, "SAMPLES", (2,))
    monkeypatch.setattr(base, "SAMPLED_MATCHES", 1)
    return lambda above: monkeypatch.setattr(base, "EXACT_UP_TO", above)


def search(client, text, **filters):
    return client.get("/search/", {"q": text, **filters}).content.decode()


def every(convoys) -> list:
    return [article for tier in convoys["tiers"].values() for article in tier]


def estimate(articles) -> int:
    """What the one-in-two sample says: twice the pieces in it (by scrambled id)."""
    in_sample = [a for a in articles if a.pk * base.SAMPLE_MULTIPLIER % 2**32 < 2**31]
    return 2 * len(in_sample)


def estimated_filter_links(html: str) -> dict[str, int]:
    """The filters whose count is marked as an estimate ("~12"), by label."""
    return {label: int(count.replace(",", "")) for label, count in ESTIMATED_COUNT.findall(html)}


def test_above_the_limit_the_total_is_estimated_from_the_sample_and_says_about(
    client, convoys, limit
):
    limit(estimate(every(convoys)) - 1)
    html = search(client, "convoys")
    assert f"About {estimate(every(convoys))} results for" in html
    assert "~ marks a count estimated from a sample of the matches." in html
    # Every piece is still there to read: only the counting is sampled.
    results = search_run(query_parse("convoys"), Filters())
    assert results.estimated and len(results.articles) == 12


def test_an_estimated_filter_count_is_what_choosing_that_filter_shows(client, convoys, limit):
    limit(min(estimate(every(convoys)), 4) - 1)
    counts = estimated_filter_links(search(client, "convoys"))
    for name in ("North", "South"):
        section = convoys[name.lower()]
        in_section = [article for article in every(convoys) if article.section_id == section.pk]
        assert counts.get(name, 0) == estimate(in_section)  # none in the sample: not shown
        chosen = search(client, "convoys", section=section.pk)
        if estimate(in_section) > base.EXACT_UP_TO:  # estimated too: the same sample
            assert f"About {counts[name]} results" in chosen
        else:  # few enough to count: exact
            assert result_count(chosen) == len(in_section)


def test_below_the_limit_every_count_is_exact(client, convoys, limit):
    limit(estimate(every(convoys)))
    html = search(client, "convoys")
    assert result_count(html) == 12
    assert "About" not in html.split('role="status">')[1].split("</p>")[0]
    assert "search-filters__note" not in html and not estimated_filter_links(html)
    counts = {label: count for _, label, count in filter_links(html)}
    assert (counts["North"], counts["South"]) == (6, 6)


@pytest.mark.parametrize(
    ("count", "estimated", "shown"),
    [
        (7, False, "7"),
        (12345, False, "12,345"),
        (64, True, "~64"),
        (1170, True, "~1,200"),
        (99456, True, "~99,000"),
        (8016, True, "~8,000"),
    ],
)
def test_an_estimate_is_printed_to_two_significant_figures_and_marked(count, estimated, shown):
    assert count_text(count, estimated) == shown


def test_a_page_past_the_results_of_an_estimate_says_so_and_leads_back(
    client, convoys, limit, monkeypatch
):
    monkeypatch.setattr(search_results, "PAGE_SIZE", 2)
    limit(estimate(every(convoys)) - 1)
    last = -(-estimate(every(convoys)) // 2)
    html = search(client, "convoys", page=last)
    past_the_end = (last - 1) * 2 >= 12  # the estimate says more than there are
    assert ("No more results: the count above is an estimate" in html) == past_the_end
    assert ('href="?q=convoys">Back to the first page</a>' in html) == past_the_end
    assert (html.count('class="search-result"') == 0) == past_the_end
