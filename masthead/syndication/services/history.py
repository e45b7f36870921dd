"""The import history: one line per attempt to import a piece, kept beside
the import and never able to undo it."""

import logging

from django.contrib.auth.models import User
from django.db import transaction

from masthead.articles.models import ArticlePage
from masthead.partners.models import Partner, PartnerFeed

from ..cleaning import printable
from ..models import ImportAttempt

logger = logging.getLogger(__name__)
# About a year of a busy desk and a few feeds; older lines are dropped.
HISTORY_LIMIT = 5_000


def import_attempt_record(
    url: str,
    outcome: ImportAttempt.Outcome,
    *,
    reason: str = "",
    partner: Partner | None = None,
    feed: PartnerFeed | None = None,
    requested_by: User | None = None,
    article: ArticlePage | None = None,
) -> ImportAttempt | None:
    """Write one line of the history and drop the oldest beyond HISTORY_LIMIT.

    Never raises: the import it describes is done (or refused) already, and a
    history that cannot be written must not turn it into a failure. A feed
    entry refused again for the same reason as last time adds no line, so an
    entry the partner never fixes does not fill the history poll after poll.
    """
    reason = printable(reason)[:2000]
    try:
        with transaction.atomic():
            if feed is not None and outcome == ImportAttempt.Outcome.REFUSED:
                latest = ImportAttempt.objects.filter(feed=feed, url=url).first()
                if latest is not None and (latest.outcome, latest.reason) == (outcome, reason):
                    return None
            attempt = ImportAttempt.objects.create(
                url=url[:2000],
                outcome=outcome,
                reason=reason,
                partner=partner or (feed.partner if feed else None),
                feed=feed,
                requested_by=requested_by,
                article=article,
            )
            import_history_prune(HISTORY_LIMIT)
            return attempt
    except Exception:  # the import stands; the log keeps what the history lost
        logger.exception("the import history could not record %s (%s)", url, outcome)
        return None


def import_history_prune(keep: int = HISTORY_LIMIT) -> int:
    """Drop all but the newest `keep` lines (at least one is kept); how many went."""
    newest = ImportAttempt.objects.order_by("-pk").values_list("pk", flat=True)
    oldest_kept = list(newest[max(keep, 1) - 1 : max(keep, 1)])
    if not oldest_kept:
        return 0
    deleted, _ = ImportAttempt.objects.filter(pk__lt=oldest_kept[0]).delete()
    return deleted
