"""Working the most-read lists out again (the scheduler's job, every few
minutes): rank the live articles of the magazine and of each live section for
each period, keep the lists (readership), and purge the pages printing a list
that changed, and only those (core/purge.py).
"""

import datetime

from masthead.core.purge import purge, purging
from masthead.core.surrogate_keys import most_read_key
from masthead.readership.services import most_read_lists_store

from .models import HomePage, SectionPage
from .models.most_read import PERIODS, most_read_list_name, most_read_rank


def most_read_lists_rank(today: datetime.date | None = None) -> dict[str, list[int]]:
    """Every list the rails print, by name: two queries for the magazine and
    two for each live section."""
    sections = [None, *SectionPage.objects.live().order_by("pk").values_list("pk", flat=True)]
    return {
        most_read_list_name(period, section): most_read_rank(days, section, today=today)
        for section in sections
        for period, days in PERIODS.items()
    }


def most_read_refresh(today: datetime.date | None = None) -> list[str]:
    """Rank, keep and purge; the names of the lists that changed."""
    changed = most_read_lists_store(most_read_lists_rank(today))
    if changed and purging():
        section_ids = {_section_of(name) for name in changed}
        keys = {most_read_key(section_id) for section_id in section_ids}
        purge(keys, _urls(section_ids))
    return changed


def _section_of(name: str) -> int | None:
    """The section id of a list's name ("week:section-12" -> 12; "week" -> None)."""
    _, _, section = name.partition(":section-")
    return int(section) if section else None


def _urls(section_ids: set[int | None]) -> set[str]:
    """The pages printing those lists, for caches purged by URL (a CDN)."""
    pages = list(SectionPage.objects.live().filter(pk__in=section_ids - {None}))
    if None in section_ids:
        pages += list(HomePage.objects.live())
    return {url for page in pages if (url := page.get_full_url())}
