"""Polling partner feeds: each new entry becomes a draft, one bad entry never
stops the others, and a failing feed is reported in the admin."""

import logging
import re
import time
from dataclasses import dataclass, field

import feedparser
from django.conf import settings
from django.utils import timezone

from masthead.core.fetch import FetchError, fetch
from masthead.core.time_limit import TimeLimitExceeded, time_limit
from masthead.partners.models import PartnerFeed

from ..cleaning import UnreadableHTML, html_to_text, printable
from ..models import ImportAttempt, ImportedItem
from .history import import_attempt_record
from .importing import (
    Extracted,
    ImportRefused,
    _date,
    article_from_extracted,
    normalise_url,
    partner_article_import,
    permission_check,
)

logger = logging.getLogger(__name__)
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
)
MAX_ENTRIES = 50
# A feed of 50 entries with their full text is rarely over 1 MB.
MAX_FEED_BYTES = 3 * 1024 * 1024
# The end of an RSS item or an Atom entry, with or without a namespace prefix.
_ENTRY_END = re.compile(rb"</(?:[A-Za-z][\w.-]*:)?(?:item|entry)\s*>", re.IGNORECASE)


@dataclass
class PollReport:
    not_modified: bool = False
    created: int = 0
    already_imported: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)  # (entry link or id, message)


def _entry_extracted(entry: feedparser.FeedParserDict, link: str) -> Extracted | None:
    """The feed's own full text, when it carries one; else None (fetch the page)."""
    contents = [c for c in entry.get("content", []) if "html" in c.get("type", "")]
    if not contents or len(contents[0].get("value", "")) < 200:
        return None
    authors = [a.get("name", "") for a in entry.get("authors", []) if a.get("name")]
    image = next(
        (m.get("url") for m in entry.get("media_content", []) if m.get("url")), ""
    ) or next(
        (e.get("href") for e in entry.get("enclosures", []) if "image" in e.get("type", "")), ""
    )
    return Extracted(
        title=entry.get("title", "").strip(),
        dek=html_to_text(entry.get("summary", "")),
        authors=authors,
        published=_date(entry.get("published") and _iso(entry.get("published_parsed"))),
        canonical_url=link,
        image_url=image,
        image_alt="",
        body_html=contents[0]["value"],
    )


def feed_head(content: bytes, entries: int = MAX_ENTRIES) -> bytes:
    """The feed up to the end of its `entries`-th entry. Only that many are
    imported, and parsing the rest would cost time for nothing; feedparser
    reads the cut document (without its closing tags) all the same."""
    for count, match in enumerate(_ENTRY_END.finditer(content), start=1):
        if count == entries:
            return content[: match.end()]
    return content


def _iso(parsed: time.struct_time | None) -> str | None:
    if not parsed:
        return None
    return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}+00:00".format(*parsed[:6])


def _import_entry(feed: PartnerFeed, entry: feedparser.FeedParserDict, report: PollReport) -> None:
    link = entry.get("link", "")
    entry_id = (entry.get("id") or link)[:500]
    if not link:
        raise ImportRefused("The entry has no link.")
    url = normalise_url(link)
    seen = ImportedItem.objects.filter(feed=feed, entry_id=entry_id).exists() or (
        ImportedItem.objects.filter(url=url).exists()
    )
    if seen:
        report.already_imported += 1
        return
    extracted = _entry_extracted(entry, link)
    if extracted is None:
        result = partner_article_import(link, feed.partner)
        ImportedItem.objects.filter(url=normalise_url(result.article.original_url)).update(
            feed=feed, entry_id=entry_id
        )
    else:
        result = article_from_extracted(
            extracted, feed.partner, source_url=link, feed=feed, entry_id=entry_id
        )
    if result.created:
        report.created += 1
        outcome = ImportAttempt.Outcome.CREATED
    else:
        report.already_imported += 1
        outcome = ImportAttempt.Outcome.ALREADY_THERE
    import_attempt_record(link, outcome, feed=feed, article=result.article)


