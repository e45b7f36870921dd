"""PostgreSQL's text search over a stored, weighted document.

Each document row carries `document`, a `tsvector` of every field (headline
weighted A; dek and authors B; format, sections, topics and first paragraph C;
the rest of the body D) with a GIN index, and `head`, the same without the
body. Matching uses `document`.

Ranking is by tiers (`tiers`): every word in the headline, then in the
headline, dek and authors' names, then anywhere; the newest first within each.
The first two read `head` through indexes of its A and A-B weights, so a word
most pieces hold costs a page of its headline matches, never a ranking of
every match. Facets are an integer array with its own GIN index: a filter is
one more index condition, and the counts are one pass over the matches, or
over a sample of them (base.SAMPLES) when there are many.
"""

from collections.abc import Sequence
from contextlib import contextmanager
from typing import Any

from django.db import connection, transaction

from ..documents import Document
from ..models import SearchDocument
from ..query import SearchQuery
from .base import (
    CANDIDATES,
    COMMON_WORD_PIECES,
    COMMON_WORD_SHARE,
    DISTINCTIVE_WORDS,
    SAMPLES,
    WORD_TABLE,
    Engine,
)

TABLE = SearchDocument._meta.db_table
CONFIG = "english"
TSQUERY = f"websearch_to_tsquery('{CONFIG}', %s)"
STORE = f"""
UPDATE {TABLE} AS d
SET head = v.head, document = v.head || v.body, facet_ids = %(facets)s::integer[]
FROM (
    SELECT setweight(to_tsvector('{CONFIG}', %(headline)s), 'A')
        || setweight(to_tsvector('{CONFIG}', %(dek)s || ' ' || %(people)s), 'B')
        || setweight(to_tsvector('{CONFIG}', %(places)s || ' ' || %(lead)s), 'C') AS head,
        to_tsvector('{CONFIG}', %(body)s) AS body
) AS v
WHERE d.article_id = %(id)s
"""
CREATE = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    f"""ALTER TABLE {TABLE}
        ADD COLUMN document tsvector NOT NULL DEFAULT ''::tsvector,
        ADD COLUMN head tsvector NOT NULL DEFAULT ''::tsvector,
        ADD COLUMN facet_ids integer[] NOT NULL DEFAULT '{{}}'""",
    f"CREATE INDEX search_document_words ON {TABLE} USING gin (document)",
    f"CREATE INDEX search_document_facets ON {TABLE} USING gin (facet_ids)",
    "CREATE INDEX search_word_trigrams ON masthead_search_searchword USING gin (word gin_trgm_ops)",
]
# Ranking reads the words' places from `head`'s weights: the headline (A),
# then the dek and authors (B). Each has its own index, so that the pieces
# holding a common word in their headline are found without reading the rest.
HEADLINE = "ts_filter(d.head, '{a}')"
TITLE = "ts_filter(d.head, '{a,b}')"
# Migration 0002: the tiers' indexes, and one of each sample that large counts
# are estimated from (base.SAMPLES), so that counting a sample reads only its rows.
CREATE_TIERS_AND_SAMPLES = [
    f"CREATE INDEX search_document_headline ON {TABLE} USING gin (ts_filter(head, '{{a}}'))",
    f"CREATE INDEX search_document_title ON {TABLE} USING gin (ts_filter(head, '{{a,b}}'))",
    *(
        f"CREATE INDEX search_document_sample_{every} ON {TABLE} USING gin (document) "
        f"WHERE article_id % {every} = 0"
        for every, _ in SAMPLES
    ),
]
DROP_TIERS_AND_SAMPLES = [
    "DROP INDEX IF EXISTS search_document_headline",
    "DROP INDEX IF EXISTS search_document_title",
    *(f"DROP INDEX IF EXISTS search_document_sample_{every}" for every, _ in SAMPLES),
]
DROP = [
    "DROP INDEX IF EXISTS search_word_trigrams",
    f"ALTER TABLE {TABLE} DROP COLUMN document, DROP COLUMN head, DROP COLUMN facet_ids",
]


