"""A test of an issue goes to several addresses at once, each checked first."""

import html

import pytest
from django.core import mail
from django.urls import reverse

from masthead.newsletter.models import RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft

pytestmark = pytest.mark.django_db


@pytest.fixture
def issue(week, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    return roundup_draft()


def send_test(client, issue, addresses: str):
    url = reverse("newsletter_admin:send", args=[issue.pk])
    response = client.post(url, {"action": "test", "addresses": addresses}, follow=True)
    return html.unescape(response.content.decode())


def test_the_form_starts_with_the_editors_own_address(editor_client, issue):
    page = editor_client.get(reverse("newsletter_admin:send", args=[issue.pk])).content.decode()
    assert "editor@example.org</textarea>" in page


def test_a_test_goes_to_each_address_given_by_commas_or_lines(editor_client, issue):
    page = send_test(
        editor_client, issue, "ana@example.org, bo@example.org\ncy@example.org\r\n\r\n"
    )
    assert "A test was sent to ana@example.org, bo@example.org, cy@example.org." in page
    assert [message.to for message in mail.outbox] == [
        ["ana@example.org"],
        ["bo@example.org"],
        ["cy@example.org"],
    ]
    assert all(message.subject.startswith("[Test] ") for message in mail.outbox)
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.DRAFT


def test_an_address_given_twice_gets_one_test(editor_client, issue):
    send_test(editor_client, issue, "ana@example.org,ana@example.org")
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]


def test_a_wrong_address_is_named_and_nothing_is_sent(editor_client, issue):
    page = send_test(editor_client, issue, "ana@example.org, bo-at-example.org")
    assert "Not an email address: bo-at-example.org." in page
    assert "ana@example.org, bo-at-example.org</textarea>" in page  # kept to correct
    assert mail.outbox == []


def test_more_than_ten_addresses_are_refused(editor_client, issue):
    eleven = ", ".join(f"editor{n}@example.org" for n in range(11))
    page = send_test(editor_client, issue, eleven)
    assert "Send a test to at most 10 addresses at a time (there are 11)." in page
    assert mail.outbox == []


def test_ten_addresses_are_accepted(editor_client, issue):
    send_test(editor_client, issue, "\n".join(f"editor{n}@example.org" for n in range(10)))
    assert len(mail.outbox) == 10


def test_an_empty_field_is_explained(editor_client, issue):
    page = send_test(editor_client, issue, "  ")
    assert "Give at least one address to send the test to." in page
    assert mail.outbox == []


def test_the_tests_links_lead_to_the_archive_not_to_a_reader(editor_client, issue):
    send_test(editor_client, issue, "ana@example.org, bo@example.org")
    for message in mail.outbox:
        assert "/newsletter/archive/" in message.body
        assert "/newsletter/unsubscribe/" not in message.body
        assert "/newsletter/preferences/" not in message.body
