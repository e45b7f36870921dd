"""A submitted piece goes through "Copy edit → Editor approval": the copy desk,
then the editor-in-chief or the editor of its section, who publishes it by
approving. Each step emails those who may act on it; the writer hears when
the piece is approved or sent back."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Comment, Page, Workflow

from masthead.desk.services import (
    COPY_EDIT,
    EDITOR_APPROVAL,
    REVIEW_WORKFLOW,
    roles_ensure,
    section_editor_assign,
)
from tests.articles.admin_forms import article_edit_url, article_form_data

from .admin import is_refused, submit_for_review

pytestmark = pytest.mark.django_db


@pytest.fixture
def desk(member, sections):
    """One user per role, a section editor for each section."""
    people = {
        "contributor": member("Contributor"),
        "copy editor": member("Copy editor"),
        "chief": member("Editor-in-chief"),
        "europe editor": member("Section editor", "europe-editor"),
        "asia editor": member("Section editor", "asia-editor"),
    }
    section_editor_assign(people["europe editor"].user, [sections["europe"]])
    section_editor_assign(people["asia editor"].user, [sections["asia"]])
    return people


@pytest.fixture
def submitted(desk, draft):
    """The contributor's piece in Europe, submitted for review; no mail yet."""
    piece = draft(owner=desk["contributor"].user)
    submit_for_review(desk["contributor"], piece)
    piece.refresh_from_db()
    return piece


def task_name(piece) -> str:
    return piece.current_workflow_task.name


def act(client, piece, action: str, comment: str = ""):
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[piece.pk, action, piece.current_workflow_task_state.pk],
    )
    return client.post(url, {"comment": comment})


def recipients() -> set[str]:
    return {address for message in mail.outbox for address in message.to}


def test_the_magazines_articles_go_through_copy_edit_then_editor_approval(magazine, roles):
    workflow = Workflow.objects.get(name=REVIEW_WORKFLOW)
    assert [task.name for task in workflow.tasks] == [COPY_EDIT, EDITOR_APPROVAL]
    assert magazine.articles.get_workflow() == workflow
    assert Page.objects.get(pk=magazine.articles.pk).get_workflow() == workflow


def test_setting_up_the_roles_again_makes_no_second_workflow(magazine, roles):
    roles_ensure()
    assert Workflow.objects.filter(name=REVIEW_WORKFLOW).count() == 1


def test_a_submitted_piece_waits_for_the_copy_desk_who_are_emailed(desk, draft, settings):
    settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = "The desk <desk@example.org>"
    piece = draft(owner=desk["contributor"].user)
    mail.outbox.clear()
    submit_for_review(desk["contributor"], piece)
    piece.refresh_from_db()
    assert piece.workflow_in_progress and not piece.live
    assert task_name(piece) == COPY_EDIT
    assert recipients() == {desk["copy editor"].user.email}
    message = mail.outbox[0]
    assert message.subject == f"\u201c{piece.title}\u201d is waiting for you: {COPY_EDIT}"
    assert message.from_email == "The desk <desk@example.org>"
    assert f"http://testserver{article_edit_url(piece)}" in message.body


def test_after_the_copy_edit_the_chief_and_the_sections_editor_are_asked(desk, submitted):
    mail.outbox.clear()
    act(desk["copy editor"], submitted, "approve")
    submitted.refresh_from_db()
    assert task_name(submitted) == EDITOR_APPROVAL
    # The Asia editor is not asked about a Europe piece; each person gets one email.
    assert sorted(address for message in mail.outbox for address in message.to) == sorted(
        [desk["chief"].user.email, desk["europe editor"].user.email]
    )


def test_the_sections_editor_publishes_it_by_approving_and_the_writer_hears(desk, submitted):
    act(desk["copy editor"], submitted, "approve")
    mail.outbox.clear()
    act(desk["europe editor"], submitted, "approve", comment="Good to go.")
    submitted.refresh_from_db()
    assert submitted.live
    assert not submitted.workflow_in_progress
    assert recipients() == {desk["contributor"].user.email}
    assert mail.outbox[0].subject == f"\u201c{submitted.title}\u201d is approved"
    assert f"It is published: {submitted.full_url}" in mail.outbox[0].body


def test_the_editor_of_another_section_can_neither_approve_nor_see_it_waiting(desk, submitted):
    act(desk["copy editor"], submitted, "approve")
    submitted.refresh_from_db()
    assert is_refused(act(desk["asia editor"], submitted, "approve"))
    submitted.refresh_from_db()
    assert not submitted.live and task_name(submitted) == EDITOR_APPROVAL
    # The dashboard's "Awaiting your review" lists it for its section's editor only.
    title = escape(submitted.title)
    assert title not in desk["asia editor"].get(reverse("wagtailadmin_home")).content.decode()
    assert title in desk["europe editor"].get(reverse("wagtailadmin_home")).content.decode()


def test_a_section_editor_cannot_skip_the_copy_desk(desk, submitted):
    assert is_refused(act(desk["europe editor"], submitted, "approve"))
    submitted.refresh_from_db()
    assert task_name(submitted) == COPY_EDIT


def test_the_copy_desk_sends_it_back_with_a_comment_the_writer_reads(desk, submitted):
    mail.outbox.clear()
    act(desk["copy editor"], submitted, "reject", comment="Sources for the second paragraph?")
    submitted.refresh_from_db()
    assert not submitted.live
    assert recipients() == {desk["contributor"].user.email}
    message = mail.outbox[0]
    assert message.subject == f"Changes asked for \u201c{submitted.title}\u201d"
    assert "Sources for the second paragraph?" in message.body
    assert f"at \u201c{COPY_EDIT}\u201d" in message.body
    # Back with the writer, who may edit it again.
    assert desk["contributor"].get(article_edit_url(submitted)).status_code == 200


def test_the_editor_in_chief_approves_any_section(desk, draft):
    piece = draft(section="asia", owner=desk["contributor"].user)
    submit_for_review(desk["contributor"], piece)
    piece.refresh_from_db()
    act(desk["copy editor"], piece, "approve")
    piece.refresh_from_db()
    act(desk["chief"], piece, "approve")
    piece.refresh_from_db()
    assert piece.live


def test_the_copy_desk_leaves_a_comment_on_a_field_that_the_writer_sees(desk, submitted):
    copy_editor = desk["copy editor"]
    assert "data-comment-add" in copy_editor.get(article_edit_url(submitted)).content.decode()
    data = article_form_data(copy_editor, submitted)
    data.update(
        {
            "comments-TOTAL_FORMS": "1",
            "comments-INITIAL_FORMS": "0",
            "comments-0-contentpath": "dek",
            "comments-0-text": "Shorter, please.",
            "comments-0-replies-TOTAL_FORMS": "0",
            "comments-0-replies-INITIAL_FORMS": "0",
        }
    )
    assert copy_editor.post(article_edit_url(submitted), data).status_code == 302
    comment = Comment.objects.get(page=submitted)
    assert (comment.text, comment.contentpath, comment.user) == (
        "Shorter, please.",
        "dek",
        copy_editor.user,
    )
