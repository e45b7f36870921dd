"""Drafting the week's round-up from what was published since the last one."""

import datetime

from django.db import transaction
from django.utils import timezone

from masthead.articles.models import ArticlePage, HomePage

from ..models import RoundupIssue, RoundupItem

DEFAULT_PERIOD = datetime.timedelta(days=7)


def _period_start(now: datetime.datetime) -> datetime.datetime:
    last = RoundupIssue.objects.order_by("-period_end").values_list("period_end", flat=True).first()
    return last if last else now - DEFAULT_PERIOD


def _editors_picks(pieces: list[ArticlePage]) -> set[int]:
    """The front page's lead and featured stories count as the editor's picks."""
    home = HomePage.objects.first()
    if home is None:
        return set()
    chosen = {story.article_id for story in home.featured.all()}
    if home.lead_story_id:
        chosen.add(home.lead_story_id)
    return chosen & {piece.pk for piece in pieces}


@transaction.atomic
def roundup_draft(now: datetime.datetime | None = None) -> RoundupIssue | None:
    """A draft issue of everything published since the previous issue's period.

    Returns None when nothing new was published. Picks come first; the
    template groups the rest by section and lists briefs compactly.
    """
    now = now or timezone.now()
    start = _period_start(now)
    pieces = list(
        ArticlePage.objects.live()
        .filter(published_at__gt=start, published_at__lte=now)
        .order_by("published_at")
    )
    if not pieces:
        return None
    picks = _editors_picks(pieces)
    ordered = [p for p in pieces if p.pk in picks] + [p for p in pieces if p.pk not in picks]
    issue = RoundupIssue.objects.create(
        subject=f"The week in review: {now:%-d %B %Y}",
        period_start=start,
        period_end=now,
    )
    RoundupItem.objects.bulk_create(
        RoundupItem(issue=issue, article=piece, is_pick=piece.pk in picks, sort_order=number)
        for number, piece in enumerate(ordered)
    )
    return issue
