"""Partner feeds are polled; each new entry becomes a draft, once."""

import datetime
import html

import pytest
from django.urls import reverse
from wagtail.models import Page

from masthead.articles.factories import SectionPageFactory
from masthead.articles.models import ArticlePage, AuthorPage
from masthead.partners.factories import PartnerFeedFactory
from masthead.syndication.services.importing import partner_article_import
from masthead.syndication.services.polling import partner_feed_poll

from .pages import HOSTILE_BODY, article_page, jpeg_bytes, rss_feed, rss_item
from .rich_text import assert_survives_the_editor, rich_texts, stored_blocks

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


@pytest.fixture
def hostile_feed(partner, partner_site):
    """A feed with full text that shows tags, hides some and links every way;
    its xml:base points somewhere else than the partner's site."""
    base = partner_site.url("")
    item = rss_item(
        guid="ledger-9",
        link=f"{base}/columns/hostile/",
        title="Hostile text",
        content=HOSTILE_BODY + FULL_TEXT,
    )
    body = rss_feed(base, [item]).replace("<channel>", '<channel xml:base="https://else.example/">')
    partner_site.serve("/hostile.xml", body, content_type="application/rss+xml")
    return PartnerFeedFactory(partner=partner, url=partner_site.url("/hostile.xml"))


def polled_article(feed) -> ArticlePage:
    report = partner_feed_poll(feed)
    assert report.created == 1, report.errors
    return ArticlePage.objects.get(title="Hostile text")


def stored_text(article) -> str:
    html_texts = (html for html, _features in rich_texts(stored_blocks(article)))
    return " ".join(" ".join(html_texts).split())


def test_tags_a_feed_entry_only_shows_stay_text(hostile_feed):
    stored = stored_text(polled_article(hostile_feed))
    assert "&lt;img src=" in stored and "&lt;script&gt;" in stored and "&lt;iframe" in stored
    assert "<img" not in stored and "<script" not in stored and "<iframe" not in stored
    assert "onerror" not in stored and "onclick" not in stored and "onmouseover" not in stored


def test_a_feed_entry_survives_a_round_trip_through_the_editor(hostile_feed):
    assert_survives_the_editor(stored_blocks(polled_article(hostile_feed)))


def test_a_feed_entrys_draft_opens_in_the_editor(editor_client, hostile_feed):
    article = polled_article(hostile_feed)
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert response.status_code == 200


def test_relative_links_in_a_feed_are_resolved_against_the_partner_site_not_xml_base(
    hostile_feed,
):
    hostile_feed.partner.site_url = "https://ledger.example.org/"
    hostile_feed.partner.save()
    stored = stored_text(polled_article(hostile_feed))
    assert '<a href="https://ledger.example.org/columns/other/">the other column</a>' in stored
    assert '<a href="https://cdn.example.net/report.pdf">the report</a>' in stored
    assert "else.example" not in stored


def test_relative_links_in_a_feed_are_dropped_when_the_partner_site_is_not_https(hostile_feed):
    stored = stored_text(polled_article(hostile_feed))
    assert "See the other column, the report and this." in stored


def test_javascript_links_in_a_feed_are_dropped_keeping_their_text(hostile_feed):
    stored = stored_text(polled_article(hostile_feed))
    assert "javascript" not in stored and " and this." in stored


def test_polling_a_feed_puts_nothing_live(feed):
    live_before = set(Page.objects.live().values_list("pk", flat=True))
    report = partner_feed_poll(feed)
    assert report.created == 2
    assert set(Page.objects.live().values_list("pk", flat=True)) == live_before
    assert not AuthorPage.objects.get(title="Nadia Reyes").live


def test_authors_from_a_feed_go_live_when_an_editor_publishes_the_piece(feed):
    partner_feed_poll(feed)
    article = ArticlePage.objects.get(title="Late programmes")
    article.section = SectionPageFactory()
    article.save_revision().publish()
    assert AuthorPage.objects.get(title="Nadia Reyes").live
