"""Search corpus: published articles on PostgreSQL for the search benchmark (issue 9).

    .venv/bin/python bench/search_corpus.py                  # 100,000 articles
    .venv/bin/python bench/search_corpus.py --articles 2000
    .venv/bin/python bench/search_corpus.py --database-url postgres://user@host/name --rebuild

Builds, in a database of its own (created if missing, migrated), a magazine of
--articles live articles with realistic text: headlines, deks and bodies of
600 to 1,200 words drawn from a vocabulary with a natural (Zipf-like) word
frequency distribution, so that "security", "war" or "policy" are in most
pieces, rarer words in a few hundred, the rarest in a handful, and phrases
such as "Baltic Sea" or "nuclear deterrence" at the rates of pieces about
them; 300 authors (a prolific staff, a long tail of contributors, one to three
per piece), 12 sections, the six formats, 40 topics when articles have topics,
ten years of dates (bench/corpus_text.py, bench/corpus_pages.py). Pages are
written with COPY (bench/bulk_pages.py): 100,000 in a few minutes, where
`add_child` would take hours. Then ANALYZE, and masthead.search's
`documents_rebuild()` when the search app has it.

The same size and seed give the same corpus: a second run with the same
--articles reuses it; another size, or --rebuild, drops the database and
builds afresh (only a database holding this corpus, or an empty one).

From a timing script:

    from bench.search_corpus import build, django_setup

    django_setup("postgres://postgres@127.0.0.1:5432/masthead_bench_search")
    corpus = build(100_000)   # a Corpus: counts, timings, database size
"""

import argparse
import os
import shutil
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import urlparse

import django
import psycopg
from django.db import connection
from psycopg import sql

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
if str(BASE_DIR) not in sys.path:
    sys.path.insert(0, str(BASE_DIR))  # `bench.*` and `masthead.*`, run as a script too

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/masthead_bench_search"
DEFAULT_ARTICLES = 100_000
# Text is most of the work: written by two processes while this one copies rows in.
DEFAULT_WORKERS = 2
SEED = 20260109
# Changes whenever the generator writes a different corpus, so that an older
# one is rebuilt rather than reused.
CORPUS_VERSION = 1
MARKER = f"Search benchmark corpus v{CORPUS_VERSION}, seed {SEED}"
# Never dropped, whatever the command line says.
PROTECTED_DATABASES = {"test", "postgres", "template0", "template1"}


# -- the database --------------------------------------------------------------


def database_name(database_url: str) -> str:
    parsed = urlparse(database_url)
    if not parsed.scheme.startswith("postgres"):
        raise SystemExit(f"The search corpus needs PostgreSQL, not {parsed.scheme}.")
    name = parsed.path.strip("/")
    if not name or name in PROTECTED_DATABASES or name.startswith("test_"):
        raise SystemExit(f"Refusing to build the corpus in the database {name!r}.")
    return name


def server_connection(database_url: str) -> psycopg.Connection:
    """A connection to the server's maintenance database, to create or drop ours."""
    parsed = urlparse(database_url)
    return psycopg.connect(
        host=parsed.hostname,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        dbname="postgres",
        autocommit=True,
    )


def database_ensure(database_url: str) -> None:
    name = database_name(database_url)
    with server_connection(database_url) as server:
        if not server.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            print(f"Created the database {name}")


def database_recreate(database_url: str) -> None:
    """Drop the database and make it again, empty; and its media folder."""
    name = database_name(database_url)
    connection.close()
    with server_connection(database_url) as server:
        server.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(name)))
        server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    shutil.rmtree(media_root(database_url), ignore_errors=True)
    print(f"Dropped and re-created the database {name}")


def media_root(database_url: str) -> Path:
    return BENCH_DIR / "media" / f"search-{database_name(database_url)}"


# -- Django --------------------------------------------------------------------


def django_setup(database_url: str = DEFAULT_DATABASE_URL) -> None:
    """Set Django up on `database_url` (created if missing) with the corpus's
    own media folder, as production runs it (no debug)."""
    database_ensure(database_url)
    os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings"
    os.environ["DATABASE_URL"] = database_url
    os.environ["DJANGO_MEDIA_ROOT"] = str(media_root(database_url))
    os.environ["DJANGO_STATICFILES_STORAGE"] = (
        "django.contrib.staticfiles.storage.StaticFilesStorage"
    )
    os.environ["DJANGO_DEBUG"] = "false"
    # No collectstatic for a benchmark: WhiteNoise would warn that STATIC_ROOT is missing.
    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()


def build(
    count: int = DEFAULT_ARTICLES,
    rebuild: bool = False,
    index: bool = True,
    workers: int = DEFAULT_WORKERS,
):
    """The corpus of `count` articles in the database `django_setup` chose:
    reused when it is there, built otherwise (the text written by `workers`
    processes, 0 for none); after a build, masthead.search's index is filled
    unless `index` is false. Returns a `Corpus`."""
    # Its models can only be imported once django_setup() has configured Django.
    from bench import corpus_build  # noqa: PLC0415

    database_url = os.environ["DATABASE_URL"]
    corpus_build.migrate()
    state = corpus_build.corpus_state(count, MARKER)
    if state == "foreign":
        raise SystemExit(
            f"The database {database_name(database_url)} holds a magazine that is not the "
            "search corpus; point --database-url at a database of its own."
        )
    if state == "ready" and not rebuild:
        print(f"Reusing the corpus of {count} articles (--rebuild builds it afresh)")
        return corpus_build.corpus_summary(reused=True)
    if state != "empty":
        database_recreate(database_url)
        corpus_build.migrate()
    print(f"Building a corpus of {count} articles ...", flush=True)
    started = time.perf_counter()
    totals = corpus_build.corpus_create(count, SEED, MARKER, workers)
    build_seconds = time.perf_counter() - started
    print(
        f"Built {count} articles ({totals['words']:,} words, {totals['bylines']} bylines) "
        f"in {build_seconds:.1f} s ({build_seconds / count * 1000:.2f} ms per article)"
    )
    print(f"ANALYZE in {corpus_build.analyze():.1f} s")
    index_seconds = corpus_build.search_index_rebuild() if index else None
    if index_seconds is not None:
        corpus_build.analyze()
    return corpus_build.corpus_summary(
        reused=False, build_seconds=build_seconds, index_seconds=index_seconds
    )


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL, help="%(default)s")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="%(default)s")
    parser.add_argument("--rebuild", action="store_true", help="build the corpus afresh")
    parser.add_argument(
        "--workers",
        type=int,
        default=DEFAULT_WORKERS,
        help="processes writing the text, 0 for none (%(default)s); the same corpus either way",
    )
    parser.add_argument(
        "--no-index",
        dest="index",
        action="store_false",
        help="after a build, leave masthead.search's index empty",
    )
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    django_setup(args.database_url)
    print(f"Database: {args.database_url}; media: {media_root(args.database_url)}")
    corpus = build(args.articles, rebuild=args.rebuild, index=args.index, workers=args.workers)
    print(
        f"Corpus: {corpus.articles} live articles, {corpus.authors} authors, "
        f"{corpus.topics} topics; database {corpus.database_bytes / 2**20:,.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
