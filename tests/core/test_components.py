"""The shared components, each rendered with sample contexts."""

import datetime

import pytest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def authors(magazine):
    return [AuthorPageFactory(title=name) for name in ("Ana Ruiz", "Bo Lin", "Cy Adebayo")]


@pytest.mark.parametrize(
    ("count", "expected"),
    [(1, "By Ana Ruiz"), (2, "By Ana Ruiz and Bo Lin"), (3, "By Ana Ruiz, Bo Lin and Cy Adebayo")],
)
def test_the_byline_joins_names_as_an_editor_would(authors, count, expected):
    html = render_to_string("components/byline.html", {"authors": authors[:count]})
    assert " ".join(strip_tags(html).split()) == expected


def test_the_byline_is_empty_without_authors():
    assert render_to_string("components/byline.html", {"authors": []}).strip() == ""


def test_the_dateline_shows_updated_only_when_asked_and_later(authors):
    article = ArticlePageFactory(
        authors=authors[:1],
        published_at=timezone.make_aware(datetime.datetime(2026, 3, 1, 8)),
        updated_at=timezone.make_aware(datetime.datetime(2026, 3, 2, 8)),
    )
    assert "Updated" in render_to_string(
        "components/dateline.html", {"article": article, "show_updated": True}
    )
    assert "Updated" not in render_to_string("components/dateline.html", {"article": article})


def test_the_kicker_prints_format_and_section_separated_for_sight_only(authors):
    article = ArticlePageFactory(authors=authors[:1])
    html = render_to_string("components/kicker.html", {"article": article})
    assert 'aria-hidden="true"> | </span>' in html


def test_the_credit_caption_can_print_the_credit_alone(authors):
    article = ArticlePageFactory(authors=authors[:1])
    image = article.hero_image
    full = render_to_string("components/credit_caption.html", {"image": image})
    assert image.caption in full and image.credit in full
    credit_only = render_to_string(
        "components/credit_caption.html",
        {"image": image, "credit_only": True, "credit_label": "Top image credit:"},
    )
    assert image.caption not in credit_only
    assert "Top image credit: Masthead illustration" in credit_only


def test_the_follow_us_list_names_each_network():
    html = render_to_string(
        "components/follow_us.html",
        {"links": [{"network": "mastodon", "label": "Mastodon", "url": "https://m.example/@x"}]},
    )
    assert 'href="https://m.example/@x"' in html and ">Mastodon</a>" in html
    assert render_to_string("components/follow_us.html", {"links": []}).strip() == ""


def test_the_teaser_toggle_names_the_piece_for_screen_readers(authors):
    article = ArticlePageFactory(title="Grain and the Black Sea", authors=authors[:1])
    html = render_to_string("components/teaser.html", {"article": article})
    assert 'Keep reading<span class="visually-hidden">: Grain and the Black Sea</span>' in html
    compact = render_to_string("components/teaser.html", {"article": article, "compact": True})
    assert "<details" not in compact and "<img" not in compact


def test_the_pagination_marks_the_current_page():
    from django.core.paginator import Paginator

    page = Paginator(list(range(50)), 20).page(2)
    html = render_to_string("components/pagination.html", {"page_obj": page})
    assert 'rel="prev" href="?page=1"' in html and 'rel="next" href="?page=3"' in html
    assert 'aria-current="page">Page 2 of 3' in html
