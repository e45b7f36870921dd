"""Readers search the published articles.

Every test here runs with the same three pieces, built once for the module."""

import re

import pytest
from django.db import DatabaseError, connection
from django.test.utils import CaptureQueriesContext

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, paragraphs_body
from masthead.search import views

pytestmark = pytest.mark.django_db


def headlines(html: str) -> list[str]:
    return re.findall(r'class="teaser__headline"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture(scope="module", autouse=True)
def pieces(shared_rows):
    with shared_rows():
        yield pieces_build()


def pieces_build():
    author = AuthorPageFactory()
    return [
        ArticlePageFactory(
            title="Grain corridors in the Black Sea",
            authors=[author],
            body=paragraphs_body("Shipping insurance rates doubled after the strikes."),
        ),
        ArticlePageFactory(title="Drone procurement in Europe", authors=[author]),
        ArticlePageFactory(title="A grain draft", authors=[author], live=False),
    ]


def test_a_search_finds_published_pieces_by_headline(client, pieces):
    html = client.get("/search/", {"q": "grain"}).content.decode()
    assert headlines(html) == ["Grain corridors in the Black Sea"]
    assert "1 result for" in html


def test_a_search_finds_words_in_the_body(client, pieces):
    assert headlines(client.get("/search/", {"q": "insurance"}).content.decode()) == [
        "Grain corridors in the Black Sea"
    ]


def test_no_match_says_so(client, pieces):
    assert "Nothing matches" in client.get("/search/", {"q": "zeppelin"}).content.decode()


def test_the_search_page_without_a_query_shows_the_form(client, magazine):
    html = client.get("/search/").content.decode()
    assert 'role="search"' in html and "Nothing matches" not in html


def test_results_take_the_same_queries_however_many_match(client, magazine):
    author = AuthorPageFactory()
    ArticlePageFactory(title="Sanctions one", authors=[author])
    client.get("/search/", {"q": "sanctions"})
    with CaptureQueriesContext(connection) as few:
        client.get("/search/", {"q": "sanctions"})
    for n in range(5):
        ArticlePageFactory(title=f"Sanctions {n}", authors=[author, AuthorPageFactory()])
    client.get("/search/", {"q": "sanctions"})
    with CaptureQueriesContext(connection) as many:
        client.get("/search/", {"q": "sanctions"})
    assert len(many) == len(few)


@pytest.mark.parametrize(
    "typed",
    [
        '"',
        'grain"',
        '"grain',
        "grain\x00",
        "\x00",
        "grain OR",
        "AND",
        "NOT grain",
        "*",
        "gr*",
        "(grain",
        "NEAR(grain drone)",
        "grain -drone",
        "grain:corridors",
        "'",
        "\\",
        "^grain",
    ],
)
def test_query_syntax_typed_by_a_reader_is_treated_as_words(client, pieces, typed):
    response = client.get("/search/", {"q": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="search"' in html and "could not be run" not in html


def test_quoted_words_still_find_what_they_name(client, pieces):
    html = client.get("/search/", {"q": '"grain corridors"'}).content.decode()
    assert headlines(html) == ["Grain corridors in the Black Sea"]


def test_a_failing_search_backend_gives_a_message_not_a_server_error(client, pieces, monkeypatch):
    def broken(words, page_number):
        raise DatabaseError("fts5: syntax error near")

    monkeypatch.setattr(views, "search_results", broken)
    response = client.get("/search/", {"q": "grain"})
    assert response.status_code == 200
    assert "could not be run just now" in response.content.decode()
