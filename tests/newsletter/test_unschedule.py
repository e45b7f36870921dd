"""A scheduled issue can be put back to draft, by those who may send it."""

import datetime
import html

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from masthead.newsletter.factories import RoundupIssueFactory, confirmed_readers_create
from masthead.newsletter.models import RoundupIssue
from masthead.newsletter.services.editing import roundup_unschedule, roundups_tick

pytestmark = pytest.mark.django_db

DRAFTER = ["newsletter.change_roundupissue"]
SENDER = ["newsletter.send_roundupissue"]


@pytest.fixture
def scheduled(week, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    confirmed_readers_create(2)
    return RoundupIssueFactory(scheduled=True, articles=[week["analysis"]])


def send_page(issue):
    return reverse("newsletter_admin:send", args=[issue.pk])


def unschedule(client, issue):
    return client.post(send_page(issue), {"action": "unschedule"}, follow=True)


def test_the_send_page_of_a_scheduled_issue_offers_to_unschedule_it(editor_client, scheduled):
    assert "Unschedule (back to draft)" in editor_client.get(send_page(scheduled)).content.decode()


def test_a_draft_is_not_offered_to_be_unscheduled(editor_client, week):
    draft = RoundupIssueFactory()
    assert "Unschedule" not in editor_client.get(send_page(draft)).content.decode()


def test_an_unscheduled_issue_is_a_draft_again_and_is_not_sent(editor_client, scheduled):
    response = unschedule(editor_client, scheduled)
    assert "Unscheduled: the issue is a draft again" in response.content.decode()
    scheduled.refresh_from_db()
    assert scheduled.status == RoundupIssue.Status.DRAFT
    assert scheduled.scheduled_for is None
    started = roundups_tick(timezone.now() + datetime.timedelta(days=2))
    assert not any(line.startswith("started") for line in started)
    assert mail.outbox == []


def test_a_user_with_only_the_send_permission_unschedules(client, staff_member, scheduled):
    client.force_login(staff_member("sender", SENDER))
    unschedule(client, scheduled)
    scheduled.refresh_from_db()
    assert scheduled.status == RoundupIssue.Status.DRAFT


def test_an_editor_who_may_only_draft_cannot_unschedule(client, staff_member, scheduled):
    client.force_login(staff_member("drafter", DRAFTER))
    response = client.post(send_page(scheduled), {"action": "unschedule"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    scheduled.refresh_from_db()
    assert scheduled.status == RoundupIssue.Status.SCHEDULED


@pytest.mark.parametrize("status", [RoundupIssue.Status.SENDING, RoundupIssue.Status.SENT])
def test_an_issue_whose_sending_began_cannot_be_unscheduled(editor_client, scheduled, status):
    scheduled.status = status
    scheduled.save()
    response = unschedule(editor_client, scheduled)
    assert f"This issue is not scheduled: it is {status.label.lower()}." in html.unescape(
        response.content.decode()
    )
    scheduled.refresh_from_db()
    assert scheduled.status == status


def test_the_scheduler_leaves_an_issue_unscheduled_after_it_looked(scheduled, monkeypatch):
    """The scheduler lists the due issues, then starts each only if it is still
    scheduled: an editor who unscheduled it in between wins."""
    list_then_unschedule = _listing_due_issues_then(lambda: roundup_unschedule(scheduled))
    monkeypatch.setattr(RoundupIssue.objects, "filter", list_then_unschedule)
    started = roundups_tick(timezone.now() + datetime.timedelta(days=2))
    assert not any(line.startswith("started") for line in started)
    scheduled.refresh_from_db()
    assert scheduled.status == RoundupIssue.Status.DRAFT
    assert mail.outbox == []


def _listing_due_issues_then(meanwhile):
    """RoundupIssue.objects.filter, which runs `meanwhile` right after the
    scheduler has listed the due issues."""
    real_filter = RoundupIssue.objects.filter

    def filter_(*args, **kwargs):
        found = real_filter(*args, **kwargs)
        if "scheduled_for__lte" in kwargs and "pk" not in kwargs:
            found = list(found)
            meanwhile()
        return found

    return filter_
