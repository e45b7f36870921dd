"""Building the search corpus in a database Django is set up for: the steps
bench/search_corpus.py runs (see there). Import it once Django is set up."""

import importlib
import random
import time
from dataclasses import dataclass

from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Site

from bench.corpus_pages import Frame, articles_add, authors_add, topics_ensure, topics_field
from bench.magazine import make_images, make_partners, make_sections, make_site_settings
from masthead.articles.models import ArticlePage, AuthorPage, HomePage
from masthead.articles.services import front_page_curate_newest, magazine_structure_ensure
from masthead.core.models import SiteSettings

CORPUS_NAME = "The Search Benchmark Review"
FEATURED_COUNT = 4


@dataclass
class Corpus:
    """What `build` leaves: the corpus, and how long making it took."""

    articles: int
    authors: int
    topics: int  # 0 while articles have no topics
    reused: bool
    build_seconds: float | None = None
    index_seconds: float | None = None  # masthead.search's documents_rebuild, when it ran
    database_bytes: int = 0


def migrate() -> None:
    call_command("migrate", interactive=False, verbosity=0)
    # The rate limits' cache table (settings.CACHES["ratelimit"]), as `make setup` does.
    call_command("createcachetable", verbosity=0)


def corpus_state(count: int, marker: str) -> str:
    """ "empty"; "ready" (this corpus, `count` live articles); "other" (a corpus
    of another size or version); "foreign" (not a corpus of ours)."""
    if not HomePage.objects.exists():
        return "empty"
    site = Site.objects.filter(is_default_site=True).first()
    settings = SiteSettings.for_site(site) if site else None
    if settings is None or settings.name != CORPUS_NAME:
        return "foreign"
    if settings.tagline == marker and ArticlePage.objects.live().count() == count:
        return "ready"
    return "other"


def corpus_summary(reused: bool, **timings) -> Corpus:
    return Corpus(
        articles=ArticlePage.objects.live().count(),
        authors=AuthorPage.objects.count(),
        topics=topic_count(),
        reused=reused,
        database_bytes=database_bytes(),
        **timings,
    )


def topic_count() -> int:
    field = topics_field()
    return field.related_model.objects.count() if field else 0


def database_bytes() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return cursor.fetchone()[0]


def corpus_create(count: int, seed: int, marker: str, workers: int) -> dict:
    """The magazine and its `count` articles, in one transaction."""
    started = time.perf_counter()

    def step(text: str) -> None:
        print(f"  {text}  {time.perf_counter() - started:.1f} s", flush=True)

    with transaction.atomic():
        structure = magazine_structure_ensure()
        heroes, portraits = make_images(seed)
        step(f"{len(heroes) + len(portraits)} images")
        sections = make_sections(structure)
        authors = authors_add(structure.authors, random.Random(seed + 2), portraits)
        partners = make_partners()
        make_site_settings(structure, sections, CORPUS_NAME, marker)
        topics = topics_ensure(structure)
        step(
            f"{len(sections)} sections, {len(authors)} authors, "
            f"{len(topics) if topics else 'no'} topics"
        )
        frame = Frame(
            parent=structure.articles,
            sections={section.title: section for section in sections},
            formats=structure.formats,
            authors=authors,
            heroes=heroes,
            partners=partners,
            topics=topics,
        )
        totals = articles_add(count, frame, seed, workers)
        front_page_curate_newest(magazine_structure_ensure().home, FEATURED_COUNT)
        step("front page curated; committing")
    return totals


def analyze() -> float:
    """Planner statistics, as autovacuum would gather them on a live site."""
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started


def search_index_rebuild() -> float | None:
    """Fill masthead.search's index, when the app has one (issue 9 adds it while
    this corpus is in use): looked up at call time, so that the corpus builds
    with or without it. Returns the seconds it took, or None."""
    try:
        indexing = importlib.import_module("masthead.search.indexing")
    except ModuleNotFoundError as error:
        if error.name not in {"masthead.search", "masthead.search.indexing"}:
            raise
        return None
    documents_rebuild = getattr(indexing, "documents_rebuild", None)
    if documents_rebuild is None:
        return None
    print("Indexing with masthead.search.indexing.documents_rebuild() ...", flush=True)
    started = time.perf_counter()
    indexed = documents_rebuild()
    elapsed = time.perf_counter() - started
    print(f"  {indexed} documents indexed in {elapsed:.1f} s", flush=True)
    return elapsed
