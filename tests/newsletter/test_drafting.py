"""The weekly draft: the week's pieces, editor's picks first."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import FeaturedStory
from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.editing import roundup_schedule, roundups_tick

pytestmark = pytest.mark.django_db


def test_the_draft_holds_the_week_with_the_front_page_picks_first(week, magazine):
    magazine.home.lead_story = week["news"]
    magazine.home.save_revision().publish()
    issue = roundup_draft()
    articles = [item.article for item in issue.items.all()]
    assert articles[0] == week["news"]
    assert set(articles) == {week["analysis"], week["news"], week["brief"]}
    contents = issue.contents()
    assert contents["picks"] == [week["news"]]
    assert contents["briefs"] == [week["brief"]]
    assert [section.title for section, _ in contents["sections"]] == ["Europe"]


def test_the_next_draft_starts_where_the_last_one_ended(week):
    first = roundup_draft()
    newer = ArticlePageFactory(title="Fresh", published_at=timezone.now())
    second = roundup_draft(timezone.now() + datetime.timedelta(seconds=1))
    assert second.period_start == first.period_end
    assert [item.article for item in second.items.all()] == [newer]


def test_nothing_new_means_no_draft(week):
    roundup_draft()
    assert roundup_draft(timezone.now() + datetime.timedelta(seconds=1)) is None


def test_the_periodic_tick_drafts_once_a_week(week):
    assert any(line.startswith("drafted") for line in roundups_tick())
    assert not any(line.startswith("drafted") for line in roundups_tick())


def test_a_reader_who_chose_sections_gets_only_those(week):
    issue = roundup_draft()
    contents = issue.contents(section_ids={week["africa"].pk})
    assert contents["sections"] == [] or all(
        section == week["africa"] for section, _ in contents["sections"]
    )
    assert week["brief"] in contents["briefs"]
    assert week["analysis"] not in [a for _, arts in contents["sections"] for a in arts]


def test_unpublished_pieces_drop_out_of_the_issue(week):
    issue = roundup_draft()
    week["analysis"].unpublish()
    assert week["analysis"] not in [a for _, arts in issue.contents()["sections"] for a in arts]


def test_editors_can_feature_pieces_as_picks(week, magazine):
    magazine.home.featured = [FeaturedStory(article=week["analysis"])]
    magazine.home.save_revision().publish()
    issue = roundup_draft()
    assert issue.contents()["picks"] == [week["analysis"]]


def test_a_scheduled_issue_is_sent_when_its_time_comes(week, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    confirmed_readers_create(2)
    issue = roundup_draft()
    roundup_schedule(issue, timezone.now() + datetime.timedelta(hours=1))
    assert not any(line.startswith("started") for line in roundups_tick())
    assert mail.outbox == []
    started = roundups_tick(timezone.now() + datetime.timedelta(hours=2))
    assert any(line.startswith("started") for line in started)
    issue.refresh_from_db()
    assert issue.status == RoundupIssue.Status.SENT
    assert len(mail.outbox) == 2
