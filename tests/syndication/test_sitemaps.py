"""The sitemaps search engines read: every live page, and the last 48 hours' news."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory
from masthead.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def sitemap_of(client, url: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 (our own output, not untrusted data)


def locations(root: ET.Element) -> list[str]:
    return [loc.text for loc in root.iter(f"{SITEMAP}loc")]


def piece(title: str, hours_ago: float, **fields):
    return ArticlePageFactory(
        title=title,
        published_at=timezone.now() - datetime.timedelta(hours=hours_ago),
        authors=[AuthorPageFactory()],
        **fields,
    )


@pytest.fixture
def republished(magazine):
    partner = PartnerFactory(
        name="The Oversight Ledger", slug="ledger", site_url="https://ledger.example.org/"
    )
    return piece(
        "The Bunker",
        1,
        format_kind="republished",
        partner=partner,
        original_url="https://ledger.example.org/columns/the-bunker/",
    )


def test_the_sitemap_is_a_sitemaps_org_urlset(client, magazine):
    root = sitemap_of(client, "/sitemap.xml")
    assert root.tag == f"{SITEMAP}urlset"


def test_the_sitemap_lists_a_live_article_and_the_front_page(client, magazine):
    article = piece("A path forward", 1)
    urls = locations(sitemap_of(client, "/sitemap.xml"))
    assert f"http://testserver{article.url}" in urls
    assert "http://testserver/" in urls


def test_the_sitemap_leaves_out_drafts(client, magazine):
    draft = piece("Not ready yet", 1, live=False)
    urls = locations(sitemap_of(client, "/sitemap.xml"))
    assert not [url for url in urls if url.endswith(f"/{draft.slug}/")]


def test_the_sitemap_leaves_out_republished_pieces(client, republished):
    urls = locations(sitemap_of(client, "/sitemap.xml"))
    assert f"http://testserver{republished.url}" not in urls
    assert "https://ledger.example.org/columns/the-bunker/" not in urls


def test_the_news_sitemap_declares_the_google_news_namespace(client, magazine):
    piece("A path forward", 1)
    root = sitemap_of(client, "/news-sitemap.xml")
    assert root.tag == f"{SITEMAP}urlset"
    assert root.find(f"{SITEMAP}url/{NEWS}news") is not None


def test_the_news_sitemap_holds_only_the_last_48_hours(client, magazine):
    fresh = piece("Fresh", 47)
    piece("Stale", 49)
    assert locations(sitemap_of(client, "/news-sitemap.xml")) == [f"http://testserver{fresh.url}"]


def test_a_news_entry_names_the_publication_its_language_date_and_title(client, magazine):
    article = piece("Talks & truce", 2)
    (news,) = sitemap_of(client, "/news-sitemap.xml").iter(f"{NEWS}news")
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Masthead"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "en"
    assert news.findtext(f"{NEWS}title") == "Talks & truce"
    published = datetime.datetime.fromisoformat(news.findtext(f"{NEWS}publication_date"))
    assert published == article.published_at


def test_the_news_sitemap_leaves_out_republished_pieces(client, republished):
    assert locations(sitemap_of(client, "/news-sitemap.xml")) == []


def test_the_news_sitemap_leaves_out_drafts(client, magazine):
    piece("Not ready yet", 1, live=False)
    assert locations(sitemap_of(client, "/news-sitemap.xml")) == []


@pytest.mark.parametrize("url", ["/sitemap.xml", "/news-sitemap.xml"])
def test_a_sitemap_sets_no_cookie(client, magazine, url):
    assert not client.get(url).cookies
