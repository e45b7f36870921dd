"""Fixtures for driving Debian's Chromium through Playwright against the live server.

The browser is launched per test: a session-scoped browser kept pages open
across the transactional flush and broke the serialized-rollback restore.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.core.cache import cache
from django.utils import timezone
from playwright.sync_api import sync_playwright
from wagtail.models import Site

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import FormatKind
from masthead.articles.most_read_lists import most_read_refresh
from masthead.core.models import SiteSettings
from masthead.readership.factories import daily_reads_create

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        pytest.skip(
            f"Chromium not installed at {CHROMIUM}: browser tests need Debian's chromium package"
        )
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def reader_site(live_server, magazine):
    """The default Wagtail site answers on the live server's host and port, so
    page links and canonical addresses point at the server the browser uses."""
    address = urlparse(live_server.url)
    site = Site.objects.get(is_default_site=True)
    site.hostname = address.hostname
    site.port = address.port
    site.save()
    cache.clear()  # Wagtail caches site root paths between requests
    return live_server.url


@pytest.fixture
def new_page(browser, reader_site):
    """Open a fresh page on the live server: `new_page(viewport=PHONE)`."""
    contexts = []

    def open_page(viewport=DESKTOP, **context_options):
        context = browser.new_context(base_url=reader_site, viewport=viewport, **context_options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@dataclass
class Issue:
    """The pieces a test reader visits."""

    europe: object
    author: object
    lead: object
    feature: object
    brief: object


def _rich_body():
    return [
        ("paragraph", "<p>The treaty was signed in a hurry, and the hurry shows in the text.</p>"),
        (
            "paragraph",
            '<p>Read the <a href="https://example.org/treaty">full text</a> before the '
            "commentary: the verbs do most of the work.</p>",
        ),
        ("subheading", "What the parties promised"),
        (
            "pull_quote",
            {
                "text": "A pact is only as strong as its weakest deadline.",
                "attribution": "A negotiator",
            },
        ),
        (
            "block_quote",
            {
                "text": "<p>We will consult one another without delay.</p>",
                "source": "Article 4 of the pact",
                "source_url": "https://example.org/treaty#article-4",
            },
        ),
        (
            "editors_note",
            {"heading": "Editor\u2019s note", "text": "<p>Updated after the signing ceremony.</p>"},
        ),
        (
            "embed",
            {
                "url": "https://example.org/data",
                "title": "The signatories' voting records",
                "caption": "",
            },
        ),
        ("paragraph", "<p>What happens next depends on the first test of that promise.</p>"),
    ]


@pytest.fixture
def issue(reader_site, magazine):
    """A small magazine: three sections, four authors, a lead with three
    authors and a full body, a few more pieces and a brief."""
    sections = [SectionPageFactory(title=title) for title in ("Europe", "Africa", "Security")]
    europe, africa, security = sections
    authors = [
        AuthorPageFactory(title=name, role="Senior Fellow")
        for name in ("Ines Moreau", "Tomas Berg", "Ruth Adeyemi", "Kenji Sato")
    ]
    now = timezone.now()
    lead = ArticlePageFactory(
        title="What the new security pact does and does not promise",
        section=security,
        authors=authors[:3],
        body=_rich_body(),
        published_at=now - datetime.timedelta(hours=1),
        corrections=[(datetime.date(2026, 5, 3), "An earlier version gave the wrong date.")],
    )
    feature = ArticlePageFactory(
        title="Why the Baltic states are rethinking their energy corridors",
        section=europe,
        authors=[authors[3]],
        published_at=now - datetime.timedelta(hours=2),
    )
    ArticlePageFactory(
        title="Ports, cables and the contest for the Atlantic coast",
        section=africa,
        authors=[authors[1]],
        format_kind=FormatKind.OPINION,
        published_at=now - datetime.timedelta(hours=3),
    )
    ArticlePageFactory(
        title="Grain, insurance and the Black Sea",
        section=europe,
        authors=[authors[0]],
        format_kind=FormatKind.NEWS,
        published_at=now - datetime.timedelta(hours=4),
    )
    brief = ArticlePageFactory(
        title="Summit date confirmed",
        section=europe,
        authors=[authors[2]],
        format_kind=FormatKind.BRIEF,
        published_at=now - datetime.timedelta(minutes=30),
    )

    home = magazine.home
    home.lead_story = lead
    home.save_revision().publish()

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "The Test Review"
    settings.tagline = "Foreign policy, read closely"
    settings.postal_address = "1 Example Street\nLondon"
    settings.newsletter_blurb = "Every Friday, the week's analysis in one email."
    settings.navigation = [("link", {"page": page, "label": ""}) for page in sections]
    settings.social_profiles = [
        ("profile", {"network": "bluesky", "url": "https://bsky.app/profile/test.example"}),
        ("profile", {"network": "mastodon", "url": "https://mastodon.example/@test"}),
    ]
    settings.save()
    # Readers, for the most-read rails (front page, sections).
    for counts, piece in (([4, 9], lead), ([6], feature), ([2, 1], brief)):
        daily_reads_create(piece, counts)
    most_read_refresh()
    return Issue(europe=europe, author=authors[3], lead=lead, feature=feature, brief=brief)
