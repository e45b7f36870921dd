"""PostgreSQL's text search over a stored, weighted document.

Each document row carries `document`, a `tsvector` of every field (headline
weighted A; dek and authors B; format, sections, topics and first paragraph C;
the rest of the body D) with a GIN index, and `head`, the same without the
body. Matching uses `document`.

Ranking is by tiers (`tiers`): every word in the headline, then in the
headline, dek and authors' names, then anywhere; the newest first within each.
The first two read `title_words` (the head's A and B weights, kept in the row)
through an index of its headline part and one of all of it, so a word
most pieces hold costs a page of its headline matches, never a ranking of
every match. Facets are in the document too, as lexemes ("facet:…"): a filter
is part of the one text condition, so the planner has a single index to use.
The counts are one pass over the matches' integer array of facets, or over a
sample of them (base.SAMPLES) when there are many.
"""

from collections.abc import Sequence
from contextlib import contextmanager
from typing import Any

from django.db import connection, transaction

from ..documents import Document
from ..models import SearchDocument
from ..query import SearchQuery
from . import base
from .base import (
    CANDIDATES,
    COMMON_WORD_PIECES,
    COMMON_WORD_SHARE,
    DISTINCTIVE_WORDS,
    SAMPLES,
    WORD_TABLE,
    Engine,
    in_sample,
)

