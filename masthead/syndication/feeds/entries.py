"""What a feed says about one article, whatever the feed's format."""

import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime

from django.http import HttpRequest
from django.template.loader import render_to_string

from masthead.articles.models import ArticlePage
from masthead.core.absolute_urls import site_absolute_url, site_root_url
from masthead.images.renditions import rendition as named_rendition


@dataclass(frozen=True)
class FeedAuthor:
    name: str
    url: str


@dataclass(frozen=True)
class FeedImage:
    """The hero image as feeds carry it: one large rendition and its credit."""

    url: str
    mime_type: str
    width: int
    height: int
    alt_text: str
    caption: str
    credit: str
    licence: str
    licence_url: str


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str
    # Plain text: the dek, then a republished piece's attribution line.
    summary: str
    # The dek, the attribution and the hero image with its credit, as HTML.
    summary_html: str
    # The whole piece as HTML when the magazine puts full text in feeds, else "".
    content_html: str
    published: datetime
    updated: datetime
    authors: tuple[FeedAuthor, ...]
    tags: tuple[str, ...]
    image: FeedImage | None
    # A republished piece's original, elsewhere; "" for our own pieces.
    original_url: str = ""

    @property
    def id(self) -> str:
        return self.url


def entry_for(article: ArticlePage, request: HttpRequest, full_text: bool) -> FeedEntry:
    """The feed entry for an article fetched with `feeds.base.feed_articles`."""
    image = feed_image(article, request)
    context = {"article": article, "image": image}
    root_url = site_root_url(request)
    summary_html = render_to_string("syndication/feeds/summary.html", context)
    content_html = ""
    if full_text:
        content_html = render_to_string("syndication/feeds/full_text.html", context)
    published = article.display_date
    return FeedEntry(
        url=article.get_full_url(request),
        title=article.title,
        summary=" ".join(part for part in (article.dek, article.attribution_line) if part),
        summary_html=absolute_urls(summary_html, root_url).strip(),
        content_html=absolute_urls(content_html, root_url).strip(),
        published=published,
        updated=article.updated_at if article.is_updated else published,
        authors=tuple(
            FeedAuthor(name=author.name, url=author.get_full_url(request))
            for author in article.authors
        ),
        tags=entry_tags(article),
        image=image,
        original_url=article.original_url if article.is_republished else "",
    )


def feed_image(article: ArticlePage, request: HttpRequest) -> FeedImage | None:
    image = article.hero_image
    if image is None:
        return None
    rendition = named_rendition(image, "hero")
    return FeedImage(
        url=site_absolute_url(request, rendition.url),
        mime_type=mimetypes.guess_type(rendition.file.name)[0] or "image/jpeg",
        width=rendition.width,
        height=rendition.height,
        alt_text=image.alt_text,
        caption=article.hero_caption or image.caption,
        credit=image.credit,
        licence=image.get_licence_display(),
        licence_url=image.licence_url,
    )


def entry_tags(article: ArticlePage) -> tuple[str, ...]:
    """The format, then the primary section, the further sections and the topics."""
    pages = [article.format, article.section, *article.further_sections.all(), *article.live_topics]
    titles = [page.title for page in pages if page is not None]
    return tuple(dict.fromkeys(titles))


_RELATIVE_URL = re.compile(r'(\s(?:href|src|cite|poster)=")(/(?!/)[^"]*")')
_SRCSET = re.compile(r'(\ssrcset=")([^"]*)(")')


def absolute_urls(html: str, root_url: str) -> str:
    """Root-relative links and image sources made absolute: a feed is read
    away from the site, where "/media/..." means nothing."""
    if not html or not root_url:
        return html

    def srcset(match: re.Match[str]) -> str:
        candidates = []
        for candidate in match[2].split(","):
            candidate = candidate.strip()
            if candidate.startswith("/") and not candidate.startswith("//"):
                candidate = root_url + candidate
            candidates.append(candidate)
        return match[1] + ", ".join(candidates) + match[3]

    html = _RELATIVE_URL.sub(lambda match: match[1] + root_url + match[2], html)
    return _SRCSET.sub(srcset, html)
