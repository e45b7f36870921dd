"""A copy editor edits anyone's draft and publishes nothing."""

import pytest
from django.urls import reverse

from masthead.articles.models import ArticlePage
from tests.articles.admin_forms import publish, save_draft

from .admin import is_refused, new_article_url, offers_publish, offers_submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def copy_editor(member):
    return member("Copy editor")


def test_a_copy_editor_edits_someone_elses_draft(copy_editor, draft):
    piece = draft()
    response = save_draft(copy_editor, piece, dek="A tighter dek, after the copy desk.")
    assert response.status_code == 302
    piece.refresh_from_db()
    assert piece.get_latest_revision_as_object().dek == "A tighter dek, after the copy desk."


def test_a_copy_editor_is_offered_no_publish_action_but_may_submit(copy_editor, draft):
    piece = draft()
    assert not offers_publish(copy_editor, piece)
    assert offers_submit(copy_editor, piece)


def test_a_copy_editor_asking_to_publish_only_saves_a_draft(copy_editor, draft):
    piece = draft("asia")
    publish(copy_editor, piece)
    piece.refresh_from_db()
    assert not piece.live


def test_a_copy_editor_starts_no_new_article(copy_editor, magazine):
    assert is_refused(copy_editor.get(new_article_url(magazine.articles)))


def test_a_copy_editor_cannot_delete_someone_elses_draft(copy_editor, draft):
    piece = draft()
    delete_url = reverse("wagtailadmin_pages:delete", args=[piece.pk])
    assert is_refused(copy_editor.get(delete_url))
    assert is_refused(copy_editor.post(delete_url))
    assert ArticlePage.objects.filter(pk=piece.pk).exists()


def test_a_copy_editor_deletes_their_own_draft(copy_editor, draft):
    piece = draft(owner=copy_editor.user)
    delete_url = reverse("wagtailadmin_pages:delete", args=[piece.pk])
    assert copy_editor.post(delete_url).status_code == 302
    assert not ArticlePage.objects.filter(pk=piece.pk).exists()