TABLE = SearchDocument._meta.db_table
CONFIG = "english"
TSQUERY = f"websearch_to_tsquery('{CONFIG}', %s)"
STORE = f"""
UPDATE {TABLE} AS d
SET head = v.head, facet_ids = %(facets)s::integer[],
    document = v.head || v.body || array_to_tsvector(%(facet_words)s::text[])
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
# Ranking reads the words' places from `head`'s weights: the headline (A),
# then the dek and authors (B), kept apart in `title_words` (generated from
# `head`, small enough to stay in the row). Each has its own index, so that
# the pieces holding a common word in their headline are found without
# reading the rest.
HEADLINE = "ts_filter(d.title_words, '{a}')"
TITLE = "d.title_words"
# Migration 0002. The tiers' indexes, and one of each sample that large counts
# are estimated from (base.SAMPLES), so that counting a sample reads only its
# rows. The facets become lexemes of the document ("facet:…"), found with the
# words in one index condition; their own index goes, so that the planner can
# never choose it and test the words row by row, reading every document out
# of TOAST storage. And the row is kept narrow (head and the JSON facets out
# of line, the facet ids always in it): matches are read by the thousand.
CREATE_TIERS_AND_SAMPLES = [
    f"ALTER TABLE {TABLE} SET (toast_tuple_target = 128)",
    f"""ALTER TABLE {TABLE} ALTER COLUMN head SET STORAGE EXTERNAL,
        ALTER COLUMN facets SET STORAGE EXTERNAL, ALTER COLUMN facet_ids SET STORAGE PLAIN""",
    f"""UPDATE {TABLE} SET document = document || array_to_tsvector(
        ARRAY(SELECT 'facet:' || key FROM unnest(facet_ids) AS key))""",
    "DROP INDEX IF EXISTS search_document_facets",
    f"""ALTER TABLE {TABLE} ADD COLUMN title_words tsvector
        GENERATED ALWAYS AS (ts_filter(head, '{{a,b}}')) STORED""",
    f"ALTER TABLE {TABLE} ALTER COLUMN title_words SET STORAGE MAIN",
    f"CREATE INDEX search_document_headline ON {TABLE} USING gin (ts_filter(title_words, '{{a}}'))",
    f"CREATE INDEX search_document_title ON {TABLE} USING gin (title_words)",
    *(
        f"CREATE INDEX search_document_sample_{every} ON {TABLE} USING gin (document) "
        f"WHERE {in_sample('article_id::bigint', every, percent='%')}"
        for every in SAMPLES
    ),
]
DROP_TIERS_AND_SAMPLES = [
    "DROP INDEX IF EXISTS search_document_headline",
    "DROP INDEX IF EXISTS search_document_title",
    f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS title_words",
    *(f"DROP INDEX IF EXISTS search_document_sample_{every}" for every in SAMPLES),
    f"""UPDATE {TABLE} SET document = ts_delete(document,
        ARRAY(SELECT 'facet:' || key FROM unnest(facet_ids) AS key))""",
    f"CREATE INDEX IF NOT EXISTS search_document_facets ON {TABLE} USING gin (facet_ids)",
    f"""ALTER TABLE {TABLE} ALTER COLUMN head SET STORAGE EXTENDED,
        ALTER COLUMN facets SET STORAGE EXTENDED, ALTER COLUMN facet_ids SET STORAGE EXTENDED""",
    f"ALTER TABLE {TABLE} RESET (toast_tuple_target)",
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
# How many documents there are: the planner's own figure for a large index
# (counting 100,000 rows each time would cost more than what it decides),
# counted when the index is small or not yet analysed (-1).
DOCUMENTS_COUNT = f"""(SELECT CASE WHEN c.reltuples >= 10000 THEN c.reltuples::bigint
    ELSE (SELECT count(*) FROM {TABLE}) END FROM pg_class c WHERE c.oid = '{TABLE}'::regclass)"""
# A match's tier (`tiers`), worked out on its row: for a few matches, cheaper
# than a query per tier.
TIER = f"CASE WHEN {HEADLINE} @@ {TSQUERY} THEN 1 WHEN {TITLE} @@ {TSQUERY} THEN 2 ELSE 3 END"
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


def facet_word(key: int) -> str:
    """The facet as a lexeme of the document: no words a reader types make it
    (the parser splits at the colon)."""
    return f"facet:{int(key)}"


def matching(query: SearchQuery, required: Sequence[int]) -> tuple[str, list[Any]]:
    """The documents matching the query with these facets: one condition on
    the text index, which finds both the words and the facets."""
    if not required:
        return f"d.document @@ {TSQUERY}", [tsquery_text(query)]
    facets = " & ".join(f"'{facet_word(key)}'" for key in required)
    return f"d.document @@ ({TSQUERY} && %s::tsquery)", [tsquery_text(query), facets]


def documents_count() -> int:
    """About how many documents the index holds."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {DOCUMENTS_COUNT}")
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
    # In the head's tiers the facets are tested on each row (inline, cheap);
    # the last tier finds them with the words in the text index.
    facets = " AND d.facet_ids @> %s::integer[]" if required else ""
    facet_params: list[Any] = [list(required)] if required else []
    anywhere, anywhere_params = matching(query, required)
    conditions = [
        (f"{HEADLINE} @@ {TSQUERY}{facets}", [text, *facet_params]),
        (
            f"{TITLE} @@ {TSQUERY} AND NOT {HEADLINE} @@ {TSQUERY}{facets}",
            [text, text, *facet_params],
        ),
        (f"{anywhere} AND NOT {TITLE} @@ {TSQUERY}", [*anywhere_params, text]),
    ]
    selects, params = [], []
    for tier, (condition, condition_params) in enumerate(conditions, start=1):
        order = NEWEST if walk and tier == len(conditions) else NEWEST_FROM_INDEX_MATCHES
        selects.append(
            f"(SELECT d.article_id FROM {TABLE} d WHERE {condition} ORDER BY {order} LIMIT %s)"
        )
        params += [*condition_params, enough]
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
                "facet_words": [facet_word(key) for key in document.facets],
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
        few = matches is not None and matches <= base.EXACT_UP_TO
        walk = matches is not None and not few and dates_walked(matches, offset + limit)
        if newest_first or few:
            # Every match from the text index (words and facets in one
            # condition), its tier worked out row by row when ranked.
            where, params = matching(query, required)
            order = NEWEST if walk else NEWEST_FROM_INDEX_MATCHES
            if not newest_first:
                text = tsquery_text(query)
                order = f"{TIER}, {order}"
                params += [text, text]
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
            where += f" AND {in_sample('d.article_id::bigint', sample_every)}"
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
                    {COMMON_WORD_PIECES}, {DOCUMENTS_COUNT} / {COMMON_WORD_SHARE}))
                ORDER BY documents, word LIMIT {DISTINCTIVE_WORDS}
            ), wanted AS (
                SELECT to_tsquery('{CONFIG}', string_agg(word, ' | ')) AS query FROM distinctive
            )
            SELECT d.article_id FROM {TABLE} d, wanted
            WHERE wanted.query IS NOT NULL AND d.document @@ wanted.query
                AND d.article_id <> %(exclude)s
            ORDER BY ts_rank(d.title_words, wanted.query) DESC, d.published_at DESC,
                d.article_id DESC
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
