"""SQLite's FTS5, for the embedded demo and small magazines.

An FTS5 table holds each document's fields (Porter stemming, accents folded),
keyed by the article id; BM25 ranks with the fields weighted as PostgreSQL's
engine weights them, a piece five years old counting half. Facets are read
from the document row's JSON list. No speed floor applies here.
"""

import json
from collections.abc import Sequence
from typing import Any

from django.db import connection

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
    in_sample,
)

TABLE = SearchDocument._meta.db_table
FTS = "masthead_search_fts"
FIELDS = ("headline", "dek", "people", "places", "lead", "body")
WEIGHTS = "10.0, 4.0, 4.0, 2.0, 2.0, 1.0"  # in FIELDS' order
RECENCY_DAYS = 5 * 365
CREATE = [
    f"CREATE VIRTUAL TABLE {FTS} USING fts5({', '.join(FIELDS)}, "
    "tokenize = 'porter unicode61 remove_diacritics 2')"
]
DROP = [f"DROP TABLE IF EXISTS {FTS}"]


def match_text(query: SearchQuery) -> str:
    """The query in FTS5's syntax: each word and phrase a quoted string, all
    required. Words hold letters and digits only, so nothing else is said."""
    terms = [" ".join(phrase) for phrase in query.phrases] + list(query.words)
    return " ".join(f'"{term}"' for term in terms)


def matching(query: SearchQuery, required: Sequence[int]) -> tuple[str, list[Any]]:
    sql = f"{FTS} MATCH %s"
    params: list[Any] = [match_text(query)]
    for key in required:
        sql += " AND EXISTS (SELECT 1 FROM json_each(d.facets) WHERE json_each.value = %s)"
        params.append(key)
    return sql, params


class SqliteEngine(Engine):
    def store_text(self, documents: Sequence[Document]) -> None:
        self.remove_text([document.article_id for document in documents])
        columns = ", ".join(FIELDS)
        sql = f"INSERT INTO {FTS} (rowid, {columns}) VALUES (%s, {', '.join(['%s'] * len(FIELDS))})"
        with connection.cursor() as cursor:
            cursor.executemany(
                sql,
                [
                    [document.article_id, *(getattr(document, name) for name in FIELDS)]
                    for document in documents
                ],
            )

    def remove_text(self, article_ids: list[int]) -> None:
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS} WHERE rowid = %s", [[i] for i in article_ids])

    def clear_text(self) -> None:
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS}")

    def tidy(self) -> None:
        # FTS5 merges the index segments a rebuild wrote batch by batch.
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS} ({FTS}) VALUES ('optimize')")

    def ids(
        self,
        query: SearchQuery,
        required: Sequence[int],
        newest_first: bool,
        offset: int,
        limit: int,
        matches: int | None = None,
    ) -> list[int]:
        where, params = matching(query, required)
        if newest_first:
            order = "d.published_at DESC, d.article_id DESC"
        else:
            order = (
                f"bm25({FTS}, {WEIGHTS})"
                f" / (1 + (julianday('now') - julianday(d.published_at)) / {RECENCY_DAYS})"
                ", d.published_at DESC, d.article_id DESC"
            )
        sql = (
            f"SELECT d.article_id FROM {FTS} JOIN {TABLE} d ON d.article_id = {FTS}.rowid "
            f"WHERE {where} ORDER BY {order} LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, limit, offset])
            return [row[0] for row in cursor.fetchall()]

    def counts(
        self, query: SearchQuery, required: Sequence[int], keys: range, sample_every: int
    ) -> tuple[int, dict[int, int]]:
        where, params = matching(query, required)
        if sample_every > 1:
            where += f" AND {in_sample('d.article_id', sample_every)}"
        sql = f"""
            WITH matches AS (
                SELECT d.facets FROM {FTS} JOIN {TABLE} d ON d.article_id = {FTS}.rowid
                WHERE {where}
            )
            SELECT NULL, count(*) FROM matches
            UNION ALL
            SELECT facet.value, count(*) FROM matches, json_each(matches.facets) AS facet
            WHERE facet.value >= %s AND facet.value < %s GROUP BY facet.value
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, keys.start, keys.stop])
            rows = cursor.fetchall()
        return rows[0][1], dict(rows[1:])

    def alike(self, words: Sequence[str], exclude_id: int, limit: int) -> list[int]:
        # bm25 over the headline, dek, names and first paragraph (the body weighs 0).
        sql = f"""
            WITH distinctive AS (
                SELECT word FROM {WORD_TABLE}
                WHERE word IN (SELECT value FROM json_each(%s)) AND documents BETWEEN 2
                    AND max(2, min({COMMON_WORD_PIECES},
                        (SELECT count(*) FROM {TABLE}) / {COMMON_WORD_SHARE}))
                ORDER BY documents, word LIMIT {DISTINCTIVE_WORDS}
            ), wanted AS (
                SELECT coalesce(group_concat('"' || word || '"', ' OR '), '') AS text
                FROM distinctive
            )
            SELECT d.article_id FROM {FTS} JOIN {TABLE} d ON d.article_id = {FTS}.rowid, wanted
            WHERE wanted.text <> '' AND {FTS} MATCH wanted.text AND d.article_id <> %s
            ORDER BY bm25({FTS}, {WEIGHTS.rsplit(",", 1)[0]}, 0.0),
                d.published_at DESC, d.article_id DESC
            LIMIT %s
        """
        with connection.cursor() as cursor:
            cursor.execute(sql, [json.dumps(list(words)), exclude_id, limit])
            return [row[0] for row in cursor.fetchall()]

    def word_candidates(self, word: str) -> list[str]:
        sql = (
            "SELECT word FROM masthead_search_searchword WHERE substr(word, 1, 1) = %s "
            "AND length(word) BETWEEN %s AND %s AND word <> %s ORDER BY documents DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [word[:1], len(word) - 2, len(word) + 2, word, 50 * CANDIDATES])
            return [row[0] for row in cursor.fetchall()]
