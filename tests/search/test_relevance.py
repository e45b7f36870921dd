"""What readers find: stemming, common words, phrases, names, weights, the
newest first among equals, and a suggestion for a misspelt word. Runs on the
database under test (FTS5 on SQLite, text search on PostgreSQL)."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    paragraphs_body,
)

from .pages import result_count, results

pytestmark = pytest.mark.django_db

BALTIC = "The Baltic Sea Cable Problem Has No Naval Solution"
RED_SEA = "Shipping Insurers Price In the Red Sea"
SEA_POWER = "Why Sea Power Still Matters"
DOCTRINE = "Drone Doctrine in Transition"
BUDGET = "What the Budget Buys"


@pytest.fixture(scope="module", autouse=True)
def pieces(shared_rows):
    with shared_rows():
        yield pieces_build()


def pieces_build():
    now = timezone.now()
    europe = SectionPageFactory(title="Europe")
    middle_east = SectionPageFactory(title="Middle East")
    solheim, haddad = (
        AuthorPageFactory(title="Ingrid Solheim"),
        AuthorPageFactory(title="Omar Haddad"),
    )
    at = now - datetime.timedelta(days=3)
    return {
        BALTIC: ArticlePageFactory(  # the one with a picture: results show thumbnails
            title=BALTIC,
            section=europe,
            authors=[solheim],
            published_at=now - datetime.timedelta(days=2),
            body=paragraphs_body("Undersea cables near Gotland were cut twice last winter."),
        ),
        RED_SEA: ArticlePageFactory(
            title=RED_SEA,
            hero_image=None,
            section=middle_east,
            authors=[haddad],
            published_at=now - datetime.timedelta(days=5),
            body=paragraphs_body(
                "Insurers now price every passage through the Red Sea separately.",
                "Data cables on the seabed worry them less than missiles.",
            ),
        ),
        SEA_POWER: ArticlePageFactory(
            title=SEA_POWER,
            hero_image=None,
            section=europe,
            authors=[haddad],
            published_at=now - datetime.timedelta(days=9),
            body=paragraphs_body("A red ensign at sea still means something to sailors."),
        ),
        DOCTRINE: ArticlePageFactory(
            title=DOCTRINE,
            hero_image=None,
            section=europe,
            authors=[solheim],
            published_at=at,
            body=paragraphs_body("Armies are rewriting their manuals."),
        ),
        BUDGET: ArticlePageFactory(
            title=BUDGET,
            hero_image=None,
            section=europe,
            authors=[solheim],
            published_at=at,
            body=paragraphs_body(
                "Most of the money goes to ammunition, some to one drone programme."
            ),
        ),
        "draft": ArticlePageFactory(
            title="A Baltic Draft Nobody Has Seen", section=europe, authors=[solheim], live=False
        ),
    }


def search(client, text, **filters):
    return client.get("/search/", {"q": text, **filters}).content.decode()


def test_a_plural_finds_the_singular_and_every_word_must_match(client):
    assert results(search(client, "Baltic cables")) == [BALTIC]


def test_cables_alone_finds_both_pieces_that_mention_them(client):
    assert set(results(search(client, "cables"))) == {BALTIC, RED_SEA}


def test_a_word_everybody_uses_matches_nothing_and_the_page_says_why(client):
    html = search(client, "the")
    assert results(html) == []
    assert "holds only very common words" in html


def test_common_words_beside_a_real_one_are_left_out(client):
    assert results(search(client, "the Baltic")) == [BALTIC]


def test_a_phrase_in_quotes_matches_only_the_words_side_by_side(client):
    assert results(search(client, '"red sea"')) == [RED_SEA]
    assert set(results(search(client, "red sea"))) == {RED_SEA, SEA_POWER}


def test_an_authors_name_finds_their_pieces(client):
    assert set(results(search(client, "Haddad"))) == {RED_SEA, SEA_POWER}


def test_a_section_name_finds_its_pieces(client):
    assert results(search(client, "middle east")) == [RED_SEA]


def test_a_word_in_the_headline_ranks_above_the_same_word_in_the_body(client):
    # Both published at the same moment: only where the word is differs.
    assert results(search(client, "drone")) == [DOCTRINE, BUDGET]


def test_sorted_by_newest_the_newest_comes_first(client):
    assert results(search(client, "sea", sort="newest")) == [BALTIC, RED_SEA, SEA_POWER]


def test_a_misspelt_word_gets_a_suggestion_that_finds_something(client):
    html = search(client, "cabels")
    assert result_count(html) == 0
    assert 'Did you mean <a href="?q=cables">cables</a>?' in html
    assert result_count(search(client, "cables")) == 2


def test_a_suggestion_is_offered_only_where_it_finds_something_under_the_filters(client, pieces):
    europe, middle_east = pieces[SEA_POWER].section_id, pieces[RED_SEA].section_id
    assert "Did you mean" in search(client, "ensing", section=europe)  # "ensign": Europe only
    assert "Did you mean" not in search(client, "ensing", section=middle_east)


def test_a_known_word_gets_no_suggestion(client):
    assert "Did you mean" not in search(client, "gotland")


def test_a_draft_is_never_found(client):
    assert results(search(client, "nobody")) == []


def test_an_unpublished_piece_leaves_the_results_and_comes_back_when_published(client, pieces):
    piece = pieces[SEA_POWER]
    piece.unpublish()
    assert results(search(client, "ensign")) == []
    piece.save_revision().publish()
    assert results(search(client, "ensign")) == [SEA_POWER]


def test_the_matched_words_are_marked_in_the_excerpt(client):
    html = search(client, "gotland")
    assert "<mark>Gotland</mark> were cut twice" in html


def test_a_piece_made_private_is_not_found_and_comes_back_when_public(client, pieces):
    restriction = PageViewRestriction.objects.create(
        page=pieces[DOCTRINE], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert results(search(client, "doctrine")) == []
    restriction.delete()
    assert results(search(client, "doctrine")) == [DOCTRINE]
