"""What search engines and share cards read from our pages: descriptions,
Open Graph, JSON-LD and machine-readable dates.

Every test here runs with the same author and two pieces, built once for the
module; a test that edits one of them fetches its own copy first. The front
page of a magazine with no pieces is in test_share_metadata_no_pieces.py."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.models import Site

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import ArticlePage, SectionPage
from masthead.articles.services import front_page_curate
from masthead.core.models import SiteSettings
from masthead.images.factories import CreditedImageFactory
from masthead.images.licences import Licence
from masthead.newsletter.factories import RoundupIssueFactory
from masthead.partners.factories import PartnerFactory

from .pages import canonical_of, html_of, json_ld_of, meta, og

pytestmark = pytest.mark.django_db

TAGLINE = "Independent analysis of foreign policy, every week."


def description_of(html: str) -> str:
    (value,) = meta(html, "name", "description")
    return value


def of_type(html: str, schema_type: str) -> dict:
    (data,) = [block for block in json_ld_of(html) if block["@type"] == schema_type]
    return data


@pytest.fixture
def site_settings(magazine):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "The Meridian Review"
    settings.tagline = TAGLINE
    settings.save()
    return settings


@pytest.fixture(scope="module", autouse=True)
def pieces(shared_rows):
    with shared_rows():
        author = author_build()
        yield {
            "author": author,
            "article": article_build(author),
            "republished": republished_build(author),
        }


@pytest.fixture
def author(pieces):
    return pieces["author"]


@pytest.fixture
def article(pieces):
    return pieces["article"]


@pytest.fixture
def republished(pieces):
    return pieces["republished"]


def author_build():
    return AuthorPageFactory(
        title="Amara Okafor",
        role="Senior Fellow",
        bio='<p>Amara Okafor covers <a href="https://example.org/">maritime</a> security.</p>',
    )


def article_build(author):
    return ArticlePageFactory(
        title="A path forward for the strait talks",
        dek="A new report outlines a path forward.",
        section=SectionPageFactory(
            title="Asia-Pacific", intro="Analysis from Asia and the Pacific."
        ),
        authors=[author],
        hero_image=CreditedImageFactory(credit="Photo: Kenji Sato", licence=Licence.CC_BY),
        published_at=timezone.make_aware(datetime.datetime(2026, 11, 20, 9, 30, 5, 834965)),
    )


def republished_build(author):
    partner = PartnerFactory(name="The Oversight Ledger", slug="ledger")
    return ArticlePageFactory(
        title="The Bunker",
        format_kind="republished",
        partner=partner,
        original_url="https://ledger.example.org/columns/the-bunker/",
        authors=[author],
    )


# -- dates ------------------------------------------------------------------


def test_time_elements_carry_the_date_to_the_second(client, article):
    edited = ArticlePage.objects.get(pk=article.pk)
    edited.updated_at = edited.published_at + datetime.timedelta(days=1, microseconds=41)
    edited.save_revision().publish()
    html = html_of(client, article.url).split('class="related"')[0]  # not the related teasers'
    assert re.findall(r'<time datetime="([^"]+)"', html) == [
        "2026-11-20T09:30:05+00:00",
        "2026-11-21T09:30:05+00:00",
    ]
    assert meta(html, "property", "article:published_time") == ["2026-11-20T09:30:05+00:00"]
    assert meta(html, "property", "article:modified_time") == ["2026-11-21T09:30:05+00:00"]


def test_a_piece_never_updated_is_modified_when_published(client, article):
    html = html_of(client, article.url)
    assert meta(html, "property", "article:modified_time") == ["2026-11-20T09:30:05+00:00"]


def test_the_round_up_archive_dates_each_issue_to_the_second(client, magazine):
    sent = timezone.make_aware(datetime.datetime(2026, 11, 27, 7, 0, 0, 5))
    RoundupIssueFactory(sent=True, period_end=sent)
    html = html_of(client, "/newsletter/archive/")
    assert '<time datetime="2026-11-27T07:00:00+00:00">27 November 2026</time>' in html


# -- descriptions -----------------------------------------------------------


def test_a_section_page_is_described_by_its_intro(client, article):
    html = html_of(client, article.section.url)
    assert description_of(html) == "Analysis from Asia and the Pacific."
    assert og(html, "description") == "Analysis from Asia and the Pacific."


def test_an_author_page_is_described_by_the_bio_as_plain_text(client, article, author):
    html = html_of(client, author.url)
    assert description_of(html) == "Amara Okafor covers maritime security."


def test_the_search_description_wins_over_the_intro(client, article):
    section = SectionPage.objects.get(pk=article.section_id)
    section.search_description = "Our coverage of the Indo-Pacific."
    section.save_revision().publish()
    assert description_of(html_of(client, section.url)) == "Our coverage of the Indo-Pacific."


def test_a_page_with_nothing_to_say_is_described_by_the_tagline(client, site_settings, article):
    assert description_of(html_of(client, article.format.url)) == TAGLINE


def test_a_long_description_is_cut_at_a_word(client, magazine):
    intro = "Analysis and reporting on the region's politics. " * 8
    section = SectionPageFactory(intro=intro)
    description = description_of(html_of(client, section.url))
    assert 120 <= len(description) <= 160
    kept = description.removesuffix("\u2026")
    assert kept != description and intro.startswith(kept) and intro[len(kept)] in " ."


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/search/", "Search"),
        ("/newsletter/archive/", "Round-up archive"),
        ("/partners/ledger/", "The Oversight Ledger"),
    ],
)
def test_pages_that_are_not_wagtail_pages_have_a_title_and_description(
    client, site_settings, republished, url, title
):
    html = html_of(client, url)
    assert og(html, "title") == title
    assert "The Meridian Review" in description_of(html) or "Oversight Ledger" in description_of(
        html
    )


def test_a_round_up_issue_is_described_by_its_introduction(client, site_settings):
    issue = RoundupIssueFactory(sent=True, intro="<p>Talks, truces &amp; tariffs.</p>")
    html = html_of(client, issue.get_absolute_url())
    assert og(html, "title") == issue.subject
    assert description_of(html) == "Talks, truces & tariffs."
    assert og(html, "url") == f"http://testserver{issue.get_absolute_url()}"


# -- the front page's share card --------------------------------------------


def test_the_front_page_card_names_the_magazine_and_shows_the_lead_picture(
    client, site_settings, article
):
    front_page_curate(site_settings.site.root_page.specific, lead=article, featured=[])
    html = html_of(client, "/")
    assert og(html, "title") == "The Meridian Review"
    assert og(html, "description") == TAGLINE
    assert description_of(html) == TAGLINE
    assert og(html, "url") == "http://testserver/"
    image = og(html, "image")
    assert image.startswith("http://testserver/media/") and "1200x675" in image
    assert meta(html, "name", "twitter:card") == ["summary_large_image"]


def test_the_front_page_card_follows_a_new_tagline_and_a_new_lead(client, site_settings, article):
    home = site_settings.site.root_page.specific
    front_page_curate(home, lead=article, featured=[])
    first_image = og(html_of(client, "/"), "image")  # the card is now kept drawn
    site_settings.tagline = "Foreign policy, read slowly."
    site_settings.save()
    assert og(html_of(client, "/"), "description") == "Foreign policy, read slowly."
    other = ArticlePageFactory(authors=article.authors, hero_image=CreditedImageFactory())
    front_page_curate(home, lead=other, featured=[])
    html = html_of(client, "/")
    assert og(html, "image") != first_image
    assert og(html, "image:alt") == other.hero_image.alt_text


def test_a_front_page_without_a_tagline_still_has_a_description(client, magazine):
    html = html_of(client, "/")
    assert (
        description_of(html)
        == og(html, "description")
        == "Analysis, opinion and news from Masthead."
    )


def test_the_front_page_describes_the_site_and_its_search_box(client, site_settings):
    website = of_type(html_of(client, "/"), "WebSite")
    assert website["name"] == "The Meridian Review"
    assert website["url"] == "http://testserver/"
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://testserver/search/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    assert client.get("/search/", {"q": "strait"}).status_code == 200


# -- articles ---------------------------------------------------------------


def test_an_article_names_its_authors_pages(client, article, author):
    html = html_of(client, article.url)
    assert meta(html, "property", "article:author") == [f"http://testserver{author.url}"]


def test_a_republished_piece_shares_its_original_address(client, republished):
    html = html_of(client, republished.url)
    original = "https://ledger.example.org/columns/the-bunker/"
    assert canonical_of(html) == original
    assert og(html, "url") == original
    assert of_type(html, "NewsArticle")["url"] == original


def test_our_own_piece_shares_its_own_address(client, article):
    html = html_of(client, article.url)
    assert og(html, "url") == canonical_of(html) == f"http://testserver{article.url}"
    assert of_type(html, "NewsArticle")["url"] == f"http://testserver{article.url}"


def test_the_publisher_has_an_address_and_a_logo(client, site_settings, article):
    publisher = of_type(html_of(client, article.url), "NewsArticle")["publisher"]
    assert publisher["name"] == "The Meridian Review"
    assert publisher["url"] == "http://testserver/"
    assert publisher["logo"]["@type"] == "ImageObject"
    assert publisher["logo"]["url"] == "http://testserver/icon-512.png"
    logo = client.get("/icon-512.png")
    assert logo.status_code == 200
    assert logo["Content-Type"] == "image/png"


def test_a_picture_names_its_credit_and_licence(client, article):
    image = of_type(html_of(client, article.url), "NewsArticle")["image"]
    assert image["creditText"] == "Photo: Kenji Sato"
    assert image["license"] == "https://creativecommons.org/licenses/by/4.0/"


def test_a_staff_picture_names_its_licence_in_words(client, author):
    piece = ArticlePageFactory(authors=[author], hero_image=CreditedImageFactory())
    image = of_type(html_of(client, piece.url), "NewsArticle")["image"]
    assert image["license"] == {"@type": "CreativeWork", "name": "Staff (all rights reserved)"}
    assert image["creditText"] == "Masthead illustration"


def test_an_article_has_breadcrumbs_from_the_front_page_through_its_section(
    client, site_settings, article
):
    crumbs = of_type(html_of(client, article.url), "BreadcrumbList")["itemListElement"]
    assert [(crumb["position"], crumb["name"], crumb["item"]) for crumb in crumbs] == [
        (1, "The Meridian Review", "http://testserver/"),
        (2, "Asia-Pacific", f"http://testserver{article.section.url}"),
        (3, "A path forward for the strait talks", f"http://testserver{article.url}"),
    ]
