"""The article components, rendered with sample values."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import strip_tags

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory
from masthead.core.components import render_component

pytestmark = pytest.mark.django_db


@pytest.fixture
def authors(magazine):
    return [AuthorPageFactory(title=name) for name in ("Ana Ruiz", "Bo Lin", "Cy Adebayo")]


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "By Ana Ruiz"), (2, "By Ana Ruiz and Bo Lin"), (3, "By Ana Ruiz, Bo Lin and Cy Adebayo")],
)
def test_the_byline_joins_names_as_an_editor_would(authors, count, expected):
    html = render_component("articles/components/byline.html", authors=authors[:count])
    assert " ".join(strip_tags(html).split()) == expected


def test_the_byline_is_empty_without_authors():
    assert render_component("articles/components/byline.html", authors=[]).strip() == ""


def test_the_dateline_shows_updated_only_when_asked_and_later(authors):
    article = ArticlePageFactory(
        authors=authors[:1],
        published_at=timezone.make_aware(datetime.datetime(2026, 3, 1, 8)),
        updated_at=timezone.make_aware(datetime.datetime(2026, 3, 2, 8)),
    )
    dateline = "articles/components/dateline.html"
    assert "Updated" in render_component(dateline, article=article, show_updated=True)
    assert "Updated" not in render_component(dateline, article=article)


def test_the_kicker_leaves_its_separator_to_the_stylesheet_so_it_never_dangles(authors):
    """The "|" is drawn before the section (masthead.css): it wraps with the
    section and is not read out."""
    article = ArticlePageFactory(authors=authors[:1])
    html = render_component("articles/components/kicker.html", article=article)
    assert "|" not in html
    format_link, section_link = html.index("kicker__format"), html.index("kicker__section")
    assert format_link < section_link
    assert " ".join(strip_tags(html).split()) == f"{article.format.title} {article.section.title}"


def test_a_headline_list_teaser_has_no_dek_excerpt_or_credit_and_at_most_a_thumbnail(authors):
    article = ArticlePageFactory(title="Grain and the Black Sea", authors=authors[:1])
    teaser = "articles/components/teaser.html"
    dense = render_component(teaser, article=article, dense=True)
    assert "Grain and the Black Sea" in dense and "By Ana Ruiz" in strip_tags(dense)
    assert "<img" not in dense and "<details" not in dense and article.dek not in dense
    with_thumbnail = render_component(teaser, article=article, dense=True, thumbnail=True)
    assert with_thumbnail.count("<img") == 1
    assert "credit" not in with_thumbnail.lower()


def test_a_full_teaser_credits_its_picture_in_the_expanded_part_and_the_lead_under_it(authors):
    article = ArticlePageFactory(authors=authors[:1])
    teaser = "articles/components/teaser.html"
    picture, expanded = render_component(teaser, article=article).split("<details")
    assert "Top image credit:" not in picture and "Top image credit:" in expanded
    picture, expanded = render_component(teaser, article=article, lead=True).split("<details")
    assert "Top image credit:" in picture and "Top image credit:" not in expanded


def test_the_teaser_toggle_names_the_piece_for_screen_readers(authors):
    article = ArticlePageFactory(title="Grain and the Black Sea", authors=authors[:1])
    html = render_component("articles/components/teaser.html", article=article)
    assert 'Keep reading<span class="visually-hidden">: Grain and the Black Sea</span>' in html
    compact = render_component("articles/components/teaser.html", article=article, compact=True)
    assert "<details" not in compact and "<img" not in compact


def test_a_river_makes_all_but_the_first_teaser_compact_when_asked(authors):
    articles = [ArticlePageFactory(authors=authors[:1]) for _ in range(3)]
    html = render_component(
        "articles/components/river.html", articles=articles, compact_after_first=True
    )
    assert html.count("teaser--compact") == 2
