"""A contributor writes drafts and submits them; they publish nothing and
touch only their own pieces."""

import pytest
from django.urls import reverse
from django.utils.html import escape
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import ArticlePage
from tests.articles.admin_forms import article_edit_url, publish

from .admin import (
    is_refused,
    new_article_url,
    offers_publish,
    offers_submit,
    submit_for_review,
    unpublish_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def contributor(member):
    return member("Contributor")


def test_a_contributor_adds_an_article_as_a_draft(contributor, magazine, sections):
    url = new_article_url(magazine.articles)
    form = contributor.get(url)
    assert form.status_code == 200
    assert 'name="action-publish"' not in form.content.decode()
    data = querydict_from_html(form.content.decode(), form_id="page-edit-form")
    data.update(
        nested_form_data({"body": streamfield([("paragraph", rich_text("<p>First words.</p>"))])})
    )
    data.update(title="A first draft", slug="a-first-draft", section=str(sections["europe"].pk))
    data["action-publish"] = "action-publish"  # asked for, not granted: saved as a draft
    assert contributor.post(url, data).status_code == 302
    piece = ArticlePage.objects.get(slug="a-first-draft")
    assert not piece.live
    assert contributor.get(article_edit_url(piece)).status_code == 200


def test_a_contributor_submits_their_draft_for_review(contributor, draft):
    piece = draft(owner=contributor.user)
    assert offers_submit(contributor, piece)
    response = submit_for_review(contributor, piece)
    message = escape(f"Page '{piece.title}' has been submitted for moderation.")
    assert message in response.content.decode()
    piece.refresh_from_db()
    assert piece.workflow_in_progress
    assert not piece.live


def test_a_contributor_is_offered_no_publish_action(contributor, draft):
    assert not offers_publish(contributor, draft(owner=contributor.user))


def test_a_contributor_asking_to_publish_only_saves_a_draft(contributor, draft):
    piece = draft(owner=contributor.user)
    assert publish(contributor, piece, title="Retitled by its writer").status_code == 302
    piece.refresh_from_db()
    assert not piece.live
    assert piece.get_latest_revision_as_object().title == "Retitled by its writer"


def test_a_contributor_cannot_unpublish_their_live_piece(contributor, sections, author):
    piece = ArticlePageFactory(section=sections["europe"], authors=[author], owner=contributor.user)
    assert is_refused(contributor.post(unpublish_url(piece)))
    piece.refresh_from_db()
    assert piece.live


def test_a_contributor_cannot_open_or_change_someone_elses_piece(contributor, editor_client, draft):
    piece = draft()
    assert is_refused(contributor.get(article_edit_url(piece)))
    data = querydict_from_html(
        editor_client.get(article_edit_url(piece)).content.decode(), form_id="page-edit-form"
    )
    data["title"] = "Changed by someone else"
    assert is_refused(contributor.post(article_edit_url(piece), data))
    piece.refresh_from_db()
    assert piece.get_latest_revision_as_object().title != "Changed by someone else"


def test_a_contributor_can_upload_and_choose_images(contributor):
    assert contributor.get(reverse("wagtailimages:add")).status_code == 200
    assert contributor.get(reverse("wagtailimages_chooser:choose")).status_code == 200


def test_a_contributor_cannot_edit_the_front_page_or_sections(contributor, magazine, sections):
    assert is_refused(contributor.get(article_edit_url(magazine.home)))
    assert is_refused(contributor.get(article_edit_url(sections["europe"])))
