"""Reading the search page as a reader sees it."""

import re
from html import unescape

RESULT = re.compile(r'class="search-result__headline"><a href="[^"]+">([^<]+)</a>')
COUNT = re.compile(r'class="search-count" role="status">(\d+) result')
FILTER_LINK = re.compile(
    r'<a(?: class="search-filter__chosen")? href="([^"]+)"(?: aria-current="true")?>([^<]+) '
    r'<span class="search-filter__count">(\d+)</span>'
)


def results(html: str) -> list[str]:
    return [unescape(headline) for headline in RESULT.findall(html)]


def result_count(html: str) -> int | None:
    match = COUNT.search(html)
    return int(match.group(1)) if match else None


def filter_links(html: str) -> list[tuple[str, str, int]]:
    """(address, label, count) of every filter the page offers."""
    return [
        (unescape(href), unescape(label), int(count))
        for href, label, count in FILTER_LINK.findall(html)
    ]
