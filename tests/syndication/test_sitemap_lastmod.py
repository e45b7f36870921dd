"""The sitemap dates each address by its last real change, and lists the
partners' pages and the round-up archive."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.core.surrogate_keys import ROUNDUPS, SITEMAPS
from masthead.newsletter.factories import RoundupIssueFactory
from masthead.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def day(text: str) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.fromisoformat(text))


def lastmods(client) -> dict[str, str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    return {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in root.iter(f"{SITEMAP}url")
    }


@pytest.fixture
def pieces(magazine):
    author = AuthorPageFactory(title="Amara Okafor")
    europe, asia = SectionPageFactory(title="Europe"), SectionPageFactory(title="Asia")
    old = ArticlePageFactory(section=europe, authors=[author], published_at=day("2026-03-02T08:00"))
    updated = ArticlePageFactory(
        section=europe,
        authors=[author],
        published_at=day("2026-05-04T08:00"),
        updated_at=day("2026-06-07T08:00"),
    )
    further = ArticlePageFactory(
        section=asia,
        further_sections=[europe],
        authors=[AuthorPageFactory()],
        published_at=day("2026-04-01T08:00"),
        format_kind="brief",
    )
    return {"author": author, "europe": europe, "asia": asia, "old": old}, updated, further


def test_an_article_is_dated_by_its_publication_or_its_update_not_today(client, pieces):
    found, updated, further = pieces
    dates = lastmods(client)
    assert dates[f"http://testserver{found['old'].url}"] == "2026-03-02"
    assert dates[f"http://testserver{updated.url}"] == "2026-06-07"
    assert dates[f"http://testserver{further.url}"] == "2026-04-01"


def test_a_listing_page_is_dated_by_its_newest_piece(client, pieces):
    found, updated, further = pieces
    dates = lastmods(client)
    assert dates["http://testserver/"] == "2026-06-07"
    assert dates[f"http://testserver{found['europe'].url}"] == "2026-06-07"
    assert dates[f"http://testserver{found['asia'].url}"] == "2026-04-01"
    assert dates[f"http://testserver{found['author'].url}"] == "2026-06-07"
    assert dates[f"http://testserver{further.format.url}"] == "2026-04-01"


def test_a_page_listing_nothing_is_dated_by_its_last_publication(client, magazine):
    section = SectionPageFactory(title="Empty")
    section.last_published_at = day("2026-02-01T10:00")
    section.save()
    assert lastmods(client)[f"http://testserver{section.url}"] == "2026-02-01"


def test_partner_pages_are_listed_with_their_newest_piece(client, magazine):
    partner = PartnerFactory(name="The Oversight Ledger", slug="ledger")
    PartnerFactory(name="A partner with nothing yet", slug="quiet")
    ArticlePageFactory(
        format_kind="republished",
        partner=partner,
        original_url="https://ledger.example.org/columns/the-bunker/",
        published_at=day("2026-08-09T10:00"),
    )
    dates = lastmods(client)
    assert dates["http://testserver/partners/ledger/"] == "2026-08-09"
    assert "http://testserver/partners/quiet/" not in dates


def test_the_round_up_archive_and_each_sent_issue_are_listed(client, magazine):
    first = RoundupIssueFactory(sent=True, period_end=day("2026-11-20T07:00"))
    latest = RoundupIssueFactory(sent=True, period_end=day("2026-11-27T07:00"))
    draft = RoundupIssueFactory()
    dates = lastmods(client)
    assert dates["http://testserver/newsletter/archive/"] == "2026-11-27"
    assert dates[f"http://testserver{first.get_absolute_url()}"] == "2026-11-20"
    assert dates[f"http://testserver{latest.get_absolute_url()}"] == "2026-11-27"
    assert f"http://testserver/newsletter/archive/{draft.pk}/" not in dates


def test_no_round_up_sent_means_no_archive_in_the_sitemap(client, magazine):
    assert "http://testserver/newsletter/archive/" not in lastmods(client)


def test_the_sitemap_is_purged_with_pages_and_round_ups(client, magazine):
    keys = client.get("/sitemap.xml")["xkey"].split()
    assert {SITEMAPS, ROUNDUPS} <= set(keys)