# Matches are found with the GIN index, never by reading every row: checking
# `document` row by row would read each piece's whole text out of TOAST storage
# (a query matching most pieces reads ~4 GB at 100,000 pieces), whereas the
# index's bitmap, kept exact in this much memory, needs no such check. The
# planner would otherwise prefer the scan of every row for a common word.
# (One statement; inside a caller's transaction they last until it ends.)
# Newest first, walking the dates' index when the planner likes; or sorted
# after the matches are taken from the text indexes, which the date's index
# cannot give (an order on an expression of it), for a word in few pieces.
NEWEST = "d.published_at DESC, d.article_id DESC"
NEWEST_FROM_INDEX_MATCHES = "d.published_at + interval '0 seconds' DESC, d.article_id DESC"
WALK_COST = 15  # dates_walked()
TRIGRAM_LIKENESS = 0.2  # word_candidates(); pg_trgm's default is 0.3
# Without parallel workers, UNION ALL returns its parts in order (`tiers`).
SEARCH_SETTINGS = (
    "SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '32MB'; "
    "SET LOCAL max_parallel_workers_per_gather = 0"
)


@contextmanager
def search_cursor():
    """A cursor whose queries find matches through the index (SEARCH_SETTINGS)."""
    with transaction.atomic(savepoint=False), connection.cursor() as cursor:
        cursor.execute(SEARCH_SETTINGS)
        yield cursor


def tsquery_text(query: SearchQuery) -> str:
    """The query in websearch_to_tsquery's syntax: plain words, and phrases in
    double quotes. Words hold letters and digits only, so nothing else is said."""
    return " ".join([*(f'"{" ".join(phrase)}"' for phrase in query.phrases), *query.words])


def matching(query: SearchQuery, required: Sequence[int]) -> tuple[str, list[Any]]:
    sql = f"d.document @@ {TSQUERY}"
    params: list[Any] = [tsquery_text(query)]
    if required:
        sql += " AND d.facet_ids @> %s::integer[]"
        params.append(list(required))
    return sql, params


