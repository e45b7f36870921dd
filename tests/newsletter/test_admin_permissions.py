"""Who may send a round-up and import readers: entering the admin is not enough."""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue, Subscriber
from masthead.newsletter.services.drafting import roundup_draft

pytestmark = pytest.mark.django_db

DRAFTER = ["newsletter.change_roundupissue"]
SENDER = ["newsletter.send_roundupissue"]
READERS_VIEWER = ["newsletter.view_subscriber"]
READERS_ADDER = ["newsletter.add_subscriber"]


@pytest.fixture
def issue(week):
    return roundup_draft()


def send_page(issue):
    return reverse("newsletter_admin:send", args=[issue.pk])


def action_data(action):
    """A complete, confirmed request: a refusal is the permission's doing."""
    when = timezone.localtime() + datetime.timedelta(days=1)
    return {
        "action": action,
        "when": when.strftime("%Y-%m-%dT%H:%M"),
        "addresses": "sender@example.org",
        "confirm": "yes",
    }


def import_data(basis="confirmed_before"):
    return {
        "file": SimpleUploadedFile("readers.csv", b"email\nnew@example.org\n"),
        "consent_basis": basis,
        "consent_note": "Old site, 2024",
    }


def is_refused_as_wagtail_refuses(response):
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.parametrize("action", ["test", "schedule", "send"])
def test_an_editor_who_may_only_draft_cannot_test_schedule_or_send(
    client, staff_member, issue, action
):
    confirmed_readers_create(2)
    client.force_login(staff_member("drafter", DRAFTER))
    response = client.post(send_page(issue), action_data(action))
    assert is_refused_as_wagtail_refuses(response)
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.DRAFT
    assert mail.outbox == []
    assert not Delivery.objects.exists()


def test_the_send_page_is_refused_to_an_editor_who_may_only_draft(client, staff_member, issue):
    client.force_login(staff_member("drafter", DRAFTER))
    assert is_refused_as_wagtail_refuses(client.get(send_page(issue)))


def test_a_user_with_only_the_send_permission_sends_the_issue(client, staff_member, issue):
    confirmed_readers_create(2)
    client.force_login(staff_member("sender", SENDER))
    response = client.post(send_page(issue), action_data("send"), follow=True)
    assert "Sending to 2 readers." in response.content.decode()
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT
    assert len(mail.outbox) == 2


def test_a_user_with_only_the_send_permission_schedules_and_tests(client, staff_member, issue):
    client.force_login(staff_member("sender", SENDER))
    client.post(send_page(issue), action_data("test"))
    client.post(send_page(issue), action_data("schedule"))
    (test_message,) = mail.outbox
    assert test_message.to == ["sender@example.org"]
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SCHEDULED


def test_the_send_button_is_listed_only_for_editors_who_may_send(client, staff_member, issue):
    listing = reverse("wagtailsnippets_newsletter_roundupissue:list")
    client.force_login(staff_member("drafter", DRAFTER))
    assert send_page(issue) not in client.get(listing).content.decode()
    client.force_login(staff_member("sender", DRAFTER + SENDER))
    assert send_page(issue) in client.get(listing).content.decode()


def test_a_user_who_may_only_view_readers_cannot_import_any(client, staff_member, magazine):
    client.force_login(staff_member("viewer", READERS_VIEWER))
    response = client.post(reverse("newsletter_admin:import"), import_data())
    assert is_refused_as_wagtail_refuses(response)
    assert not Subscriber.objects.exists()


def test_a_user_with_only_the_add_reader_permission_imports_readers(client, staff_member, magazine):
    client.force_login(staff_member("adder", READERS_ADDER))
    response = client.post(reverse("newsletter_admin:import"), import_data())
    assert "Added as confirmed: 1." in response.content.decode()
    assert Subscriber.objects.get().email == "new@example.org"


def test_the_import_menu_item_is_shown_only_to_users_who_may_add_readers(
    client, staff_member, magazine
):
    import_url = reverse("newsletter_admin:import")
    client.force_login(staff_member("viewer", READERS_VIEWER))
    assert import_url not in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(staff_member("adder", READERS_ADDER))
    assert import_url in client.get(reverse("wagtailadmin_home")).content.decode()
