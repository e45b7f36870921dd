"""Dates as machines read them: `<time datetime>`, share-card meta, JSON-LD, sitemaps."""

import datetime

from django.utils.timezone import is_aware, template_localtime


def iso_datetime(value) -> str:
    """`value` in ISO 8601, to the second, in the site's time zone.

    HTML's `<time datetime>` allows at most three fractional digits of a
    second; Python's `isoformat()` (and Django's "c" date format) prints six
    whenever a timestamp has microseconds, which every saved `now()` has.
    """
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        if is_aware(value):
            value = template_localtime(value)
        return value.isoformat(timespec="seconds")
    return value.isoformat()
