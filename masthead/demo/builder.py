"""Builds the demo magazine from the content files in demo/content/, idempotently.

Every piece of text comes from there (magazine.toml and one Markdown file per
article, written for Masthead); every image is drawn by Pillow from a fixed
seed. Running it twice changes nothing.
"""

import datetime
import random
import zlib

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    TopicPageFactory,
)
from masthead.articles.models import ArticlePage, AuthorPage, FormatKind, SectionPage, TopicPage
from masthead.articles.most_read_lists import most_read_refresh
from masthead.articles.services import front_page_curate_newest, magazine_structure_ensure
from masthead.core.models import SiteSettings
from masthead.desk.services import roles_ensure
from masthead.images.factories import CreditedImageFactory
from masthead.images.models import CreditedImage
from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.sending import roundup_deliver_pending, roundup_send_start
from masthead.partners.factories import PartnerFactory
from masthead.partners.models import Partner
from masthead.readership.factories import daily_reads_create
from masthead.readership.models import DailyReads

from . import content
from .furniture import demo_furniture_build

FEATURED_COUNT = 4


def _seed(key: str) -> int:
    return zlib.crc32(key.encode())


def demo_image(
    key: str, *, alt: str, caption: str, credit: str, licence: str, size=(1200, 675)
) -> CreditedImage:
    title = f"demo: {key}"
    existing = CreditedImage.objects.filter(title=title).first()
    if existing is not None:
        return existing
    return CreditedImageFactory(
        title=title,
        seed=_seed(key),
        size=size,
        alt_text=alt,
        caption=caption,
        credit=credit,
        licence=licence,
    )


def _rich(text: str) -> str:
    return f"<p>{text}</p>"


def _body(slug: str, blocks: list) -> list:
    body = []
    for number, (kind, value) in enumerate(blocks):
        if kind == "paragraph":
            body.append(("paragraph", _rich(value)))
        elif kind == "subheading":
            body.append(("subheading", value))
        elif kind == "pull_quote":
            body.append(
                ("pull_quote", {"text": value["text"], "attribution": value.get("attribution", "")})
            )
        elif kind == "block_quote":
            body.append(
                (
                    "block_quote",
                    {
                        "text": _rich(value["text"]),
                        "source": value.get("source", ""),
                        "source_url": "",
                    },
                )
            )
        elif kind == "editors_note":
            body.append(("editors_note", {"heading": "Editor\u2019s note", "text": _rich(value)}))
        elif kind == "inline_image":
            image = demo_image(
                f"{slug}-inline-{number}",
                alt=value["alt"],
                caption=value["caption"],
                credit=value["credit"],
                licence=value["licence"],
            )
            body.append(("image", {"image": image, "caption": "", "wide": False}))
        else:
            raise ValueError(f"Unknown block {kind!r} in demo article {slug!r}")
    return body


def _sections(structure) -> dict:
    sections = {}
    for data in content.SECTIONS:
        page = SectionPage.objects.filter(slug=data["slug"]).first()
        if page is None:
            page = SectionPageFactory(
                parent=structure.sections,
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                kind=data["kind"],
            )
        sections[data["slug"]] = page
    return sections


def _topics(structure) -> dict:
    topics = {}
    for data in content.TOPICS:
        page = TopicPage.objects.filter(slug=data["slug"]).first()
        if page is None:
            page = TopicPageFactory(
                parent=structure.topics, title=data["title"], slug=data["slug"], intro=data["intro"]
            )
        topics[data["slug"]] = page
    return topics


def _social(links: dict) -> list:
    return [("profile", {"network": network, "url": url}) for network, url in links.items()]


def _authors(structure) -> dict:
    authors = {}
    for data in content.AUTHORS:
        page = AuthorPage.objects.filter(slug=data["slug"]).first()
        if page is None:
            photo = demo_image(
                f"author-{data['slug']}",
                size=(480, 480),
                alt=f"Abstract illustrated portrait tile for {data['name']}",
                caption="",
                credit="Masthead illustration",
                licence="staff",
            )
            page = AuthorPageFactory(
                parent=structure.authors,
                title=data["name"],
                slug=data["slug"],
                role=data["role"],
                bio=_rich(data["bio"]),
                photo=photo,
                social_links=_social(data.get("social", {})),
            )
        authors[data["slug"]] = page
    return authors


def _partner() -> Partner:
    data = content.PARTNER
    # get_or_create by slug: a second build leaves the editors' changes alone.
    return PartnerFactory(
        slug=data["slug"],
        name=data["name"],
        site_url=data["site_url"],
        attribution_template=data["attribution_template"],
        permission_granted_on=datetime.date(2026, 1, 15),
        permission_granted_by="The partner's managing editor",
    )


def _corrections(entries, published_at, now) -> list:
    """Corrections dated a day or more after publication, never in the future."""
    return [
        (min(now.date(), (published_at + datetime.timedelta(days=1 + number)).date()), text)
        for number, (_listed_day, text) in enumerate(entries)
    ]


