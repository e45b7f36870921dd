"""Counting reads, ranking pages by them, keeping the ranked lists, and
forgetting old counts."""

import datetime
from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import F, QuerySet, Sum
from django.utils import timezone
from wagtail.models import Page

from .models import DailyReads, MostReadList

# Page ids are 32-bit; a longer number in a beacon's address is no page (and
# SQLite would refuse to compare it).
MAX_PAGE_ID = 2**31 - 1


def read_count(page_id: int, day: datetime.date | None = None) -> bool:
    """Count one read of the live page `page_id` on `day` (today); False, and
    nothing counted, when no live page has that id.

    The usual case is one UPDATE (the page was read before that day). The
    day's first read inserts the row; of two first reads at once, one insert
    wins and the other, refused by the unique constraint, adds to its row, so
    no read is lost.
    """
    if not 0 < page_id <= MAX_PAGE_ID:
        return False
    day = day or timezone.localdate()
    row = DailyReads.objects.filter(page_id=page_id, day=day)
    if row.filter(page__live=True).update(count=F("count") + 1):
        return True
    if not Page.objects.filter(pk=page_id, live=True).exists():
        return False
    try:
        with transaction.atomic():
            DailyReads.objects.create(page_id=page_id, day=day, count=1)
    except IntegrityError:
        row.update(count=F("count") + 1)
    return True


def period_start(days: int, today: datetime.date | None = None) -> datetime.date:
    """The first day of the last `days` days, today included."""
    return (today or timezone.localdate()) - datetime.timedelta(days=days - 1)


def most_read_page_ids(
    among: QuerySet, days: int, count: int, today: datetime.date | None = None
) -> list[int]:
    """The ids of the `count` pages of `among` (a queryset of pages) read most
    in the last `days` days, today included; most read first, and of pages
    read as often, the newer (higher id) first. One query."""
    start = period_start(days, today)
    return list(
        DailyReads.objects.filter(day__gte=start, page__in=among.values("pk"))
        .values("page_id")
        .annotate(reads=Sum("count"))
        .order_by("-reads", "-page_id")
        .values_list("page_id", flat=True)[:count]
    )


def most_read_lists(names: Iterable[str]) -> dict[str, list[int]]:
    """The stored lists of these names (a name never stored is left out). One query."""
    return dict(MostReadList.objects.filter(name__in=list(names)).values_list("name", "page_ids"))


def most_read_lists_store(lists: dict[str, list[int]]) -> list[str]:
    """Keep `lists` (name -> page ids) in place of those stored; the names of
    the lists that changed. A list not given is forgotten: its pages are gone."""
    stored = dict(MostReadList.objects.values_list("name", "page_ids"))
    changed = [name for name, ids in lists.items() if stored.get(name, []) != ids]
    for name in changed:
        MostReadList.objects.update_or_create(name=name, defaults={"page_ids": lists[name]})
    MostReadList.objects.exclude(name__in=list(lists)).delete()
    return changed


def reads_prune(keep_days: int, today: datetime.date | None = None) -> int:
    """Delete the counts of days more than `keep_days` ago; how many rows went."""
    deleted, _ = DailyReads.objects.filter(day__lt=period_start(keep_days, today)).delete()
    return deleted