def _import_entry_alone(
    feed: PartnerFeed, entry: feedparser.FeedParserDict, report: PollReport
) -> None:
    """Import one entry within its time limit; a refusal or failure is reported
    and recorded in the import history, and the next entry is imported all the same."""
    where = entry.get("link") or entry.get("id", "?")
    try:
        with time_limit(settings.MASTHEAD_IMPORT_TIME_LIMIT, "Importing the entry"):
            _import_entry(feed, entry, report)
        return
    except (ImportRefused, FetchError, UnreadableHTML, TimeLimitExceeded) as error:
        report.errors.append((where, str(error)))
    except Exception as error:  # one bad entry must never stop the others
        logger.exception("feed entry failed: %s", entry.get("link"))
        report.errors.append((where, f"{type(error).__name__}: {error}"))
    import_attempt_record(
        where, ImportAttempt.Outcome.REFUSED, reason=report.errors[-1][1], feed=feed
    )


def partner_feed_poll(feed: PartnerFeed) -> PollReport:
    """Fetch the feed (conditionally) and import its new entries as drafts."""
    report = PollReport()
    feed.last_polled_at = timezone.now()
    try:
        permission_check(feed.partner)
    except ImportRefused as error:
        feed.last_error = str(error)
        feed.save(update_fields=["last_polled_at", "last_error"])
        report.errors.append((feed.url, feed.last_error))
        return report
    headers: dict[str, str] = {}
    if feed.etag:
        headers["If-None-Match"] = feed.etag
    if feed.last_modified:
        headers["If-Modified-Since"] = feed.last_modified
    try:
        response = fetch(
            feed.url,
            accept=FEED_TYPES,
            headers=headers,
            max_bytes=MAX_FEED_BYTES,
            ports=feed.partner.configured_ports,
        )
    except FetchError as error:
        feed.last_error = f"Could not fetch the feed: {error}"
        feed.save(update_fields=["last_polled_at", "last_error"])
        report.errors.append((feed.url, feed.last_error))
        return report
    if response.not_modified:
        report.not_modified = True
        feed.last_error = ""
        feed.last_success_at = feed.last_polled_at
        feed.save(update_fields=["last_polled_at", "last_error", "last_success_at"])
        return report
    # The entries' HTML reaches our cleaning as the partner sent it: feedparser's
    # own sanitizer would be a second allow-list, and its link resolution would
    # follow the feed's xml:base, which the partner writes (any host, any scheme).
    try:
        with time_limit(settings.MASTHEAD_POLL_TIME_LIMIT, "Reading the feed"):
            parsed = feedparser.parse(
                feed_head(response.content), sanitize_html=False, resolve_relative_uris=False
            )
    except TimeLimitExceeded as error:
        feed.last_error = str(error)
        feed.save(update_fields=["last_polled_at", "last_error"])
        report.errors.append((feed.url, feed.last_error))
        return report
    if parsed.bozo and not parsed.entries:
        problem = printable(str(parsed.get("bozo_exception")))[:300]
        feed.last_error = f"Not a readable RSS or Atom feed: {problem}"
        feed.save(update_fields=["last_polled_at", "last_error"])
        report.errors.append((feed.url, feed.last_error))
        return report
    for entry in parsed.entries[:MAX_ENTRIES]:
        _import_entry_alone(feed, entry, report)
    feed.etag = printable(response.headers.get("etag", ""))[:200]
    feed.last_modified = printable(response.headers.get("last-modified", ""))[:100]
    feed.last_success_at = feed.last_polled_at
    feed.last_error = printable("; ".join(f"{where}: {why}" for where, why in report.errors))[:2000]
    feed.save()
    return report


def partner_feeds_poll() -> dict[str, PollReport]:
    """Poll every active feed. Reading a feed and importing each entry have
    their own time limits; a feed that fails, however it fails, is reported on
    it and the others are polled."""
    reports = {}
    for feed in PartnerFeed.objects.filter(active=True).select_related("partner"):
        try:
            reports[feed.url] = partner_feed_poll(feed)
        except Exception as error:  # one feed must never stop the others
            logger.exception("polling %s failed", feed.url)
            report = PollReport(errors=[(feed.url, printable(f"{error}")[:500])])
            PartnerFeed.objects.filter(pk=feed.pk).update(
                last_polled_at=timezone.now(),
                last_error=f"The feed could not be polled: {report.errors[0][1]}",
            )
            reports[feed.url] = report
    return reports
