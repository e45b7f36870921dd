"""The search page: filters whose counts are what choosing them finds,
pagination that keeps the query and filters, bad input answered with a page,
constant queries, and the search box in every page's header."""

import datetime

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    paragraphs_body,
)
from masthead.articles.models import FormatKind
from masthead.images.factories import CreditedImageFactory
from masthead.search import results as search_results
from masthead.search import views

from .pages import filter_links, result_count, results

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def pieces(shared_rows):
    with shared_rows():
        yield pieces_build()


def pieces_build():
    now = timezone.now()
    arctic, pacific = SectionPageFactory(title="Arctic"), SectionPageFactory(title="Pacific")
    writers = [AuthorPageFactory(title=name) for name in ("Ana Ruiz", "Bo Lind", "Cy Okoro")]
    pieces = []
    for number in range(7):
        pieces.append(
            ArticlePageFactory(
                title=f"Icebreaker report number {number}",
                hero_image=None if number else CreditedImageFactory(),
                section=(arctic, pacific)[number % 2],
                further_sections=[pacific] if number == 0 else [],
                format_kind=(FormatKind.ANALYSIS, FormatKind.BRIEF, FormatKind.NEWS)[number % 3],
                authors=writers[: 1 + number % 3],
                published_at=now - datetime.timedelta(days=200 * number),
                body=paragraphs_body("Icebreakers are the fleet nobody counts."),
            )
        )
    return pieces


def search(client, **parameters):
    return client.get("/search/", parameters).content.decode()


def test_every_filter_count_is_what_choosing_it_finds(client):
    html = search(client, q="icebreaker")
    assert result_count(html) == 7
    links = filter_links(html)
    labels = {label for _, label, _ in links}
    assert {"Arctic", "Pacific", "Ana Ruiz", "Cy Okoro", "Analysis", "News"} <= labels
    for address, label, count in links:
        assert result_count(client.get(f"/search/{address}").content.decode()) == count, label


def test_counts_inside_a_chosen_filter_are_what_choosing_them_finds_too(client):
    html = search(client, q="icebreaker", section=section_id(client, "Arctic"))
    for address, label, count in filter_links(html):
        if label == "Arctic":  # the chosen one: its link removes it
            assert result_count(html) == count
            continue
        assert result_count(client.get(f"/search/{address}").content.decode()) == count, label


def section_id(client, title):
    html = search(client, q="icebreaker")
    address = next(a for a, label, _ in filter_links(html) if label == title)
    return address.split("section=")[1].split("&")[0]


def test_a_piece_in_two_sections_counts_in_both(client):
    counts = {label: count for _, label, count in filter_links(search(client, q="icebreaker"))}
    # Four pieces filed under Arctic first, three under Pacific, one of them also in Pacific.
    assert (counts["Arctic"], counts["Pacific"]) == (4, 4)


def test_a_chosen_filter_can_be_removed(client):
    html = search(client, q="icebreaker", section=section_id(client, "Arctic"))
    chosen = [a for a, label, _ in filter_links(html) if label == "Arctic"]
    assert chosen == ["?q=icebreaker"]
    assert 'aria-current="true"' in html


def test_pages_keep_the_query_and_the_filters(client, monkeypatch):
    monkeypatch.setattr(search_results, "PAGE_SIZE", 2)
    html = search(client, q="icebreaker", sort="newest", format=format_id(client, "Analysis"))
    assert result_count(html) == 3
    assert results(html) == ["Icebreaker report number 0", "Icebreaker report number 3"]
    next_address = html.split('rel="next" href="')[1].split('"')[0].replace("&amp;", "&")
    assert "q=icebreaker" in next_address and "sort=newest" in next_address
    assert "format=" in next_address
    assert results(client.get(f"/search/{next_address}").content.decode()) == [
        "Icebreaker report number 6"
    ]


def format_id(client, title):
    html = search(client, q="icebreaker")
    address = next(a for a, label, _ in filter_links(html) if label == title)
    return address.split("format=")[1].split("&")[0]


@pytest.mark.parametrize(
    "parameters",
    [
        {"q": ""},
        {"q": "x" * 10_000},
        {"q": '"unbalanced'},
        {"q": "&|!():*\\"},
        {"q": "icebreaker & | ! ( ) : * \\ ' <->"},
        {"q": "icebreaker", "page": "abc"},
        {"q": "icebreaker", "page": "999999"},
        {"q": "icebreaker", "page": "-3"},
        {"q": "icebreaker", "section": "abc"},
        {"q": "icebreaker", "author": "1 OR 1=1"},
        {"q": "icebreaker", "year": "99999999999"},
        {"q": "icebreaker", "topic": "12\x00"},
        {"q": "\x00"},
    ],
)
def test_bad_input_gets_a_page_never_a_server_error(client, parameters):
    response = client.get("/search/", parameters)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="search"' in html and "could not be run" not in html


def test_a_filter_that_is_not_a_number_is_left_out_and_the_page_says_so(client):
    html = search(client, q="icebreaker", section="abc")
    assert result_count(html) == 7
    assert "was not understood and was left out" in html


def test_a_page_past_the_last_shows_the_last(client):
    html = search(client, q="icebreaker", page="40")
    assert result_count(html) == 7 and len(results(html)) == 7


def test_results_take_the_same_queries_however_many_match(client, pieces):
    ArticlePageFactory(title="Tundra one", authors=[AuthorPageFactory()])
    search(client, q="tundra")  # its pictures' renditions made: not what is measured
    with CaptureQueriesContext(connection) as few:
        search(client, q="tundra")
    for number in range(4):
        ArticlePageFactory(
            title=f"Tundra {number}",
            section=SectionPageFactory(),
            authors=[AuthorPageFactory(), AuthorPageFactory()],
        )
    search(client, q="tundra")
    with CaptureQueriesContext(connection) as many:
        html = search(client, q="tundra")
    assert result_count(html) == 5
    assert len(many) == len(few)


def test_a_failing_search_gives_a_message_not_a_server_error(client, monkeypatch):
    def broken(*args):
        raise DatabaseError("the index is away")

    monkeypatch.setattr(views, "search_run", broken)
    response = client.get("/search/", {"q": "icebreaker"})
    assert response.status_code == 200
    assert "could not be run just now" in response.content.decode()


def test_the_search_page_is_kept_out_of_search_engines(client):
    assert '<meta name="robots" content="noindex">' in search(client, q="icebreaker")


def test_every_page_has_the_search_box_in_its_header(client, pieces):
    for address in ("/", pieces[0].url, "/search/"):
        html = client.get(address).content.decode()
        header = html.split('<header class="site-header">')[1].split("</header>")[0]
        assert '<form class="site-search__form" role="search" aria-label="Site"' in header
        assert 'method="get" action="/search/"' in header
        assert 'name="q"' in header
