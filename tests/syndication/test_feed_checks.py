"""A partner's feeds in the admin: addresses checked when saved, status shown after each poll."""

import html

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import dateformat, timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, querydict_from_html

from masthead.partners.factories import PartnerFactory, PartnerFeedFactory
from masthead.partners.models import PartnerFeed
from masthead.syndication.services.polling import partner_feed_poll

from .pages import rss_feed, rss_item

pytestmark = pytest.mark.django_db

FULL_TEXT = "<p>" + "The council met again and asked for the accounts of the harbour. " * 5 + "</p>"


def partner_edit_url(partner) -> str:
    return reverse("wagtailsnippets_partners_partner:edit", args=[partner.pk])


def save_feeds(client, partner, feed_urls: list[str]):
    """Save the partner's form as the editor sees it, with these feeds added."""
    data = querydict_from_html(
        client.get(partner_edit_url(partner)).content.decode(), form_id="w-editor-form"
    )
    feeds = inline_formset([{"url": url, "active": "on"} for url in feed_urls])
    for name, value in nested_form_data({"feeds": feeds}).items():
        data[name] = value
    return client.post(partner_edit_url(partner), data)


@pytest.mark.parametrize(
    ("feed_url", "error"),
    [
        (
            "file:///etc/passwd",
            "Enter the feed's full http:// or https:// address, as the partner publishes it",
        ),
        (
            "http://127.0.0.1/feed.xml",
            "The address 127.0.0.1 points back at this server (loopback); Masthead only "
            "fetches public addresses.",
        ),
        (
            "http://user:pw@harbour.example/feed.xml",
            "http://user:pw@harbour.example/feed.xml contains a user name or password; remove it.",
        ),
    ],
)
def test_a_feed_address_the_fetcher_would_refuse_is_not_saved(
    partnerships, magazine, feed_url, error
):
    partner = PartnerFactory(name="Harbour Weekly", site_url="https://harbour.example/")
    response = save_feeds(partnerships, partner, [feed_url])
    assert response.status_code == 200
    assert error in html.unescape(response.content.decode())
    assert not PartnerFeed.objects.exists()


def test_a_public_feed_address_is_saved(partnerships, magazine):
    partner = PartnerFactory(name="Harbour Weekly", site_url="https://harbour.example/")
    response = save_feeds(partnerships, partner, ["https://harbour.example/feed.xml"])
    assert response.status_code == 302
    assert list(partner.feeds.values_list("url", flat=True)) == ["https://harbour.example/feed.xml"]


def test_the_test_servers_feed_on_the_allow_list_is_saved(partnerships, partner, partner_site):
    response = save_feeds(partnerships, partner, [partner_site.url("/feed.xml")])
    assert response.status_code == 302
    assert partner.feeds.get().url == partner_site.url("/feed.xml")


@pytest.fixture
def feed(partner, partner_site):
    """A feed of two full-text entries, served by the partner's site."""
    base = partner_site.url("")
    items = [
        rss_item(guid=f"h{n}", link=f"{base}/h{n}/", title=f"Harbour {n}", content=FULL_TEXT)
        for n in (1, 2)
    ]
    partner_site.serve("/feed.xml", rss_feed(base, items), content_type="application/rss+xml")
    return PartnerFeedFactory(partner=partner, url=partner_site.url("/feed.xml"))


def status_row(page: str, feed_url: str) -> dict[str, str]:
    """The feed's row of the feed status table, by column heading."""
    for table in BeautifulSoup(page, "html.parser").select("table.listing"):
        headings = [th.get_text(strip=True) for th in table.select("thead th")]
        for row in table.select("tbody tr"):
            cells = [td.get_text(" ", strip=True) for td in row.select("td")]
            if any(cell.startswith(feed_url) for cell in cells):
                return dict(zip(headings, cells, strict=True))
    raise AssertionError(f"no status row for {feed_url}")


def shown(moment) -> str:
    return dateformat.format(timezone.localtime(moment), "j M Y, H:i T")


def test_a_successful_poll_shows_on_the_partners_page_and_the_import_screen(partnerships, feed):
    partner_feed_poll(feed)
    feed.refresh_from_db()
    for url in (partner_edit_url(feed.partner), reverse("syndication_import")):
        row = status_row(partnerships.get(url).content.decode(), feed.url)
        assert row["Last polled"] == shown(feed.last_polled_at)
        assert row["Last success"] == shown(feed.last_success_at)
        assert row["Items imported"] == "2"
        assert row["Last error"] == "none"


def test_a_failed_poll_shows_its_error_and_keeps_the_last_success(partnerships, feed, partner_site):
    partner_feed_poll(feed)
    feed.refresh_from_db()
    succeeded_at = feed.last_success_at
    partner_site.serve("/feed.xml", "<html>Down for maintenance</html>", status=503)

    partner_feed_poll(feed)

    feed.refresh_from_db()
    row = status_row(partnerships.get(partner_edit_url(feed.partner)).content.decode(), feed.url)
    assert row["Last polled"] == shown(feed.last_polled_at)
    assert row["Last success"] == shown(succeeded_at)
    assert row["Items imported"] == "2"
    assert row["Last error"] == (
        f"Could not fetch the feed: {feed.url} answered with status 503 Service Unavailable."
    )


def test_the_partners_listing_sums_up_their_feeds(partnerships, feed, partner_site):
    partner_feed_poll(feed)
    broken = PartnerFeedFactory(partner=feed.partner, url=partner_site.url("/gone.xml"))
    partner_feed_poll(broken)
    listing = partnerships.get(reverse("wagtailsnippets_partners_partner:list"))
    assert "2 feeds, 2 pieces imported, 1 with an error" in listing.content.decode()


def test_a_feed_never_polled_says_so(partnerships, feed):
    row = status_row(partnerships.get(partner_edit_url(feed.partner)).content.decode(), feed.url)
    assert (row["Last polled"], row["Last success"], row["Items imported"]) == (
        "never",
        "never",
        "0",
    )
