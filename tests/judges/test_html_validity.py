"""Every kind of public page is valid HTML for the Nu HTML Checker (vnu.jar).

The pages of a small magazine are rendered with the test client and checked
in one run of the checker (Java starts slowly); each page is then its own
test, failing with the checker's messages. Skipped, saying why, where Java
or vnu.jar is missing (`npm ci` installs it; .ci/run does).
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Site

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    paragraphs_body,
)
from masthead.articles.most_read_lists import most_read_refresh
from masthead.articles.services import front_page_curate
from masthead.core.factories import InformationPageFactory
from masthead.core.models import SiteSettings
from masthead.images.factories import CreditedImageFactory
from masthead.images.licences import Licence
from masthead.newsletter.factories import RoundupIssueFactory
from masthead.partners.factories import PartnerFactory
from masthead.readership.factories import daily_reads_create

from . import nu_checker

pytestmark = pytest.mark.django_db

# The pages judged, by name, each with its address in `small_magazine()` below.
# A new page type joins both lists.
PAGES = [
    "front",
    "article",
    "republished-article",
    "brief",
    "section",
    "sections-index",
    "format",
    "author",
    "authors-index",
    "latest",
    "partner",
    "search",
    "search-results",
    "roundup-archive",
    "roundup-issue",
    "not-found",
    "about",
    "contact",
]


def small_magazine(magazine) -> dict[str, str]:
    """A magazine with one of everything a reader meets; the address of each page."""
    authors = [
        AuthorPageFactory(title="Amara Okafor", photo=CreditedImageFactory()),  # a portrait
        AuthorPageFactory(title="Lukas Brandt"),
    ]
    europe, asia = SectionPageFactory(title="Europe"), SectionPageFactory(title="Asia-Pacific")
    picture = CreditedImageFactory(licence=Licence.CC_BY, credit="Photo: Kenji Sato")
    inline = CreditedImageFactory(credit="Masthead illustration")
    week_ago = timezone.now() - datetime.timedelta(days=7, microseconds=123456)
    article = ArticlePageFactory(
        title="Talks & truce: what the strait agreement leaves open",
        section=europe,
        further_sections=[asia],
        authors=authors,
        hero_image=picture,
        published_at=week_ago,
        updated_at=week_ago + datetime.timedelta(days=2, microseconds=654321),
        corrections=[(datetime.date(2026, 11, 21), "An earlier version misdated the talks.")],
        body=[
            *paragraphs_body("The first paragraph <b>sets out</b> the argument."),
            ("subheading", "What changed"),
            ("image", {"image": inline, "caption": "", "wide": False}),
            (
                "pull_quote",
                {"text": "Nothing is settled until it is.", "attribution": "A diplomat"},
            ),
            *paragraphs_body("The second paragraph adds the evidence behind it."),
        ],
    )
    brief = ArticlePageFactory(
        title="Quick take: the vote", format_kind="brief", section=asia, authors=authors[:1]
    )
    others = [ArticlePageFactory(section=europe, authors=authors[1:]) for _ in range(3)]
    partner = PartnerFactory(name="The Oversight Ledger", slug="ledger")
    republished = ArticlePageFactory(
        title="The Bunker",
        format_kind="republished",
        section=europe,
        authors=authors[:1],
        partner=partner,
        original_url="https://ledger.example.org/columns/the-bunker/",
        original_published_at=week_ago - datetime.timedelta(days=1),
    )
    front_page_curate(magazine.home, lead=article, featured=[others[0]])
    about = InformationPageFactory(
        title="About us",
        body='<h2>Who we are</h2><p>An <a href="https://example.org/">independent</a> '
        "review of foreign policy.</p><ul><li>Analysis</li><li>Briefs</li></ul>",
    )
    contact = InformationPageFactory(title="Contact", show_postal_address=True)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.about_page, site_settings.contact_page = about, contact
    site_settings.postal_address = "The Meridian Review\n12 Harbour Lane\nLisbon"
    site_settings.save()
    issue = RoundupIssueFactory(sent=True, picks=[article], articles=[brief, *others])
    for count, piece in enumerate([article, *others], start=1):  # the most-read rails
        daily_reads_create(piece, [count, 2])
    most_read_refresh()
    return {
        "front": "/",
        "article": article.url,
        "republished-article": republished.url,
        "brief": brief.url,
        "section": europe.url,
        "sections-index": magazine.sections.url,
        "format": article.format.url,
        "author": authors[0].url,
        "authors-index": magazine.authors.url,
        "latest": magazine.articles.url,
        "partner": f"/partners/{partner.slug}/",
        "search": "/search/",
        "search-results": "/search/?q=strait",
        "roundup-archive": "/newsletter/archive/",
        "roundup-issue": issue.get_absolute_url(),
        "not-found": "/no-such-page/",
        "about": about.url,
        "contact": contact.url,
    }


@pytest.fixture(scope="module")
def _verdicts() -> dict:
    return {}


@pytest.fixture
def verdicts(_verdicts, client, magazine, tmp_path):
    """The checker's errors for each page, drawn and judged once for the module."""
    reason = nu_checker.missing()
    if reason:
        pytest.skip(reason)
    if not _verdicts:
        pages = {}
        for name, url in small_magazine(magazine).items():
            response = client.get(url)
            expected = 404 if name == "not-found" else 200
            assert response.status_code == expected, (
                f"{name}: {url} answered {response.status_code}"
            )
            pages[name] = response.content.decode()
        _verdicts.update(nu_checker.check(pages, tmp_path))
    return _verdicts


@pytest.mark.parametrize("name", PAGES)
def test_the_page_is_valid_html(verdicts, name):
    errors = verdicts[name]
    assert not errors, f"The Nu HTML Checker found {len(errors)} error(s) on {name}:\n" + "\n".join(
        errors
    )


def test_the_checker_finds_what_it_was_brought_in_for(tmp_path):
    """The judge itself: the error our dates used to have (microseconds) is caught."""
    reason = nu_checker.missing()
    if reason:
        pytest.skip(reason)
    page = (
        '<!doctype html><html lang="en"><title>Dated</title>'
        '<p><time datetime="2026-11-30T01:16:30.834965+00:00">30 November 2026</time>'
    )
    (error,) = nu_checker.check({"dated": page}, tmp_path)["dated"]
    assert "fraction of a second must be one, two, or three digits" in error
