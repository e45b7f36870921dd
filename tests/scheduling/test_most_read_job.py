"""The scheduler's most-read job: the lists worked out again, old counts deleted."""

import pytest

from masthead.articles.factories import ArticlePageFactory, SectionPageFactory
from masthead.readership.factories import daily_reads_create
from masthead.readership.models import DailyReads
from masthead.readership.services import most_read_lists
from masthead.scheduling.jobs import job_named

pytestmark = pytest.mark.django_db


def test_the_job_ranks_the_lists_again_and_deletes_counts_past_their_keeping(magazine, settings):
    settings.MASTHEAD_READS_KEEP_DAYS = 10
    europe = SectionPageFactory(title="Europe")
    article = ArticlePageFactory(title="Grain", section=europe)
    daily_reads_create(article, [3, *[0] * 11, 1])  # today, and twelve days ago
    job = job_named("most_read")

    said = job.run()
    assert said == (
        f"Most-read lists changed: today, week, today:section-{europe.pk}, "
        f"week:section-{europe.pk}. Deleted 1 old daily read counts."
    )
    assert most_read_lists(["today", "week"]) == {"today": [article.pk], "week": [article.pk]}
    assert DailyReads.objects.count() == 1
    assert job.run() == ""  # nothing changed, nothing to say


def test_the_job_runs_every_ten_minutes_unless_set_otherwise():
    assert job_named("most_read").every == "10 minutes"
