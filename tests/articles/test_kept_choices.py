"""The front page's selection and each river's page of ids are kept in the
cache until a page next changes (core/page_log.py): every change a reader
would notice shows on the next render, warm cache or not, and a preview
never takes nor leaves a kept choice."""

import pytest
from django.urls import reverse

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import ArticlePage, HomePage
from masthead.articles.models.river import RIVER_PAGE_SIZE

from .pages import headlines, html_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def pieces(magazine):
    section = SectionPageFactory(title="Europe")
    author = AuthorPageFactory(title="Ines Moreau")
    made = [
        ArticlePageFactory(title=f"Piece number {n}", section=section, authors=[author])
        for n in range(3)
    ]
    return section, author, made


def listing_pages(section, author) -> list[str]:
    return ["/", section.url, author.url]


def test_an_unpublished_piece_leaves_every_listing_at_once(client, pieces):
    section, author, made = pieces
    for url in listing_pages(section, author):
        assert "Piece number 1" in headlines(html_of(client, url))  # kept now
    ArticlePage.objects.get(pk=made[1].pk).unpublish()
    for url in listing_pages(section, author):
        shown = headlines(html_of(client, url))
        assert "Piece number 1" not in shown, url
        assert "Piece number 2" in shown, url


def test_a_new_piece_joins_every_listing_at_once(client, pieces):
    section, author, _ = pieces
    for url in listing_pages(section, author):
        html_of(client, url)
    ArticlePageFactory(title="The newest piece", section=section, authors=[author])
    for url in listing_pages(section, author):
        assert "The newest piece" in headlines(html_of(client, url)), url


def test_a_river_counts_and_pages_anew_after_a_change(client, magazine):
    section = SectionPageFactory(title="Africa")
    for n in range(RIVER_PAGE_SIZE + 1):
        ArticlePageFactory(title=f"Dispatch {n}", section=section)
    assert client.get(f"{section.url}?page=2").status_code == 200
    assert client.get(f"{section.url}?page=3").status_code == 404
    for n in range(RIVER_PAGE_SIZE):
        ArticlePageFactory(title=f"Later dispatch {n}", section=section)
    assert client.get(f"{section.url}?page=3").status_code == 200


def test_a_new_lead_chosen_by_the_editors_leads_at_once(client, pieces):
    _, _, made = pieces
    html_of(client, "/")
    home = HomePage.objects.get()
    home.lead_story = ArticlePage.objects.get(pk=made[0].pk)
    home.save_revision().publish()
    lead = html_of(client, "/").split('class="front-lead')[1]
    assert "Piece number 0" in headlines(lead)[0]


def test_a_preview_of_the_front_page_shows_the_draft_lead_and_keeps_nothing(
    client, editor_client, pieces
):
    _, _, made = pieces
    home = HomePage.objects.get()
    home.lead_story = ArticlePage.objects.get(pk=made[0].pk)
    home.save_revision()
    preview = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[home.pk]))
    assert headlines(preview.content.decode().split('class="front-lead')[1])[0] == "Piece number 0"
    editor_client.logout()
    # Readers still get the newest piece as the lead: the preview kept nothing.
    assert headlines(html_of(client, "/").split('class="front-lead')[1])[0] == "Piece number 2"
