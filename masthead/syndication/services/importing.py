"""Importing a partner's piece by URL (or from a feed entry) as a draft."""

import dataclasses
import datetime
import logging
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import trafilatura
from django.contrib.auth.base_user import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from lxml import etree
from lxml import html as lxml_html
from trafilatura.settings import Document

from masthead.articles.models import ArticleAuthor, ArticlePage, AuthorPage, FormatKind, SectionPage
from masthead.articles.services import magazine_structure_ensure
from masthead.core.fetch import fetch
from masthead.partners.models import Partner, PartnerFeed

from ..cleaning import (
    MAX_HTML_CHARACTERS,
    BodyBlock,
    UnreadableHTML,
    html_to_blocks,
    html_to_text,
    printable,
)
from ..models import ImportedItem
from .images import lead_image_import
from .partner_checks import ImportRefused, partner_for_import, permission_check

logger = logging.getLogger(__name__)
HTML_TYPES = ("text/html", "application/xhtml+xml")
TRACKING_PREFIXES = ("utm_", "mc_", "fbclid", "gclid")
DEK_LIMIT = 240
# A page's elements that are not its text (its structured data excepted):
# dropped before extraction, which then reads a few hundred KB where the page
# may have weighed megabytes.
_NOT_TEXT = etree.XPath(
    "//style | //noscript | //svg | //template | //iframe | //comment()"
    " | //script[not(@type='application/ld+json')]"
)
# An article page, even a long one with its menus, has a few thousand elements.
MAX_PAGE_ELEMENTS = 30_000
# What the editor can still do with a page Masthead cannot read.
BY_HAND = "Copy its text into a new article by hand."


@dataclass
class ImportResult:
    article: ArticlePage
    created: bool
    # The partner named a lead image that could not be used (see images.py).
    image_missing: bool = False


@dataclass
class Extracted:
    title: str
    dek: str
    authors: list[str]
    published: datetime.datetime | None
    canonical_url: str
    image_url: str
    image_alt: str
    body_html: str


def normalise_url(url: str) -> str:
    """The address without fragment and tracking parameters, for deduplication."""
    parts = urlsplit(url.strip())
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if not key.lower().startswith(TRACKING_PREFIXES)
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )


def link_base(partner: Partner, source_url: str) -> str:
    """What relative links in a partner's text are read against: the piece's
    own address when it is on the partner's https site (so that "notes.html"
    keeps its meaning), else the partner's site address. Links that would be
    read against a plain http address are dropped (cleaning.link_resolve)."""
    if urlsplit(source_url).scheme == "https" and partner.publishes_at(source_url):
        return source_url
    return partner.site_url


def _date(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value[:10])
        if day is None:
            return None
        moment = datetime.datetime.combine(day, datetime.time(12, 0))
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment, datetime.UTC)


def extract(html: str, url: str) -> Extracted:
    """Headline, dek, authors, date, canonical URL, lead image and body (trafilatura)."""
    html = _readable_page(html)
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_links=True, include_formatting=True
    )
    # No url= here: given one, trafilatura resolves relative links itself (and
    # `//host/x` to plain http); html_to_blocks applies our rule instead.
    body = trafilatura.extract(
        html, output_format="html", include_links=True, include_formatting=True
    )
    # A Document unless as_dict=True is asked for; None when nothing was found.
    if not isinstance(document, Document) or not body:
        raise ImportRefused(
            "No article text could be found on that page. Paste the address of the article "
            "itself, not of a section or home page."
        )
    authors = [name.strip() for name in (document.author or "").split(";") if name.strip()]
    return Extracted(
        title=(document.title or "").strip(),
        dek=(document.description or "").strip(),
        authors=authors,
        published=_date(document.date),
        canonical_url=document.url or url,
        image_url=document.image or "",
        image_alt="",
        body_html=body,
    )


def _readable_page(html: str) -> str:
    """The page without its scripts, styles and comments, once it is known
    to be small enough to extract from in a moment (ImportRefused if not)."""
    try:
        tree = lxml_html.document_fromstring(
            html.encode("utf-8", "replace"), parser=lxml_html.HTMLParser(encoding="utf-8")
        )
    except (etree.ParserError, ValueError) as error:
        raise ImportRefused(f"The page is not readable HTML. {BY_HAND}") from error
    for element in _NOT_TEXT(tree):
        if element.getparent() is not None:
            element.drop_tree()
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_PAGE_ELEMENTS:
        raise ImportRefused(
            f"The page has {elements:,} HTML elements; Masthead reads pages of at most "
            f"{MAX_PAGE_ELEMENTS:,}. {BY_HAND}"
        )
    page = lxml_html.tostring(tree, encoding="unicode")
    if len(page) > MAX_HTML_CHARACTERS:
        raise ImportRefused(
            f"The page is {len(page):,} characters of HTML without its scripts and styles; "
            f"Masthead reads at most {MAX_HTML_CHARACTERS:,}. {BY_HAND}"
        )
    return page