def documents_count() -> int:
    """About how many documents the index holds (the planner's own count)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [TABLE])
        row = cursor.fetchone()
    return max(1, row[0] if row else 1)


def dates_walked(matches: int, wanted: int) -> bool:
    """Whether the newest `wanted` of `matches` are found faster by walking the
    documents newest first, testing each (each test reads a document: about
    WALK_COST times the cost of taking a match from the index), than by
    taking every match from the index and sorting them. The planner cannot
    tell: it has no idea how many pieces hold a rare word."""
    walked = wanted * documents_count() / max(1, matches)
    return walked * WALK_COST < matches


def tiers(
    query: SearchQuery, required: Sequence[int], enough: int, walk: bool
) -> tuple[str, list[Any]]:
    """The matches best first: those with every word in the headline, then in
    the headline, dek and authors' names, then anywhere; the newest first in
    each tier. Each tier stops at `enough` rows, and a tier is read only when
    those before it hold fewer: a word in most pieces costs a page of its
    headline matches, not a ranking of every piece. The first two are always
    taken from their indexes; the last walks the dates when `walk`."""
    text = tsquery_text(query)
    facets = " AND d.facet_ids @> %s::integer[]" if required else ""
    tier_params: list[Any] = [list(required)] if required else []
    conditions = [
        (f"{HEADLINE} @@ {TSQUERY}", [text]),
        (f"{TITLE} @@ {TSQUERY} AND NOT {HEADLINE} @@ {TSQUERY}", [text, text]),
        (f"d.document @@ {TSQUERY} AND NOT {TITLE} @@ {TSQUERY}", [text, text]),
    ]
    selects, params = [], []
    for tier, (condition, condition_params) in enumerate(conditions, start=1):
        order = NEWEST if walk and tier == len(conditions) else NEWEST_FROM_INDEX_MATCHES
        selects.append(
            f"(SELECT d.article_id FROM {TABLE} d WHERE {condition}{facets} "
            f"ORDER BY {order} LIMIT %s)"
        )
        params += [*condition_params, *tier_params, enough]
    return " UNION ALL ".join(selects), params


class PostgresEngine(Engine):
    samples = True

    def store_text(self, documents: Sequence[Document]) -> None:
        rows: list[dict[str, Any]] = [
            {
                "id": document.article_id,
                "headline": document.headline,
                "dek": document.dek,
                "people": document.people,
                "places": document.places,
                "lead": document.lead,
                "body": document.body,
                "facets": document.facets,
            }
            for document in documents
        ]
        with connection.cursor() as cursor:
            cursor.executemany(STORE, rows)

    def remove_text(self, article_ids: list[int]) -> None:
        pass  # the row holds the text: deleting it is enough

    def clear_text(self) -> None:
        pass

    def ids(
        self,
        query: SearchQuery,
        required: Sequence[int],
        newest_first: bool,
        offset: int,
        limit: int,
        matches: int | None = None,
    ) -> list[int]:
        walk = matches is not None and dates_walked(matches, offset + limit)
        if newest_first:
            where, params = matching(query, required)
            order = NEWEST if walk else NEWEST_FROM_INDEX_MATCHES
            sql = f"SELECT d.article_id FROM {TABLE} d WHERE {where} ORDER BY {order}"
        else:
            sql, params = tiers(query, required, offset + limit, walk)
        with search_cursor() as cursor:
            cursor.execute(sql + " LIMIT %s OFFSET %s", [*params, limit, offset])
            return [row[0] for row in cursor.fetchall()]

    def counts(
        self, query: SearchQuery, required: Sequence[int], keys: range, sample_every: int
    ) -> tuple[int, dict[int, int]]:
        where, params = matching(query, required)
        if sample_every > 1:  # as the sample's partial index says it, so that it is used
            where += f" AND d.article_id %% {int(sample_every)} = 0"
        sql = f"""
            WITH matches AS MATERIALIZED (SELECT d.facet_ids FROM {TABLE} d WHERE {where})
            SELECT NULL, count(*) FROM matches
            UNION ALL
            SELECT key, count(*) FROM matches, unnest(matches.facet_ids) AS key
            WHERE key >= %s AND key < %s GROUP BY key
        """
        with search_cursor() as cursor:
            cursor.execute(sql, [*params, keys.start, keys.stop])
            rows = cursor.fetchall()
        return rows[0][1], dict(rows[1:])

    def alike(self, words: Sequence[str], exclude_id: int, limit: int) -> list[int]:
        # Lexicon words hold letters only, so ORing them says nothing else.
        sql = f"""
            WITH distinctive AS (
                SELECT word FROM {WORD_TABLE}
                WHERE word = ANY(%(words)s) AND documents BETWEEN 2 AND GREATEST(2, LEAST(
                    {COMMON_WORD_PIECES}, (SELECT count(*) FROM {TABLE}) / {COMMON_WORD_SHARE}))
                ORDER BY documents, word LIMIT {DISTINCTIVE_WORDS}
            ), wanted AS (
                SELECT to_tsquery('{CONFIG}', string_agg(word, ' | ')) AS query FROM distinctive
            )
            SELECT d.article_id FROM {TABLE} d, wanted
            WHERE wanted.query IS NOT NULL AND d.document @@ wanted.query
                AND d.article_id <> %(exclude)s
            ORDER BY ts_rank(d.head, wanted.query) DESC, d.published_at DESC, d.article_id DESC
            LIMIT %(limit)s
        """
        with search_cursor() as cursor:
            cursor.execute(sql, {"words": list(words), "exclude": exclude_id, "limit": limit})
            return [row[0] for row in cursor.fetchall()]

    def word_candidates(self, word: str) -> list[str]:
        # The nearest by trigrams among those alike enough to be found through
        # the trigram index: at least TRIGRAM_LIKENESS, which lets a short
        # word with two letters swapped ("cabels") find its own ("cables").
        sql = (
            "SELECT word FROM masthead_search_searchword WHERE word %% %s AND word <> %s "
            "ORDER BY word <-> %s, word LIMIT %s"
        )
        with transaction.atomic(savepoint=False), connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL pg_trgm.similarity_threshold = {TRIGRAM_LIKENESS}")
            cursor.execute(sql, [word, word, word, CANDIDATES])
            return [row[0] for row in cursor.fetchall()]

    def tidy(self) -> None:
        # Storing a document writes its row twice (the columns, then the text):
        # after a rebuild, half the table is old versions until vacuumed.
        with connection.cursor() as cursor:
            cursor.execute(f"VACUUM ANALYZE {TABLE}")
            cursor.execute(f"VACUUM ANALYZE {WORD_TABLE}")
