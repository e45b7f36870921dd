"""The newsletter editor works on round-ups and readers, and nothing else."""

import pytest
from django.urls import reverse

from masthead.newsletter.factories import RoundupIssueFactory
from tests.articles.admin_forms import article_edit_url

from .admin import is_refused, new_article_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsletter_editor(member):
    return member("Newsletter editor")


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_newsletter_roundupissue:list",
        "wagtailsnippets_newsletter_roundupissue:add",
        "wagtailsnippets_newsletter_subscriber:list",
        "newsletter_admin:import",
    ],
)
def test_the_newsletter_editor_opens_the_round_up_and_reader_screens(
    newsletter_editor, magazine, url_name
):
    assert newsletter_editor.get(reverse(url_name)).status_code == 200


def test_the_newsletter_editor_may_test_schedule_and_send(newsletter_editor, magazine):
    issue = RoundupIssueFactory()
    send_page = reverse("newsletter_admin:send", args=[issue.pk])
    assert newsletter_editor.get(send_page).status_code == 200


def test_the_newsletter_editor_cannot_open_the_page_editor(newsletter_editor, magazine, draft):
    assert is_refused(newsletter_editor.get(article_edit_url(draft())))
    assert is_refused(newsletter_editor.get(new_article_url(magazine.articles)))
    assert is_refused(newsletter_editor.get(article_edit_url(magazine.home)))


def test_the_newsletter_editor_cannot_open_partners_or_imports(newsletter_editor, magazine):
    assert is_refused(newsletter_editor.get(reverse("wagtailsnippets_partners_partner:list")))
    assert is_refused(newsletter_editor.get(reverse("syndication_import")))