def _authors_for(names: list[str], partner: Partner) -> list[AuthorPage]:
    """The byline's author pages. New ones are drafts: they go live with the
    piece when an editor publishes it (articles.services.byline_drafts_publish),
    never by the import."""
    structure = magazine_structure_ensure()
    found = []
    for name in names[:5]:
        author = AuthorPage.objects.filter(title__iexact=name).first()
        if author is None:
            author = AuthorPage(title=name, role=f"Columnist, {partner.name}", live=False)
            structure.authors.add_child(instance=author)
            author.save_revision()
        found.append(author)
    return found


def _dek(extracted: Extracted, blocks: list[BodyBlock]) -> str:
    dek = extracted.dek
    if not dek:
        first = next(
            (value for kind, value in blocks if kind == "paragraph" and isinstance(value, str)), ""
        )
        dek = html_to_text(first)
    if len(dek) > DEK_LIMIT:
        dek = dek[: DEK_LIMIT - 1].rsplit(" ", 1)[0] + "\u2026"
    return dek


def _existing(url: str) -> ArticlePage | None:
    item = ImportedItem.objects.filter(url=url).select_related("article").first()
    if item is not None and item.article is not None:
        return item.article
    return ArticlePage.objects.filter(original_url=url).first()


def article_from_extracted(
    extracted: Extracted,
    partner: Partner,
    *,
    source_url: str,
    feed: PartnerFeed | None = None,
    entry_id: str = "",
    owner: AbstractBaseUser | None = None,
) -> ImportResult:
    """Create the draft (or find the piece already imported)."""
    extracted = dataclasses.replace(
        extracted,
        title=printable(extracted.title),
        dek=printable(extracted.dek),
        authors=[printable(name) for name in extracted.authors],
        image_alt=printable(extracted.image_alt),
    )
    original = normalise_url(extracted.canonical_url or source_url)
    existing = _existing(original) or _existing(normalise_url(source_url))
    if existing is not None:
        return ImportResult(existing, created=False)
    try:
        blocks = html_to_blocks(extracted.body_html, link_base(partner, source_url))
    except UnreadableHTML as error:
        raise ImportRefused(f"{error} {BY_HAND}") from error
    # The page's own headline often opens the extracted text; we print ours.
    while blocks and blocks[0][0] == "subheading" and blocks[0][1] == extracted.title:
        blocks.pop(0)
    if not blocks:
        raise ImportRefused(f"The page's text was empty once cleaned. {BY_HAND}")
    if not extracted.title:
        raise ImportRefused(f"The page has no headline. {BY_HAND}")
    image = lead_image_import(extracted.image_url, partner, extracted.title, extracted.image_alt)
    structure = magazine_structure_ensure()
    with transaction.atomic():
        article = ArticlePage(
            title=extracted.title[:255],
            dek=_dek(extracted, blocks),
            format=structure.formats[FormatKind.REPUBLISHED],
            section=_default_section(partner),
            hero_image=image,
            body=blocks,
            partner=partner,
            original_url=original,
            original_published_at=extracted.published,
            licence=partner.licence,
            live=False,
            owner=owner,
        )
        article.article_authors = [
            ArticleAuthor(author=author, sort_order=order)
            for order, author in enumerate(_authors_for(extracted.authors, partner))
        ]
        structure.articles.add_child(instance=article)
        article.save_revision(clean=False)  # a draft: the editor completes it
        try:
            with transaction.atomic():
                ImportedItem.objects.create(
                    partner=partner, feed=feed, entry_id=entry_id, url=original, article=article
                )
        except IntegrityError as error:
            raise ImportRefused(
                "This piece was imported at the same moment by another job. Import the "
                "address again to open that draft."
            ) from error
    image_missing = bool(extracted.image_url) and image is None
    return ImportResult(article, created=True, image_missing=image_missing)


def _default_section(partner: Partner) -> SectionPage | None:
    """The partner's default section, if it is (still) a section page."""
    if partner.default_section_id is None:
        return None
    return SectionPage.objects.filter(pk=partner.default_section_id).first()


def partner_article_import(
    url: str, partner: Partner | None = None, owner: AbstractBaseUser | None = None
) -> ImportResult:
    """Import the partner piece at `url` as a draft in the Republished format,
    owned by `owner` (the editor who asked for it, who may then edit it).

    Raises ImportRefused (or a FetchError) with a message for the editor.
    """
    url = url.strip()
    partner = partner_for_import(url, partner)
    existing = _existing(normalise_url(url))
    if existing is not None:
        return ImportResult(existing, created=False)
    permission_check(partner)
    page = fetch(url, accept=HTML_TYPES, ports=partner.configured_ports)
    extracted = extract(page.text, page.url)
    return article_from_extracted(extracted, partner, source_url=page.url, owner=owner)
