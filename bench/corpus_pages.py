"""The search corpus's pages: authors, topics and articles, added in bulk.

Each article is planned from a seeded generator (topic, sections, format,
byline, date, picture) and written by bench/corpus_text.py; articles are added
a chunk at a time with bench/bulk_pages.py, their bylines, corrections,
further sections and topics copied in after them. Import it once Django is
set up (it imports models).
"""

import collections
import datetime
import itertools
import json
import random
import time
import uuid
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils import timezone
from django.utils.text import slugify

from bench import corpus_words as words
from bench.bulk_pages import copy_rows, pages_add
from bench.corpus_grammar import author_names
from bench.corpus_text import Piece, Subject, chunks_written, zipf_weights
from bench.magazine import FORMAT_WEIGHTS, ROLES
from masthead.articles.models import ArticleAuthor, ArticleCorrection, ArticlePage, AuthorPage

STAFF_COUNT = 80
CONTRIBUTOR_COUNT = 220
STAFF_SHARE = 0.85  # of all bylines; the contributors share the rest
BYLINE_SIZES = {1: 60, 2: 28, 3: 12}  # authors per piece: weight
TOPICS_PER_PIECE = {1: 50, 2: 35, 3: 15}
YEARS = 10
CHUNK = 2000


def today() -> datetime.datetime:
    """Midnight (UTC) today: the corpus's newest date, so that two builds on
    the same day are the same, and the newest pieces are recent."""
    return timezone.now().replace(hour=0, minute=0, second=0, microsecond=0)


def first_day() -> datetime.datetime:
    return today() - datetime.timedelta(days=365 * YEARS)


@dataclass
class Frame:
    """What every article is drawn from."""

    parent: object  # the articles index
    sections: dict  # title: SectionPage
    formats: dict  # FormatKind: FormatPage
    authors: list  # ids, in byline-frequency order
    heroes: list
    partners: list
    topics: list | None  # TopicPages in the order of corpus_words.TOPICS, or None


def authors_add(parent, rng: random.Random, portraits) -> list[int]:
    """Staff writers and occasional contributors, in byline-frequency order;
    returns their ids."""
    authors = []
    for number, name in enumerate(author_names(rng, STAFF_COUNT + CONTRIBUTOR_COUNT)):
        role = rng.choice(ROLES) if number < STAFF_COUNT else "Contributor"
        social = []
        if rng.random() < 0.4:
            url = f"https://bsky.app/{slugify(name).replace('-', '')}"
            value = {"network": "bluesky", "url": url}
            social.append({"type": "profile", "value": value, "id": str(uuid.UUID(int=number))})
        authors.append(
            {
                "title": name,
                "slug": slugify(name),
                "role": role,
                "bio": f"<p>{name} is {role.split(',')[0].lower()} and writes about "
                f"{rng.choice(words.TOPICS)[0].lower()}.</p>",
                "photo_id": rng.choice(portraits).pk if rng.random() < 0.6 else None,
                "social_links": json.dumps(social),
                "live": True,
                "first_published_at": first_day(),
            }
        )
    return pages_add(parent, AuthorPage, authors)


def byline_weights() -> list[float]:
    """Cumulative weights of the authors: a prolific staff and a long tail."""
    staff = zipf_weights(STAFF_COUNT, 0.6)
    contributors = zipf_weights(CONTRIBUTOR_COUNT, 1.2)
    return [
        *(STAFF_SHARE * weight / staff[-1] for weight in staff),
        *(STAFF_SHARE + (1 - STAFF_SHARE) * weight / contributors[-1] for weight in contributors),
    ]


def topics_field():
    """ArticlePage.topics, or None while the magazine has no topics."""
    try:
        return ArticlePage._meta.get_field("topics")
    except FieldDoesNotExist:
        return None


def topics_ensure(structure) -> list | None:
    """One topic page per corpus topic, when articles have topics."""
    field = topics_field()
    index = getattr(structure, "topics", None)
    if field is None or index is None:
        return None
    model = field.related_model
    existing = {page.title: page for page in model.objects.child_of(index)}
    topics = []
    for title, *_ in words.TOPICS:
        page = existing.get(title)
        if page is None:
            page = model(title=title, slug=slugify(title), live=True)
            if hasattr(page, "intro"):
                page.intro = f"Our reporting and analysis on {title.lower()}."
            index.add_child(instance=page)
        topics.append(page)
    return topics


