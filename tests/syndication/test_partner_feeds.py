"""Partner feeds are polled; each new entry becomes a draft, once."""

import datetime
import html

import pytest
from django.urls import reverse

from masthead.articles.models import ArticlePage
from masthead.partners.factories import PartnerFeedFactory
from masthead.syndication.services.importing import partner_article_import
from masthead.syndication.services.polling import partner_feed_poll

from .pages import article_page, jpeg_bytes, rss_feed, rss_item

pytestmark = pytest.mark.django_db

FULL_TEXT = (
    "<p>The audit office published its annual list of late programmes on Monday. "
    "Eleven of them are in defence, and four have been late for more than five years.</p>"
    '<p onmouseover="track()">The oldest is a radio that was due in 2019.<script>bad()</script>'
    "</p><p>Officials blame suppliers; suppliers blame changing requirements.</p>"
)


@pytest.fixture
def feed(partner, partner_site):
    base = partner_site.url("")
    partner_site.serve("/images/bunker.jpg", jpeg_bytes(), content_type="image/jpeg")
    partner_site.serve("/columns/the-bunker/", article_page(base))
    items = [
        rss_item(
            guid="ledger-1",
            link=f"{base}/columns/late-programmes/",
            title="Late programmes",
            content=FULL_TEXT,
        ),
        rss_item(guid="ledger-2", link=f"{base}/columns/the-bunker/", title="The Bunker"),
        rss_item(guid="ledger-3", link=f"{base}/columns/gone/", title="A page that vanished"),
    ]
    partner_site.serve(
        "/feed.xml",
        rss_feed(base, items),
        content_type="application/rss+xml",
        headers={"ETag": '"v1"'},
    )
    return PartnerFeedFactory(partner=partner, url=partner_site.url("/feed.xml"))


def test_new_entries_become_drafts_and_a_broken_one_is_reported(feed):
    report = partner_feed_poll(feed)
    assert report.created == 2
    titles = set(ArticlePage.objects.values_list("title", flat=True))
    assert titles == {"Late programmes", "The Bunker"}
    assert not ArticlePage.objects.filter(live=True).exists()
    ((where, why),) = report.errors
    assert where.endswith("/columns/gone/") and "404" in why
    feed.refresh_from_db()
    assert "/columns/gone/" in feed.last_error


def test_entry_text_is_sanitized(feed):
    partner_feed_poll(feed)
    article = ArticlePage.objects.get(title="Late programmes")
    html = " ".join(str(block.render()) for block in article.body)
    assert "The oldest is a radio" in html
    assert "<script" not in html and "onmouseover" not in html and "bad()" not in html


def test_polling_again_imports_nothing_twice(feed, partner_site):
    partner_feed_poll(feed)
    partner_site.routes["/feed.xml"].headers.pop("ETag")  # force a full read
    second = partner_feed_poll(feed)
    assert second.created == 0
    assert second.already_imported == 2
    assert ArticlePage.objects.count() == 2


def test_an_unchanged_feed_is_not_read_again(feed, partner_site):
    partner_feed_poll(feed)
    feed.refresh_from_db()
    assert feed.etag == '"v1"'
    report = partner_feed_poll(feed)
    assert report.not_modified
    assert partner_site.requests[-1][1].get("If-None-Match") == '"v1"'


def test_an_entry_already_imported_by_url_is_recognised(feed, partner_site):
    partner_article_import(partner_site.url("/columns/the-bunker/"))
    report = partner_feed_poll(feed)
    assert report.created == 1 and report.already_imported == 1
    assert ArticlePage.objects.filter(title="The Bunker").count() == 1


def test_a_feed_that_cannot_be_read_is_reported_in_the_admin(editor_client, partner, partner_site):
    partner_site.serve("/bad-feed.xml", "<html>not a feed</html>", content_type="text/html")
    feed = PartnerFeedFactory(partner=partner, url=partner_site.url("/bad-feed.xml"))
    report = partner_feed_poll(feed)
    assert report.errors
    feed.refresh_from_db()
    assert feed.last_error
    page = html.unescape(editor_client.get(reverse("syndication_import")).content.decode())
    assert feed.url in page
    assert feed.last_error in page


def test_a_garbled_feed_is_reported_and_imports_nothing(partner, partner_site):
    partner_site.serve("/garbled.xml", "<rss><channel><item><title>x", content_type="text/xml")
    feed = PartnerFeedFactory(partner=partner, url=partner_site.url("/garbled.xml"))
    report = partner_feed_poll(feed)
    assert report.created == 0
    feed.refresh_from_db()
    assert feed.last_error


def test_a_feed_of_a_partner_whose_permission_expired_is_not_imported(feed):
    feed.partner.permission_expires_on = datetime.date(2020, 1, 31)
    feed.partner.save()
    report = partner_feed_poll(feed)
    assert report.created == 0 and "expired" in report.errors[0][1]
    assert not ArticlePage.objects.exists()
