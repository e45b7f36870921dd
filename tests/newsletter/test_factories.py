"""The factories that the demo, the tests and the benchmark build readers and issues with."""

import pytest

from masthead.newsletter.factories import (
    RoundupIssueFactory,
    SubscriberFactory,
    confirmed_readers_create,
)
from masthead.newsletter.models import RoundupIssue, Subscriber

pytestmark = pytest.mark.django_db


def test_a_subscriber_is_a_confirmed_reader_of_the_whole_round_up(magazine):
    reader = SubscriberFactory()
    assert reader.status == Subscriber.Status.CONFIRMED and reader.is_mailable
    assert reader.confirmed_at is not None
    assert reader.all_sections


@pytest.mark.parametrize(
    ("trait", "status"),
    [
        ("pending", Subscriber.Status.PENDING),
        ("unsubscribed", Subscriber.Status.UNSUBSCRIBED),
        ("bounced", Subscriber.Status.BOUNCED),
        ("complained", Subscriber.Status.COMPLAINED),
    ],
)
def test_a_trait_gives_a_subscriber_another_status(magazine, trait, status):
    reader = SubscriberFactory(**{trait: True})
    assert reader.status == status
    assert not reader.is_mailable


def test_a_subscriber_with_sections_takes_only_those(week):
    reader = SubscriberFactory(sections=[week["africa"]])
    reader.refresh_from_db()
    assert not reader.all_sections
    assert list(reader.sections.all()) == [week["africa"]]


def test_confirmed_readers_are_created_in_a_few_queries(week, django_assert_max_num_queries):
    def sections_of(n):
        return [week["africa"], week["europe"]] if n % 10 == 0 else []

    with django_assert_max_num_queries(6):
        readers = confirmed_readers_create(50, first=100, sections_of=sections_of, source="bench")
    assert Subscriber.objects.confirmed().count() == 50
    assert readers[0].email == "reader100@example.org"
    assert {reader.source for reader in readers} == {"bench"}
    choosers = Subscriber.objects.filter(all_sections=False)
    assert choosers.count() == 5
    assert set(choosers.first().sections.all()) == {week["africa"], week["europe"]}


def test_readers_that_exist_already_can_be_left_alone(magazine):
    SubscriberFactory(email="reader1@example.org", unsubscribed=True)
    confirmed_readers_create(3, ignore_conflicts=True)
    assert Subscriber.objects.count() == 3
    assert Subscriber.objects.get(email="reader1@example.org").status == "unsubscribed"


def test_a_roundup_issue_puts_its_picks_first(week):
    issue = RoundupIssueFactory(picks=[week["news"]], articles=[week["analysis"], week["brief"]])
    items = list(issue.items.all())
    assert [item.article for item in items] == [week["news"], week["analysis"], week["brief"]]
    assert [item.is_pick for item in items] == [True, False, False]
    assert issue.contents()["picks"] == [week["news"]]


def test_a_sent_roundup_issue_is_in_the_public_archive(client, week):
    issue = RoundupIssueFactory(sent=True, articles=[week["news"]])
    assert issue.status == RoundupIssue.Status.SENT
    page = client.get(issue.get_absolute_url())
    assert page.status_code == 200
    assert "Talks resume in Addis" in page.content.decode()
