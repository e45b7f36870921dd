"""Publishing is refused, with a clear message, when a piece is incomplete."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory
from masthead.articles.models import AuthorPage
from masthead.images.factories import CreditedImageFactory

from .admin_forms import publish, save_draft

pytestmark = pytest.mark.django_db


@pytest.fixture
def author(magazine):
    return AuthorPageFactory(title="Amara Okafor")


def _messages(response) -> str:
    return response.content.decode()


def test_a_complete_article_is_published_and_dated(editor_client, author):
    page = ArticlePageFactory(live=False, authors=[author], published_at=None)
    response = publish(editor_client, page)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.published_at is not None


def test_publishing_without_an_author_is_refused(editor_client, magazine):
    page = ArticlePageFactory(live=False)
    response = publish(editor_client, page)
    assert response.status_code == 200
    assert "Add at least one author before publishing." in _messages(response)
    page.refresh_from_db()
    assert not page.live


def test_publishing_without_a_dek_is_refused(editor_client, author):
    page = ArticlePageFactory(live=False, authors=[author])
    response = publish(editor_client, page, dek="")
    assert response.status_code == 200
    assert "Write a dek (one sentence under the headline) before publishing." in _messages(response)
    page.refresh_from_db()
    assert not page.live


def test_publishing_without_a_hero_image_is_refused(editor_client, author):
    page = ArticlePageFactory(live=False, authors=[author], hero_image=None)
    response = publish(editor_client, page)
    assert "Choose a hero image before publishing." in _messages(response)
    page.refresh_from_db()
    assert not page.live


def test_publishing_with_an_uncredited_hero_image_is_refused(editor_client, author):
    image = CreditedImageFactory(credit="")
    page = ArticlePageFactory(live=False, authors=[author], hero_image=image)
    response = publish(editor_client, page)
    assert "The hero image needs a credit before publishing" in _messages(response)
    page.refresh_from_db()
    assert not page.live


def test_publishing_with_an_undescribed_hero_image_is_refused(editor_client, author):
    image = CreditedImageFactory(alt_text="")
    page = ArticlePageFactory(live=False, authors=[author], hero_image=image)
    response = publish(editor_client, page)
    assert "The hero image needs alt text before publishing" in _messages(response)
    page.refresh_from_db()
    assert not page.live


def test_an_incomplete_draft_can_still_be_saved(editor_client, magazine):
    page = ArticlePageFactory(live=False, hero_image=None)
    response = save_draft(editor_client, page, dek="", title="A working title")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "A working title"
    assert not page.live


def test_a_republished_piece_needs_its_partner_and_original(editor_client, author, magazine):
    page = ArticlePageFactory(live=False, authors=[author], format_kind="republished")
    response = publish(editor_client, page)
    assert "A republished piece needs its partner." in _messages(response)
    assert "A republished piece needs the address of the original." in _messages(response)


def _is_live(page) -> bool:
    return type(page).objects.get(pk=page.pk).live


def test_publishing_an_article_publishes_its_draft_authors(editor_client, magazine):
    draft_author = AuthorPageFactory(title="Nadia Reyes", live=False)
    page = ArticlePageFactory(live=False, authors=[draft_author], published_at=None)
    assert publish(editor_client, page).status_code == 302
    assert _is_live(draft_author)


def test_a_scheduled_article_publishes_its_draft_authors_when_it_goes_live(magazine, monkeypatch):
    draft_author = AuthorPageFactory(title="Nadia Reyes", live=False)
    page = ArticlePageFactory(live=False, authors=[draft_author])
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    page.go_live_at = tomorrow
    page.save_revision().publish()
    assert not _is_live(page) and not _is_live(draft_author)
    monkeypatch.setattr(timezone, "now", lambda: tomorrow + datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    assert _is_live(page) and _is_live(draft_author)


def test_an_author_page_taken_offline_stays_offline_when_an_article_is_published(magazine):
    author = AuthorPageFactory(title="Nadia Reyes")
    author.unpublish()
    page = ArticlePageFactory(live=False, authors=[author])
    page.save_revision().publish()
    assert _is_live(page)
    assert not AuthorPage.objects.get(pk=author.pk).live
