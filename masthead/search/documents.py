"""What the search index holds for one article: its text by field, and the
facets a reader can filter by.

Fields are weighted by where the words are: the headline most, then the dek
and the people and places a piece is filed under, then its first paragraph,
then the rest of the body. Facets are stored as integers, one per value
(`facet_key`), so that a database can filter and count them with one index.
"""

import datetime
import enum
from dataclasses import dataclass, field

from django.utils.html import strip_tags

from masthead.articles.models import ArticlePage

LEAD_WORDS = 80  # the first paragraph's words kept in the ranked fields
BODY_CHARACTERS = 200_000  # a body longer than a book is indexed this far


class FacetKind(enum.IntEnum):
    SECTION = 1
    FORMAT = 2
    AUTHOR = 3
    TOPIC = 4
    YEAR = 5


FACET_BASE = 100_000_000  # ids and years stay below it; keys fit a 32-bit integer


def facet_key(kind: FacetKind, value: int) -> int:
    return int(kind) * FACET_BASE + value


def facet_split(key: int) -> tuple[FacetKind, int]:
    return FacetKind(key // FACET_BASE), key % FACET_BASE


@dataclass
class Document:
    article_id: int
    published_at: datetime.datetime
    headline: str
    dek: str
    people: str  # the authors' names
    places: str  # the format's, sections' and topics' names
    lead: str  # the first paragraph, up to LEAD_WORDS words
    body: str
    facets: list[int] = field(default_factory=list)


def body_text(article: ArticlePage) -> str:
    """The body as plain text, block after block, as Wagtail indexes it."""
    stream_block = ArticlePage._meta.get_field("body").stream_block
    pieces = stream_block.get_searchable_content(article.body)
    return "\n".join(strip_tags(piece) for piece in pieces if piece)[:BODY_CHARACTERS]


def article_document(article: ArticlePage) -> Document:
    """The document of one article. Reads its authors, sections and topics:
    a listing that indexes many should prefetch them (`documents_queryset`)."""
    sections = [article.section] if article.section else []
    sections += [s for s in article.further_sections.all() if s.pk != article.section_id]
    topics = list(article.topics.all())
    authors = article.authors
    published = article.display_date
    facets = [facet_key(FacetKind.SECTION, section.pk) for section in sections]
    facets += [facet_key(FacetKind.AUTHOR, author.pk) for author in authors]
    facets += [facet_key(FacetKind.TOPIC, topic.pk) for topic in topics]
    if article.format_id:
        facets.append(facet_key(FacetKind.FORMAT, article.format_id))
    facets.append(facet_key(FacetKind.YEAR, published.year))
    lead = " ".join(article.teaser_text.split()[:LEAD_WORDS])
    names = [article.format.title] if article.format else []
    names += [section.title for section in sections] + [topic.title for topic in topics]
    return Document(
        article_id=article.pk,
        published_at=published,
        headline=article.title,
        dek=article.dek,
        people=" ".join(author.title for author in authors),
        places=" ".join(names),
        lead=lead,
        body=body_text(article),
        facets=sorted(set(facets)),
    )
