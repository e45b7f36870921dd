"""Read counts for the demo and the tests (readers' beacons make the real ones)."""

import datetime
from collections.abc import Sequence

import factory
from django.utils import timezone
from wagtail.models import Page

from .models import DailyReads


class DailyReadsFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = DailyReads
        django_get_or_create = ("page", "day")

    day = factory.LazyFunction(timezone.localdate)
    count = 1


def daily_reads_create(
    page: Page, counts: Sequence[int], today: datetime.date | None = None
) -> list[DailyReads]:
    """`page`'s reads: `counts[0]` today, `counts[1]` the day before, and so on
    (a day of 0 gets no row, as no read makes none)."""
    today = today or timezone.localdate()
    return [
        DailyReadsFactory(page=page, day=today - datetime.timedelta(days=back), count=count)
        for back, count in enumerate(counts)
        if count
    ]
