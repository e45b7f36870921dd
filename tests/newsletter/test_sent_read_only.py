"""An issue that is sending or sent is read-only: readers have it as it was."""

import html

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from masthead.newsletter.factories import RoundupIssueFactory
from masthead.newsletter.models import RoundupIssue

pytestmark = pytest.mark.django_db

SENT_MESSAGE = "This issue has been sent, so it can no longer be changed"
SENDING_MESSAGE = "This issue is being sent, so it can no longer be changed"


@pytest.fixture
def make_issue(week):
    def make(status):
        return RoundupIssueFactory(
            subject="The week in review", status=status, articles=[week["analysis"]]
        )

    return make


def edit_url(issue):
    return reverse("wagtailsnippets_newsletter_roundupissue:edit", args=[issue.pk])


def page_of(response) -> str:
    return html.unescape(response.content.decode())


def edit_with_a_new_subject(client, issue):
    """The editor's form as the admin draws it, with the subject changed, posted."""
    form = querydict_from_html(
        client.get(edit_url(issue)).content.decode(), form_id="w-editor-form"
    )
    form["subject"] = "A subject changed after the fact"
    return client.post(edit_url(issue), form)


def test_a_draft_is_saved_from_the_same_form(editor_client, make_issue):
    """The control: the form posted below is a valid one."""
    draft = make_issue(RoundupIssue.Status.DRAFT)
    assert 'class="button action-save' in page_of(editor_client.get(edit_url(draft)))
    edit_with_a_new_subject(editor_client, draft)
    draft.refresh_from_db()
    assert draft.subject == "A subject changed after the fact"


@pytest.mark.parametrize(
    ("status", "message"),
    [(RoundupIssue.Status.SENT, SENT_MESSAGE), (RoundupIssue.Status.SENDING, SENDING_MESSAGE)],
)
def test_the_editor_of_an_issue_being_sent_or_sent_offers_no_save(
    editor_client, make_issue, status, message
):
    page = page_of(editor_client.get(edit_url(make_issue(status))))
    assert message in page
    assert "action-save" not in page


@pytest.mark.parametrize(
    ("status", "message"),
    [(RoundupIssue.Status.SENT, SENT_MESSAGE), (RoundupIssue.Status.SENDING, SENDING_MESSAGE)],
)
def test_saving_an_issue_being_sent_or_sent_is_refused_with_the_reason(
    editor_client, make_issue, status, message
):
    issue = make_issue(status)
    response = edit_with_a_new_subject(editor_client, issue)
    assert message in page_of(response)
    issue.refresh_from_db()
    assert issue.subject == "The week in review"
    assert issue.status == status


def test_a_save_that_meets_the_start_of_sending_is_refused(editor_client, make_issue):
    """The form was read while the issue was a draft; sending began before the
    save: the save is refused, and the issue stays sending."""
    issue = make_issue(RoundupIssue.Status.DRAFT)
    form = querydict_from_html(
        editor_client.get(edit_url(issue)).content.decode(), form_id="w-editor-form"
    )
    form["subject"] = "A subject changed after the fact"
    RoundupIssue.objects.filter(pk=issue.pk).update(status=RoundupIssue.Status.SENDING)
    response = editor_client.post(edit_url(issue), form)
    assert SENDING_MESSAGE in page_of(response)
    issue.refresh_from_db()
    assert issue.subject == "The week in review"
    assert issue.status == RoundupIssue.Status.SENDING


def test_the_send_page_of_a_sent_issue_says_it_can_no_longer_be_changed(editor_client, make_issue):
    issue = make_issue(RoundupIssue.Status.SENT)
    page = page_of(editor_client.get(reverse("newsletter_admin:send", args=[issue.pk])))
    assert "View the issue" in page and "it can no longer be changed" in page
    assert "Edit the issue" not in page
