"""A section editor edits any piece and publishes those of their sections only."""

import pytest
from django.urls import reverse

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import ArticlePage
from tests.articles.admin_forms import article_edit_url, publish

from .admin import is_refused, offers_publish, unpublish_url

pytestmark = pytest.mark.django_db


def test_a_section_editor_publishes_a_piece_of_their_section(section_editor, draft):
    piece = draft("europe")
    assert offers_publish(section_editor, piece)
    assert publish(section_editor, piece).status_code == 302
    piece.refresh_from_db()
    assert piece.live


def test_a_section_editor_is_offered_no_publish_action_in_another_section(section_editor, draft):
    piece = draft("asia")
    assert section_editor.get(article_edit_url(piece)).status_code == 200
    assert not offers_publish(section_editor, piece)


def test_a_section_editor_cannot_publish_a_piece_of_another_section(section_editor, draft):
    piece = draft("asia")
    publish(section_editor, piece, title="Edited, not published")
    piece.refresh_from_db()
    assert not piece.live
    assert piece.get_latest_revision_as_object().title == "Edited, not published"


def test_moving_a_piece_out_of_ones_sections_while_publishing_it_is_refused(
    section_editor, draft, sections
):
    piece = draft("europe")
    response = publish(section_editor, piece, section=str(sections["asia"].pk))
    assert response.status_code == 302
    page = section_editor.get(response["Location"]).content.decode()
    assert "you may publish only the articles of your sections" in page
    piece.refresh_from_db()
    assert not piece.live
    assert piece.get_latest_revision_as_object().section_id == sections["asia"].pk


def test_a_section_editor_unpublishes_only_in_their_sections(
    section_editor, sections, author, editor_client
):
    ours, theirs = (
        ArticlePageFactory(section=sections[name], authors=[author]) for name in ("europe", "asia")
    )
    assert is_refused(section_editor.post(unpublish_url(theirs)))
    section_editor.post(unpublish_url(ours))
    ours.refresh_from_db()
    theirs.refresh_from_db()
    assert not ours.live
    assert theirs.live


def test_a_section_editor_with_no_sections_publishes_nothing(member, draft):
    client = member("Section editor", "no-sections-yet")
    piece = draft("europe")
    assert not offers_publish(client, piece)
    publish(client, piece)
    piece.refresh_from_db()
    assert not piece.live


def test_the_editor_in_chief_names_a_section_editor_in_the_admin(member, draft, sections):
    chief = member("Editor-in-chief")
    newcomer = member("Section editor", "newcomer")
    add = reverse("wagtailsnippets_desk_sectioneditor:add")
    response = chief.post(add, {"user": newcomer.user.pk, "sections": [sections["asia"].pk]})
    assert response.status_code == 302
    piece = draft("asia")
    assert offers_publish(newcomer, piece)
    publish(newcomer, piece)
    piece.refresh_from_db()
    assert piece.live


def test_only_the_editor_in_chief_names_section_editors(section_editor):
    assert is_refused(section_editor.get(reverse("wagtailsnippets_desk_sectioneditor:list")))


def test_a_section_editor_deletes_drafts_only_in_their_sections(section_editor, draft):
    ours, theirs = draft("europe"), draft("asia")
    assert is_refused(section_editor.post(reverse("wagtailadmin_pages:delete", args=[theirs.pk])))
    section_editor.post(reverse("wagtailadmin_pages:delete", args=[ours.pk]))
    assert list(ArticlePage.objects.filter(pk__in=[ours.pk, theirs.pk])) == [theirs]
