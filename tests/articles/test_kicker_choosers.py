"""Format, sections and authors are picked from plain lists in the article
editor, A to Z: no page-chooser pop-up to open for a handful of names."""

import pytest
from bs4 import BeautifulSoup

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
)
from masthead.articles.models import ArticlePage, FormatPage

from .admin_forms import article_edit_url, article_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(magazine):
    return {title: SectionPageFactory(title=title) for title in ["Europe", "Asia", "Africa"]}


@pytest.fixture
def authors(magazine):
    return {name: AuthorPageFactory(title=name) for name in ["Zoe Brandt", "Ana Ruiz"]}


@pytest.fixture
def article(sections, authors):
    return ArticlePageFactory(
        title="The strait talks", section=sections["Europe"], authors=[authors["Zoe Brandt"]]
    )


def edit_form(client, article) -> BeautifulSoup:
    html = client.get(article_edit_url(article)).content.decode()
    return BeautifulSoup(html, "html.parser").select_one("#page-edit-form")


def options(select) -> list[str]:
    return [option.get_text(strip=True) for option in select.select("option") if option["value"]]


def chosen(select) -> str:
    return select.select_one("option[selected]").get_text(strip=True)


def test_format_and_primary_section_are_selects_a_to_z_showing_the_choice(editor_client, article):
    form = edit_form(editor_client, article)
    section = form.select_one('select[name="section"]')
    assert options(section) == ["Africa", "Asia", "Europe"]
    assert chosen(section) == "Europe"
    format_select = form.select_one('select[name="format"]')
    titles = sorted(FormatPage.objects.values_list("title", flat=True), key=str.lower)
    assert options(format_select) == titles
    assert chosen(format_select) == article.format.title


def test_further_sections_are_checkboxes_a_to_z(editor_client, article):
    boxes = edit_form(editor_client, article).select('input[name="further_sections"]')
    assert [box["type"] for box in boxes] == ["checkbox"] * 3
    assert [box.find_parent("label").get_text(strip=True) for box in boxes] == [
        "Africa",
        "Asia",
        "Europe",
    ]


def test_each_author_of_the_byline_is_a_select_of_names_a_to_z(editor_client, article):
    select = edit_form(editor_client, article).select_one('select[name="article_authors-0-author"]')
    assert options(select) == ["Ana Ruiz", "Zoe Brandt"]
    assert chosen(select) == "Zoe Brandt"


def test_choosing_another_section_and_author_in_the_lists_publishes_them(
    editor_client, article, sections, authors
):
    data = article_form_data(
        editor_client,
        article,
        section=str(sections["Asia"].pk),
        **{"article_authors-0-author": str(authors["Ana Ruiz"].pk)},
    )
    data.setlist("further_sections", [str(sections["Africa"].pk)])
    data["action-publish"] = "action-publish"
    response = editor_client.post(article_edit_url(article), dict(data.lists()))
    assert response.status_code == 302
    piece = ArticlePage.objects.get(pk=article.pk)
    assert piece.section_id == sections["Asia"].pk
    assert [section.title for section in piece.further_sections.all()] == ["Africa"]
    assert [row.author.title for row in piece.article_authors.all()] == ["Ana Ruiz"]
