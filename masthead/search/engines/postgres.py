"""PostgreSQL's text search over a stored, weighted document.

Each document row carries `document`, a `tsvector` of every field (headline
weighted A; dek and authors B; format, sections, topics and first paragraph C;
the rest of the body D) with a GIN index, and `head`, the same without the
body. Matching uses `document`; ranking reads only `head`, which is small
enough to stay in the row, so ordering thousands of matches never reads the
bodies out of TOAST storage. Pieces whose words are only in the body rank by
date. Facets are an integer array with its own GIN index: a filter is one
more index condition, and the counts are one pass over the matches.
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
    WORD_TABLE,
    Engine,
)

TABLE = SearchDocument._meta.db_table
CONFIG = "english"
TSQUERY = f"websearch_to_tsquery('{CONFIG}', %s)"
# A piece five years old ranks half as high as the same match published today.
RECENCY_SECONDS = 5 * 365 * 24 * 3600
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
SEARCH_SETTINGS = "SET LOCAL enable_seqscan = off; SET LOCAL work_mem = '32MB'"


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


class PostgresEngine(Engine):
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
    ) -> list[int]:
        where, params = matching(query, required)
        if newest_first:
            order, order_params = "d.published_at DESC, d.article_id DESC", []
        else:
            order = (
                f"(ts_rank(d.head, {TSQUERY}) + 0.01)"
                f" / (1 + extract(epoch FROM now() - d.published_at) / {RECENCY_SECONDS})"
                " DESC, d.published_at DESC, d.article_id DESC"
            )
            order_params = [tsquery_text(query)]
        sql = (
            f"SELECT d.article_id FROM {TABLE} d WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with search_cursor() as cursor:
            cursor.execute(sql, [*params, *order_params, limit, offset])
            return [row[0] for row in cursor.fetchall()]

    def counts(self, query: SearchQuery, required: Sequence[int], keys: range) -> dict[int, int]:
        where, params = matching(query, required)
        sql = (
            f"SELECT key, count(*) FROM {TABLE} d, unnest(d.facet_ids) AS key "
            f"WHERE {where} AND key >= %s AND key < %s GROUP BY key"
        )
        with search_cursor() as cursor:
            cursor.execute(sql, [*params, keys.start, keys.stop])
            return dict(cursor.fetchall())

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
        # The nearest by trigrams, found by walking the GiST index (no threshold).
        sql = (
            "SELECT word FROM masthead_search_searchword WHERE word <> %s "
            "ORDER BY word <-> %s LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [word, word, CANDIDATES])
            return [row[0] for row in cursor.fetchall()]
