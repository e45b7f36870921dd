"""No single partner input holds a worker for long, and each fails alone.

Deeply nested or oversized HTML is refused before it is parsed, feeds are read
only as far as the entries that are imported, imports and polls run within a
time limit, and one broken feed or entry never stops the others.
"""

import time

import pytest

from masthead.articles.models import ArticlePage
from masthead.partners.factories import PartnerFeedFactory
from masthead.syndication import cleaning
from masthead.syndication.models import ImportRequest
from masthead.syndication.services import importing
from masthead.syndication.services.polling import (
    MAX_ENTRIES,
    feed_head,
    partner_feed_poll,
    partner_feeds_poll,
)
from masthead.syndication.services.requests import import_request_run

from .pages import article_page, rss_feed, rss_item

pytestmark = pytest.mark.django_db

ENOUGH_TEXT = "<p>" + "The committee met again on Tuesday and asked for the papers. " * 5 + "</p>"


def nested(depth: int, tag: str = "div") -> str:
    return f"<{tag}>" * depth + "The words at the bottom." + f"</{tag}>" * depth


def test_html_nested_thousands_deep_is_refused_before_it_is_parsed():
    started = time.process_time()
    with pytest.raises(cleaning.UnreadableHTML, match="nested 50,000 levels deep"):
        cleaning.html_to_blocks(nested(50_000))
    # Parsing it would take tens of seconds; the refusal reads the tags once.
    assert time.process_time() - started < 2


def test_ordinary_nesting_and_unclosed_paragraphs_are_read():
    html = nested(40) + "<p>one<p>two<p>three" * 2000 + "<ul><li>a<li>b</ul><br><img src=x>"
    assert cleaning.nesting_depth(html) == 40
    assert cleaning.html_to_blocks(html)


def test_html_larger_than_any_article_is_refused():
    with pytest.raises(cleaning.UnreadableHTML, match="characters of HTML"):
        cleaning.html_to_blocks("<p>" + "word " * 500_000 + "</p>")


def test_a_feed_is_read_only_as_far_as_the_entries_imported():
    items = [
        rss_item(guid=f"g{n}", link=f"https://p.example/{n}/", title=f"T{n}") for n in range(300)
    ]
    head = feed_head(rss_feed("https://p.example", items).encode())
    assert head.count(b"<item>") == MAX_ENTRIES
    assert head.endswith(b"</item>")


def test_a_feed_entry_nested_too_deep_fails_alone(partner, partner_site):
    base = partner_site.url("")
    items = [
        rss_item(guid="deep", link=f"{base}/deep/", title="Deep", content=nested(5_000)),
        rss_item(guid="fine", link=f"{base}/fine/", title="Fine", content=ENOUGH_TEXT),
    ]
    partner_site.serve("/feed.xml", rss_feed(base, items), content_type="application/rss+xml")
    feed = PartnerFeedFactory(partner=partner, url=partner_site.url("/feed.xml"))

    report = partner_feed_poll(feed)

    assert list(ArticlePage.objects.values_list("title", flat=True)) == ["Fine"]
    ((where, why),) = report.errors
    assert where.endswith("/deep/") and "nested 5,000 levels deep" in why
    feed.refresh_from_db()
    assert "nested 5,000 levels deep" in feed.last_error


def test_control_characters_in_a_feed_are_dropped_not_stored(partner, partner_site):
    base = partner_site.url("")
    # NUL cannot be written in XML 1.0, but feeds carry it all the same.
    title = "Budget\x00 lines\x07 and\x1b what they hide"
    items = [rss_item(guid="nul", link=f"{base}/nul/", title=title, content=ENOUGH_TEXT)]
    partner_site.serve("/feed.xml", rss_feed(base, items), content_type="application/rss+xml")
    feed = PartnerFeedFactory(partner=partner, url=partner_site.url("/feed.xml"))

    partner_feed_poll(feed)

    assert ArticlePage.objects.get().title == "Budget lines and what they hide"


def test_one_feed_failing_unexpectedly_does_not_stop_the_others(partner, partner_site, monkeypatch):
    base = partner_site.url("")
    good = [rss_item(guid="ok", link=f"{base}/ok/", title="Still polled", content=ENOUGH_TEXT)]
    partner_site.serve("/good.xml", rss_feed(base, good), content_type="application/rss+xml")
    partner_site.serve("/bad.xml", rss_feed(base, []), content_type="application/rss+xml")
    broken = PartnerFeedFactory(partner=partner, url=partner_site.url("/bad.xml"))
    PartnerFeedFactory(partner=partner, url=partner_site.url("/good.xml"))
    poll = partner_feed_poll

    def poll_or_break(feed):
        if feed.pk == broken.pk:
            raise RuntimeError("the feed's storage went away")
        return poll(feed)

    monkeypatch.setattr("masthead.syndication.services.polling.partner_feed_poll", poll_or_break)

    reports = partner_feeds_poll()

    assert ArticlePage.objects.get().title == "Still polled"
    assert reports[broken.url].errors
    broken.refresh_from_db()
    assert broken.last_error == "The feed could not be polled: the feed's storage went away"


def test_an_import_that_runs_past_its_time_limit_is_stopped_and_explained(
    partner, column_url, settings, monkeypatch, editor
):
    settings.MASTHEAD_IMPORT_TIME_LIMIT = 0.5
    extract = importing.extract

    def slow_extract(html, url):
        time.sleep(5)
        return extract(html, url)

    monkeypatch.setattr(importing, "extract", slow_extract)
    request = ImportRequest.objects.create(url=column_url, requested_by=editor)

    started = time.monotonic()
    assert import_request_run(request.pk) == "failed"

    assert time.monotonic() - started < 3
    request.refresh_from_db()
    assert request.message == (
        "The import took longer than 0.5 seconds and was stopped. "
        "Try again in a few minutes; if it keeps failing, tell the partner."
    )
    assert not ArticlePage.objects.exists()


def test_an_import_request_is_carried_out_once(partner, column_url, editor):
    request = ImportRequest.objects.create(url=column_url, requested_by=editor)
    assert import_request_run(request.pk) == "done"
    assert import_request_run(request.pk) == "not queued"
    assert ArticlePage.objects.count() == 1


def test_a_page_heavy_with_scripts_is_read_without_them(partner, partner_site):
    script = "<script>" + "var tracking = 1;" * 200_000 + "</script>"
    url = partner_site.serve(
        "/heavy/", article_page(partner_site.url(""), extra_body=script, title="Heavy")
    )
    result = importing.partner_article_import(url)
    assert result.article.title == "Heavy"


def test_a_page_with_too_many_elements_is_refused(partner, partner_site):
    url = partner_site.serve(
        "/huge/", article_page(partner_site.url(""), extra_body="<span>x</span>" * 40_000)
    )
    with pytest.raises(importing.ImportRefused, match="HTML elements"):
        importing.partner_article_import(url)
