"""Counting reads by day, ranking pages by them, keeping the ranked lists and
forgetting old counts (readership/services.py)."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Page

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import ArticlePage
from masthead.readership import services
from masthead.readership.factories import daily_reads_create
from masthead.readership.models import DailyReads
from masthead.readership.services import (
    most_read_lists,
    most_read_lists_store,
    most_read_page_ids,
    read_count,
    reads_prune,
)

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 5, 20)


@pytest.fixture(scope="module")
def pieces(shared_rows):
    with shared_rows():
        yield [ArticlePageFactory(title=f"Piece {number}") for number in range(4)]


def counts_of(page) -> dict[datetime.date, int]:
    return dict(DailyReads.objects.filter(page=page).values_list("day", "count"))


def test_reads_are_counted_per_day_in_the_magazine_s_time_zone(pieces, settings):
    settings.TIME_ZONE = "Pacific/Auckland"
    read_count(pieces[0].pk, TODAY)
    read_count(pieces[0].pk, TODAY)
    read_count(pieces[0].pk, TODAY + datetime.timedelta(days=1))
    read_count(pieces[0].pk)
    assert counts_of(pieces[0]) == {
        TODAY: 2,
        TODAY + datetime.timedelta(days=1): 1,
        timezone.localdate(): 1,
    }


def test_the_day_s_first_read_racing_another_loses_neither(pieces, monkeypatch):
    """Both readers find no row for the day; the other's insert lands first;
    this one's insert is refused by the unique constraint and adds instead."""

    class OtherReaderFirst:
        class objects:  # noqa: N801 (stands in for a manager)
            @staticmethod
            def filter(**lookups):
                DailyReads.objects.create(page_id=pieces[1].pk, day=TODAY, count=1)
                return Page.objects.filter(**lookups)

    monkeypatch.setattr(services, "Page", OtherReaderFirst)
    assert read_count(pieces[1].pk, TODAY)
    assert counts_of(pieces[1]) == {TODAY: 2}


def test_a_count_is_one_update_once_the_day_has_its_row(pieces, django_assert_num_queries):
    read_count(pieces[0].pk, TODAY)
    with django_assert_num_queries(1):
        assert read_count(pieces[0].pk, TODAY)


def test_an_unpublished_page_stops_counting(pieces):
    read_count(pieces[2].pk, TODAY)
    ArticlePage.objects.filter(pk=pieces[2].pk).update(live=False)
    assert not read_count(pieces[2].pk, TODAY)
    assert counts_of(pieces[2]) == {TODAY: 1}


def test_pages_are_ranked_by_their_reads_in_the_period_most_read_first(
    pieces, django_assert_num_queries
):
    a, b, c, d = pieces
    daily_reads_create(a, [1, 1, 1], TODAY)  # 3 this week, 1 today
    daily_reads_create(b, [5], TODAY)  # 5, all today
    daily_reads_create(c, [0, 0, 0, 0, 0, 0, 0, 50], TODAY)  # eight days ago: last week
    daily_reads_create(d, [2, 0, 0, 0, 0, 0, 2], TODAY)  # 4, the first on the week's first day
    everything = ArticlePage.objects.all()
    with django_assert_num_queries(1):
        week = most_read_page_ids(everything, days=7, count=10, today=TODAY)
    assert week == [b.pk, d.pk, a.pk]
    assert most_read_page_ids(everything, days=1, count=10, today=TODAY) == [b.pk, d.pk, a.pk]
    assert most_read_page_ids(everything, days=30, count=2, today=TODAY) == [c.pk, b.pk]
    among = ArticlePage.objects.filter(pk__in=[a.pk, c.pk])
    assert most_read_page_ids(among, days=7, count=10, today=TODAY) == [a.pk]


def test_pages_read_as_often_are_ranked_newest_first(pieces):
    for piece in pieces[:3]:
        daily_reads_create(piece, [2], TODAY)
    ranked = most_read_page_ids(ArticlePage.objects.all(), days=1, count=3, today=TODAY)
    assert ranked == sorted((piece.pk for piece in pieces[:3]), reverse=True)


def test_storing_lists_says_which_changed_and_forgets_those_not_given():
    assert most_read_lists_store({"week": [3, 1], "today": []}) == ["week"]
    assert most_read_lists_store({"week": [3, 1], "today": []}) == []
    assert most_read_lists_store({"week": [1, 3], "today": [1]}) == ["week", "today"]
    assert most_read_lists_store({"week": [1, 3]}) == []
    assert most_read_lists(["week", "today"]) == {"week": [1, 3]}


def test_counts_older_than_the_keeping_period_are_deleted(pieces):
    daily_reads_create(pieces[0], [1] * 12, TODAY)
    assert reads_prune(keep_days=10, today=TODAY) == 2
    assert min(counts_of(pieces[0])) == TODAY - datetime.timedelta(days=9)
    assert reads_prune(keep_days=10, today=TODAY) == 0
