"""The most-read rail: the live articles read most today and this week, in the
whole magazine (the front page) and in each section (its page).

Reads are counted by the readership app. The scheduler ranks the articles
every few minutes and readership keeps the lists (`most_read_refresh`,
articles/most_read_lists.py); pages print the stored lists, so a page drawn
between two refreshes agrees with the copies in the cache, and a refresh
purges the pages printing a list only when that list changed.
"""

import datetime
from dataclasses import dataclass

from masthead.core.surrogate_keys import most_read_key
from masthead.readership.services import most_read_lists, most_read_page_ids

from .article_page import ArticlePage

MOST_READ_COUNT = 5
# Each period: its name in the stored lists and how many days it covers, today included.
PERIODS = {"today": 1, "week": 7}


def most_read_list_name(period: str, section=None) -> str:
    """The stored list of a period, for the magazine or a section (a page or its id)."""
    if section is None:
        return period
    return f"{period}:section-{section if isinstance(section, int) else section.pk}"


def most_read_rank(
    days: int,
    section=None,
    count: int = MOST_READ_COUNT,
    today: datetime.date | None = None,
) -> list[int]:
    """The ids of the `count` live articles read most in the last `days` days,
    most read first: of `section` (its own pieces and those naming it as a
    further section), or of the magazine. One query."""
    articles = ArticlePage.objects.live()
    if section is not None:
        articles = articles.in_section(section)
    return most_read_page_ids(articles, days, count, today)


def most_read_stored(section=None) -> dict[str, list[int]]:
    """The stored lists for the rail of `section` (None: the magazine's), by
    period; a list not worked out yet is empty. One query."""
    names = {period: most_read_list_name(period, section) for period in PERIODS}
    stored = most_read_lists(names.values())
    return {period: stored.get(name, []) for period, name in names.items()}


@dataclass(frozen=True)
class MostRead:
    """What the rail prints: the articles of each period, most read first
    (each with its id, title and address only)."""

    today: list[ArticlePage]
    week: list[ArticlePage]
    section: object = None  # the section whose rail this is; None: the magazine's

    @property
    def key(self) -> str:
        """The surrogate key of the pages printing this rail."""
        return most_read_key(self.section)

    def __bool__(self) -> bool:
        return bool(self.today or self.week)


def most_read_select(section=None) -> MostRead:
    """The rail of `section` (None: the magazine's) as stored; of its articles
    only those still live, read with what the rail prints (headline and
    address). Two queries however long the lists."""
    stored = most_read_stored(section)
    ids = {pk for listed in stored.values() for pk in listed}
    found = {}
    if ids:
        live = ArticlePage.objects.live().filter(pk__in=ids).order_by()
        found = {article.pk: article for article in live.only("pk", "title", "url_path")}
    lists = {period: [found[pk] for pk in stored[period] if pk in found] for period in PERIODS}
    return MostRead(today=lists["today"], week=lists["week"], section=section)
