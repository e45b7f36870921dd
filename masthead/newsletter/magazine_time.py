"""Times as the round-up's editors read and type them: in the magazine's time zone.

The admin shows each editor their own time zone (their Wagtail profile), but a
round-up goes out at the magazine's hour, so the send page reads and prints
times in `settings.TIME_ZONE` (`MASTHEAD_TIME_ZONE`) and always names the zone.
"""

import datetime
import zoneinfo

from django.conf import settings


def magazine_time_zone() -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def magazine_time_zone_name() -> str:
    return settings.TIME_ZONE


def magazine_local(moment: datetime.datetime) -> datetime.datetime:
    return moment.astimezone(magazine_time_zone())


def magazine_time_display(moment: datetime.datetime) -> str:
    """E.g. "Friday 4 December 2026, 07:00 (Europe/London)"."""
    local = magazine_local(moment)
    return f"{local:%A} {local.day} {local:%B %Y, %H:%M} ({magazine_time_zone_name()})"


def magazine_time_input(moment: datetime.datetime) -> str:
    """The value a datetime-local field holds for `moment`, in the magazine's zone."""
    return f"{magazine_local(moment):%Y-%m-%dT%H:%M}"