class Planner:
    """Decides what each article is: topic, sections, format, byline, date."""

    def __init__(self, frame: Frame, rng: random.Random, count: int):
        self.frame, self.rng, self.count = frame, rng, count
        self.topic_weights = zipf_weights(len(words.TOPICS))
        self.author_weights = byline_weights()
        self.kinds = list(FORMAT_WEIGHTS)
        self.kind_weights = list(itertools.accumulate(FORMAT_WEIGHTS.values()))
        self.sections = list(frame.sections.values())
        self.start = first_day()
        self.step = (today() - self.start) / count

    def _pick(self, weights: dict):
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def plan(self, number: int) -> dict:
        rng, frame = self.rng, self.frame
        topic = rng.choices(range(len(words.TOPICS)), cum_weights=self.topic_weights)[0]
        _, home_section, places, keywords = words.TOPICS[topic]
        section = frame.sections[home_section] if rng.random() < 0.6 else rng.choice(self.sections)
        others = [index for index in range(len(words.TOPICS)) if index != topic]
        topics = [topic, *rng.sample(others, self._pick(TOPICS_PER_PIECE) - 1)]
        further = []
        if rng.random() < 0.25:
            candidates = [other for other in self.sections if other != section]
            further = rng.sample(candidates, rng.randint(1, 2))
        # Oldest first, so that tree order follows publication order as in real life.
        published = self.start + self.step * (number + rng.random() * 0.8)
        # The topic's own place, two more of its places and, in a region's
        # section, two of the region's: the places a piece keeps naming.
        topic_places = places.split("|")
        local = [topic_places[0], *rng.sample(topic_places[1:], 2)]
        if section.title in words.SECTION_PLACES:
            local += rng.sample(words.SECTION_PLACES[section.title].split("|"), 2)
        authors = rng.choices(frame.authors, cum_weights=self.author_weights, k=3)
        return {
            "subject": Subject(keywords.split("|"), local, published.year),
            "kind": rng.choices(self.kinds, cum_weights=self.kind_weights)[0],
            "section": section,
            "further": further,
            "topics": topics,
            "published": published,
            "authors": list(dict.fromkeys(authors[: self._pick(BYLINE_SIZES)])),
            "corrections": rng.randint(1, 2) if rng.random() < 0.03 else 0,
            "hero": rng.choice(frame.heroes),
            "partner": rng.choice(frame.partners),  # for republished pieces
        }


def article_page(frame: Frame, plan: dict, number: int, piece: Piece) -> dict:
    """An article's values, for `pages_add`."""
    kind, published = plan["kind"], plan["published"]
    partner = plan["partner"] if kind == "republished" else None
    return {
        "title": piece.headline,
        "slug": f"{slugify(piece.headline)[:80]}-{number}",
        "dek": piece.dek,
        "format_id": frame.formats[kind].pk,
        "section_id": plan["section"].pk,
        "hero_image_id": plan["hero"].pk,
        "body": piece.body,
        "published_at": published,
        "first_published_at": published,
        "last_published_at": published,
        "updated_at": published + datetime.timedelta(days=2) if plan["corrections"] else None,
        "licence": "cc_by_nd" if kind in {"analysis", "report"} else "staff",
        "partner_id": partner.pk if partner else None,
        "original_url": f"{partner.site_url}/pieces/{number}" if partner else "",
        "original_published_at": published - datetime.timedelta(days=1) if partner else None,
        "live": True,
        "has_unpublished_changes": False,
    }


def related_rows_copy(ids: list[int], plans: list[dict], frame: Frame) -> int:
    """Bylines, corrections, further sections and topics of added articles;
    returns the number of bylines."""
    bylines = [
        (pk, author, order)
        for pk, plan in zip(ids, plans, strict=True)
        for order, author in enumerate(plan["authors"])
    ]
    copy_rows(*table_columns(ArticleAuthor, "article", "author", "sort_order"), bylines)
    corrections = [
        (pk, (plan["published"] + datetime.timedelta(days=1 + order)).date(),
         "An earlier version misstated a figure.", order)
        for pk, plan in zip(ids, plans, strict=True)
        for order in range(plan["corrections"])
    ]  # fmt: skip
    columns = table_columns(ArticleCorrection, "article", "corrected_on", "text", "sort_order")
    copy_rows(*columns, corrections)
    further = [
        (pk, section.pk) for pk, plan in zip(ids, plans, strict=True) for section in plan["further"]
    ]
    m2m_copy(ArticlePage._meta.get_field("further_sections"), further)
    if frame.topics is not None:
        tags = [
            (pk, frame.topics[topic].pk)
            for pk, plan in zip(ids, plans, strict=True)
            for topic in plan["topics"]
        ]
        m2m_copy(topics_field(), tags)
    return len(bylines)


def table_columns(model, *names: str) -> tuple[str, list[str]]:
    return model._meta.db_table, [model._meta.get_field(name).column for name in names]


def m2m_copy(field, pairs) -> None:
    columns = [field.m2m_column_name(), field.m2m_reverse_name()]
    copy_rows(field.m2m_db_table(), columns, pairs)


def articles_add(count: int, frame: Frame, seed: int, workers: int) -> dict:
    """`count` live articles under the articles index, oldest first, their text
    written by `workers` processes (0: this one); returns counts."""
    planner = Planner(frame, random.Random(seed + 1), count)
    planned: collections.deque = collections.deque()

    def subjects():
        for first in range(0, count, CHUNK):
            plans = [planner.plan(number) for number in range(first, min(count, first + CHUNK))]
            planned.append((first, plans))
            yield [plan["subject"] for plan in plans]

    started = time.perf_counter()
    totals = {"words": 0, "bylines": 0}
    for pieces in chunks_written(seed, subjects(), workers):
        first, plans = planned.popleft()
        pages = [
            article_page(frame, plan, first + offset, piece)
            for offset, (plan, piece) in enumerate(zip(plans, pieces, strict=True))
        ]
        totals["words"] += sum(piece.words for piece in pieces)
        ids = pages_add(frame.parent, ArticlePage, pages)
        totals["bylines"] += related_rows_copy(ids, plans, frame)
        done = first + len(pages)
        if done % 10_000 == 0 or done == count:
            elapsed = time.perf_counter() - started
            print(f"  {done:>7} articles in {elapsed:6.1f} s", flush=True)
    return totals
