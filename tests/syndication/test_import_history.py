"""The import history: a line per attempt, by an editor or a feed, shown to
the roles that look after partners, bounded, and never costing an import."""

import html

import pytest
from bs4 import BeautifulSoup
from django.db import DatabaseError
from django.urls import reverse

from masthead.articles.models import ArticlePage
from masthead.partners.factories import PartnerFactory, PartnerFeedFactory
from masthead.syndication.models import ImportAttempt, ImportRequest
from masthead.syndication.services import history
from masthead.syndication.services.polling import partner_feed_poll
from masthead.syndication.services.requests import import_request_run
from tests.desk.admin import is_refused

from .pages import rss_feed, rss_item

pytestmark = pytest.mark.django_db

HISTORY = "syndication_import_history"
FULL_TEXT = "<p>" + "The harbour board met and published its accounts for the year. " * 5 + "</p>"


def ask_for(client, url: str, partner=None):
    data = {"url": url, "partner": partner.pk if partner else ""}
    return client.post(reverse("syndication_import"), data, follow=True)


def outcomes() -> list[tuple[str, str]]:
    """(outcome, address) of each line, oldest first."""
    return list(ImportAttempt.objects.order_by("pk").values_list("outcome", "url"))


def test_each_import_by_address_is_a_line_of_the_history(
    partnerships, partner, column_url, partner_site
):
    harbour = PartnerFactory(
        name="Harbour Weekly", slug="harbour", site_url="https://harbour.example/"
    )
    gone = partner_site.url("/gone/")

    ask_for(partnerships, column_url)
    ask_for(partnerships, column_url)
    ask_for(partnerships, gone)
    ask_for(partnerships, column_url, harbour)

    assert outcomes() == [
        ("created", column_url),
        ("already_there", column_url),
        ("refused", gone),
        ("refused", column_url),
    ]
    article = ArticlePage.objects.get()
    created, again, refused, mismatch = ImportAttempt.objects.order_by("pk")
    assert (created.article, created.partner, created.requested_by) == (
        article,
        partner,
        partnerships.user,
    )
    assert again.article == article
    assert refused.reason.startswith(f"{gone} answered with status 404")
    assert refused.reason.endswith("open the partner's site and copy its address again.")
    assert mismatch.partner == harbour
    assert mismatch.reason.startswith("127.0.0.1 is not Harbour Weekly's site")


def test_the_history_lists_each_attempt_with_a_link_to_its_article(
    partnerships, partner, column_url, partner_site
):
    ask_for(partnerships, column_url)
    ask_for(partnerships, partner_site.url("/gone/"))
    article = ArticlePage.objects.get()

    page = html.unescape(partnerships.get(reverse(HISTORY)).content.decode())

    assert f'href="{reverse("wagtailadmin_pages:edit", args=[article.pk])}"' in page
    assert "Imported as a draft" in page and "Refused" in page
    assert "answered with status 404 Not Found" in page
    assert page.count("partnerships") >= 2  # who asked, on both lines


def test_the_history_can_show_only_the_refusals(partnerships, partner, column_url, partner_site):
    ask_for(partnerships, column_url)
    ask_for(partnerships, partner_site.url("/gone/"))
    page = partnerships.get(reverse(HISTORY), {"outcome": "refused"}).content.decode()
    rows = [
        row.get_text(" ", strip=True)
        for row in BeautifulSoup(page, "html.parser").select("tbody tr")
    ]
    assert len(rows) == 1
    assert "Refused" in rows[0] and "answered with status 404" in rows[0]


@pytest.fixture
def feed(partner, partner_site):
    """One entry with its full text, one whose page has gone."""
    base = partner_site.url("")
    items = [
        rss_item(guid="h1", link=f"{base}/h1/", title="Harbour accounts", content=FULL_TEXT),
        rss_item(guid="h2", link=f"{base}/gone/", title="A page that vanished"),
    ]
    partner_site.serve("/feed.xml", rss_feed(base, items), content_type="application/rss+xml")
    return PartnerFeedFactory(partner=partner, url=partner_site.url("/feed.xml"))


def test_feed_entries_are_lines_of_the_history_with_their_feed(feed, partner_site):
    partner_feed_poll(feed)
    created, refused = ImportAttempt.objects.order_by("pk")
    assert (created.outcome, created.feed, created.partner) == ("created", feed, feed.partner)
    assert created.article == ArticlePage.objects.get(title="Harbour accounts")
    assert (refused.outcome, refused.feed, refused.url) == (
        "refused",
        feed,
        partner_site.url("/gone/"),
    )
    assert "404" in refused.reason


def test_polling_again_adds_no_line_for_pieces_seen_or_refused_alike(feed):
    partner_feed_poll(feed)
    partner_feed_poll(feed)
    assert ImportAttempt.objects.count() == 2


def test_the_history_names_the_feed_an_import_came_from(partnerships, feed):
    partner_feed_poll(feed)
    page = partnerships.get(reverse(HISTORY)).content.decode()
    assert f"Feed {feed.url}" in page


@pytest.mark.parametrize("role", ["Partnerships", "Editor-in-chief"])
def test_the_roles_that_look_after_partners_read_the_history(desk_member, role):
    client = desk_member(role)
    assert client.get(reverse(HISTORY)).status_code == 200
    assert reverse(HISTORY) in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("role", ["Newsletter editor", "Contributor"])
def test_other_roles_cannot_read_the_history(desk_member, role):
    client = desk_member(role)
    assert is_refused(client.get(reverse(HISTORY)))
    assert reverse(HISTORY) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_an_import_stands_when_its_history_cannot_be_written(
    partner, column_url, editor, monkeypatch
):
    def broken(*args, **kwargs):
        raise DatabaseError("the history table is locked")

    monkeypatch.setattr(ImportAttempt.objects, "create", broken)
    request = ImportRequest.objects.create(url=column_url, requested_by=editor)

    assert import_request_run(request.pk) == "done"

    request.refresh_from_db()
    assert request.article == ArticlePage.objects.get()
    assert not ImportAttempt.objects.exists()


def test_the_history_keeps_only_its_newest_lines(magazine, monkeypatch):
    monkeypatch.setattr(history, "HISTORY_LIMIT", 3)
    for n in range(5):
        history.import_attempt_record(f"https://p.example/{n}/", ImportAttempt.Outcome.REFUSED)
    assert [url for _, url in outcomes()] == [f"https://p.example/{n}/" for n in (2, 3, 4)]