def _article(data, structure, sections, topics, authors, partner, now) -> ArticlePage:
    existing = ArticlePage.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    image = data["image"]
    hero = demo_image(
        data["slug"],
        alt=image["alt"],
        caption=image["caption"],
        credit=image["credit"],
        licence=image["licence"],
    )
    # A fixed hour per piece keeps the river's order stable between runs.
    published_at = now - datetime.timedelta(days=data["days_ago"], hours=_seed(data["slug"]) % 9)
    republished = data["format"] == FormatKind.REPUBLISHED
    return ArticlePageFactory(
        parent=structure.articles,
        title=data["title"],
        slug=data["slug"],
        dek=data["dek"],
        format=structure.formats[FormatKind(data["format"])],
        section=sections[data["section"]],
        further_sections=[sections[slug] for slug in data.get("further_sections", [])],
        topics=[topics[slug] for slug in data.get("topics", [])],
        authors=[authors[slug] for slug in data["authors"]],
        hero_image=hero,
        body=_body(data["slug"], data["body"]),
        published_at=published_at,
        corrections=[
            (datetime.date.fromisoformat(day), text) for day, text in data.get("corrections", [])
        ],
        partner=partner if republished else None,
        original_url=data.get("original_url") or "",
        licence="cc_by_nd" if data["format"] in {"analysis", "report"} else "staff",
        updated_at=(published_at + datetime.timedelta(days=1)) if data.get("corrections") else None,
    )


def _site_settings(structure, sections) -> None:
    site = Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    magazine = content.MAGAZINE
    settings.name = magazine["name"]
    settings.tagline = magazine["tagline"]
    settings.postal_address = magazine["postal_address"]
    settings.newsletter_blurb = magazine["newsletter_blurb"]
    nav_pages = [*sections.values()][:8] + [structure.formats[FormatKind.BRIEF]]
    settings.navigation = [("link", {"page": page, "label": ""}) for page in nav_pages]
    handle = slugify(magazine["name"]).replace("-", "")
    settings.social_profiles = [
        ("profile", {"network": "x", "url": f"https://x.com/{handle}"}),
        ("profile", {"network": "bluesky", "url": f"https://bsky.app/profile/{handle}.example"}),
        ("profile", {"network": "mastodon", "url": f"https://mastodon.example/@{handle}"}),
        ("profile", {"network": "linkedin", "url": f"https://www.linkedin.com/company/{handle}"}),
    ]
    settings.save()


def _front_page(structure) -> None:
    if not structure.home.lead_story_id:
        front_page_curate_newest(structure.home, FEATURED_COUNT)


def _reads(now) -> None:
    """A week of plausible read counts, so the most-read rails show something:
    most pieces read a little, a few far more (fixed by each piece's slug)."""
    if not DailyReads.objects.exists():
        today = timezone.localdate(now)
        for article in ArticlePage.objects.live():
            chance = random.Random(_seed(article.slug))
            weight = chance.paretovariate(1.5)
            daily_reads_create(
                article, [int(weight * chance.randint(6, 30)) for _ in range(7)], today
            )
    most_read_refresh()


DEMO_READERS = 12


def _newsletter(now) -> None:
    """Demo readers, last week's round-up (sent, in the archive) and this week's draft."""
    if RoundupIssue.objects.exists():
        return
    confirmed_readers_create(DEMO_READERS, source="demo", confirmed_at=now, ignore_conflicts=True)
    last_week = roundup_draft(now - datetime.timedelta(days=7))
    if last_week is not None:
        last_week.intro = (
            "<p>Our first round-up: the week's analysis, opinion and news from our "
            "contributors and staff.</p>"
        )
        last_week.save()
        roundup_send_start(last_week)
        # The demo delivers to nobody: the dummy backend accepts and discards.
        roundup_deliver_pending(
            last_week, connection=get_connection("django.core.mail.backends.dummy.EmailBackend")
        )
    roundup_draft(now)


@transaction.atomic
def demo_magazine_build(now=None) -> dict:
    """Create whatever of the demo magazine is missing; return counts."""
    now = now or timezone.now()
    format_titles = {
        FormatKind(data["kind"]): (data["title"], data["slug"]) for data in content.FORMATS
    }
    structure = magazine_structure_ensure(format_titles)
    roles_ensure()  # the roles' page permissions need the structure's pages
    for data in content.FORMATS:
        page = structure.formats[FormatKind(data["kind"])]
        if not page.intro:
            page.intro = data["intro"]
            page.save_revision().publish()
    sections = _sections(structure)
    topics = _topics(structure)
    authors = _authors(structure)
    partner = _partner()
    for data in content.ARTICLES:
        _article(data, structure, sections, topics, authors, partner, now)
    _site_settings(structure, sections)
    demo_furniture_build(structure.home)
    _front_page(structure)
    _reads(now)
    _newsletter(now)
    return {
        "articles": ArticlePage.objects.live().count(),
        "sections": len(sections),
        "topics": len(topics),
        "authors": len(authors),
    }
