"""What an article page's own fragments print, as a version (core/fragments.py).

The article's head (share card, JSON-LD) and its body (kicker to republish
box) print the article as published, its authors' names, roles and bios, its
format, its section, its further sections ("Also in") and its topics (those
that are live), its pictures with their credits, its partner, the site's
name, and the addresses of the pages and documents its text links to. The
version is made of theirs, read in narrow queries: the ids of the authors,
the further sections and the topics (one query), then the pages (those, the
format, the section, the linked pages), and when the text has them, its
pictures and its documents. What is read from pages is kept until a page
changes.
"""

import re
from collections.abc import Iterable, Iterator
from functools import partial

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from masthead.core.models import SiteSettings
from masthead.core.page_log import kept_until_pages_change

from .byline import ArticleAuthor

# Wagtail's stored rich text: <a linktype="page" id="42">, attributes in any order.
LINK_TAG = re.compile(r"<a\s[^>]*>")
LINK_TYPE = re.compile(r'\blinktype="(page|document)"')
LINK_ID = re.compile(r'\bid="(\d+)"')


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def linked_ids(texts: Iterable[str]) -> dict[str, set[int]]:
    """The ids of the pages and documents that rich text links to."""
    found: dict[str, set[int]] = {"page": set(), "document": set()}
    for text in texts:
        if "linktype=" not in text:
            continue
        for tag in LINK_TAG.findall(text):
            kind, number = LINK_TYPE.search(tag), LINK_ID.search(tag)
            if kind and number:
                found[kind.group(1)].add(int(number.group(1)))
    return found


def _page_rows(page_ids) -> list[tuple]:
    """(id, title, URL path, last published, live, bio if an author) of the pages `page_ids`."""
    pages = Page.objects.filter(pk__in=page_ids).order_by("pk")
    return list(
        pages.values_list("pk", "title", "url_path", "last_published_at", "live", "author__bio")
    )


def _shown_ids(article) -> list[int]:
    """The ids of the article's authors, further sections and topics, in one query."""
    model = type(article)
    authors = ArticleAuthor.objects.filter(article_id=article.pk).values_list("author_id")
    further = model.further_sections.through.objects.filter(articlepage_id=article.pk)
    topics = model.topics.through.objects.filter(articlepage_id=article.pk)
    shown = authors.order_by().union(
        further.order_by().values_list("sectionpage_id"),
        topics.order_by().values_list("topicpage_id"),
        all=True,
    )
    return [page_id for (page_id,) in shown]


def _pages_shown(article, linked_page_ids) -> tuple[tuple, frozenset[int]]:
    """(id, title, URL path, last published, live) of every page the article
    page prints or links, and the ids of the documents its authors' bios link."""
    # Its format and section (kicker, share card, JSON-LD), the pages its text
    # links to, its authors as the byline and bios print them (the order of
    # the byline is the article's own) and its further sections ("Also in",
    # JSON-LD) and topics (a topic taken offline is not linked: whether each
    # is live), by title and address: without loading any of them. (Two plain
    # queries: "these ids or those of a subquery" defeats PostgreSQL's indexes.)
    page_ids = {article.format_id, article.section_id, *linked_page_ids, *_shown_ids(article)}
    page_ids.discard(None)
    pages = _page_rows(page_ids)
    bio_links = linked_ids(bio for *_, bio in pages if bio)
    more_pages = bio_links["page"] - {row[0] for row in pages}
    if more_pages:
        pages += _page_rows(more_pages)
    return tuple(row[:5] for row in pages), frozenset(bio_links["document"])


def article_version(article, request) -> tuple:
    """The version of what the article page prints about `article`. The part
    read from other pages is kept until a page changes (core/page_log.py)."""
    body = list(article.body.raw_data)
    image_ids = {block["value"].get("image") for block in body if block["type"] == "image"}
    image_ids.discard(None)
    links = linked_ids(_strings(body))
    read_pages = partial(_pages_shown, article, links["page"])
    pages, bio_documents = kept_until_pages_change(request, "article-pages", article.pk, read_pages)
    documents = links["document"] | bio_documents
    images = get_image_model().objects.filter(pk__in=image_ids).order_by("pk")
    hero, partner = article.hero_image, article.partner
    return (
        article.pk,
        article.last_published_at,
        article.live_revision_id,
        article.url_path,
        article.format_id,
        article.section_id,
        pages,
        (hero.pk, hero.updated_at) if hero is not None else None,
        tuple(images.values_list("pk", "updated_at")) if image_ids else (),
        (partner.pk, partner.updated_at) if partner is not None else None,
        SiteSettings.for_request(request).updated_at,
        tuple(
            get_document_model()
            .objects.filter(pk__in=documents)
            .order_by("pk")
            .values_list("pk", "file")
        )
        if documents
        else (),
    )
