"""What every engine does: keep documents, find them, count their facets and
offer words like a misspelt one. The document rows and the magazine's words
are kept here, in SQL both databases speak; each engine adds its own index."""

import difflib
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.db import connection

from ..documents import Document
from ..models import SearchDocument, SearchWord
from ..query import SearchQuery

CANDIDATES = 20  # words looked at closely for each misspelt one
# Pieces alike in words (similar.py): the rarest of a piece's words that are in
# at least two pieces, and in at most a fifth of them and five hundred.
DISTINCTIVE_WORDS = 8
COMMON_WORD_PIECES = 500
COMMON_WORD_SHARE = 5
LEXICON_WORD = re.compile(r"[^\W\d_]{3,40}")
WORD_TABLE = SearchWord._meta.db_table
LEXICON_UPSERT = (
    f"INSERT INTO {WORD_TABLE} (word, documents) VALUES (%s, %s) "
    f"ON CONFLICT (word) DO UPDATE SET documents = {WORD_TABLE}.documents + excluded.documents"
)


# Counting every match of a word most pieces hold costs time in proportion to
# the archive. An engine that keeps samples of the index (one piece in n, for
# each n of SAMPLES) estimates larger counts from them, as large search
# services do: the coarsest sample first, then, when it shows fewer matches,
# the coarsest sample that holds at least SAMPLED_MATCHES of them (about 6 %
# off at most, one time in three). Counts are exact up to EXACT_UP_TO matches.
# Whatever the archive, a count reads a few hundred matching rows, or at most
# EXACT_UP_TO. The PostgreSQL engine indexes each sample (migration 0002).
SAMPLES = (64, 32, 16, 8)  # coarsest first
SAMPLED_MATCHES = 250
EXACT_UP_TO = 2_000
# A piece is in a sample by its id, scrambled (Fibonacci hashing: the id times
# Knuth's constant, modulo 2**32), so that ids in any regular pattern (every
# other id an article, say) fall evenly in and out. One in 64 is within one in 16.
SAMPLE_MULTIPLIER = 2_654_435_761
SAMPLE_RANGE = 2**32


def in_sample(column: str, every: int, percent: str = "%%") -> str:
    """SQL: whether the piece whose id is `column` is in the one-in-`every`
    sample (both databases; `percent`: "%" where no parameters are bound)."""
    return f"({column} * {SAMPLE_MULTIPLIER} {percent} {SAMPLE_RANGE}) < {SAMPLE_RANGE // every}"


@dataclass(frozen=True)
class Tally:
    """How many documents match, and how many of them carry each facet key."""

    total: int
    counts: dict[int, int] = field(default_factory=dict)
    estimated: bool = False  # both from the sample, scaled up


def document_words(document: Document) -> set[str]:
    text = " ".join((document.headline, document.dek, document.people, document.places))
    return {word.lower() for word in LEXICON_WORD.findall(f"{text} {document.body}")}


class Engine(ABC):
    # -- keeping documents ---------------------------------------------------------

    def store(self, documents: Sequence[Document], words: Counter | None = None) -> None:
        """Add or replace these documents (call inside a transaction). `words`:
        count the new documents' words into it instead of writing them
        (a rebuild writes them all once: one upsert per word per batch would
        leave a dead row version per word per batch)."""
        if not documents:
            return
        ids = [document.article_id for document in documents]
        known = set(SearchDocument.objects.filter(pk__in=ids).values_list("pk", flat=True))
        SearchDocument.objects.bulk_create(
            [
                SearchDocument(
                    article_id=document.article_id,
                    published_at=document.published_at,
                    facets=document.facets,
                    body=document.body,
                )
                for document in documents
            ],
            update_conflicts=True,
            unique_fields=["article"],
            update_fields=["published_at", "facets", "body"],
        )
        self.store_text(documents)
        self.lexicon_add((doc for doc in documents if doc.article_id not in known), into=words)

    def remove(self, article_ids: Iterable[int]) -> None:
        article_ids = list(article_ids)
        self.remove_text(article_ids)
        SearchDocument.objects.filter(pk__in=article_ids).delete()

    def clear(self) -> None:
        """Empty the index and the magazine's words."""
        self.clear_text()
        SearchDocument.objects.all().delete()
        SearchWord.objects.all().delete()

    @abstractmethod
    def tidy(self) -> None:
        """After a rebuild, outside any transaction: reclaim the space it left
        behind and bring the database's own figures up to date."""

    def lexicon_add(self, documents: Iterable[Document], into: Counter | None = None) -> None:
        """Count the words of newly indexed pieces (`into` that counter, when
        given, for lexicon_store() to write once). A piece that leaves the index
        leaves its words counted: the counts only rank suggestions, each of
        which is checked against the index before a reader sees it."""
        counts: Counter[str] = Counter() if into is None else into
        for document in documents:
            counts.update(document_words(document))
        if into is None:
            self.lexicon_store(counts)

    def lexicon_store(self, counts: Counter) -> None:
        """Add these counts of words to the magazine's words."""
        if counts:
            # In a fixed order, so that two publications never wait on each other's rows.
            with connection.cursor() as cursor:
                cursor.executemany(LEXICON_UPSERT, sorted(counts.items()))

    @abstractmethod
    def store_text(self, documents: Sequence[Document]) -> None: ...

    @abstractmethod
    def remove_text(self, article_ids: list[int]) -> None: ...

    @abstractmethod
    def clear_text(self) -> None: ...

    # -- searching -------------------------------------------------------------------

    @abstractmethod
    def ids(
        self,
        query: SearchQuery,
        required: Sequence[int],
        newest_first: bool,
        offset: int,
        limit: int,
        matches: int | None = None,
    ) -> list[int]:
        """One page of matching article ids, best (or newest) first. `matches`:
        about how many there are (the tally's total), if known: an engine may
        choose how to find them by it."""

    # Whether this engine keeps the samples that tally() estimates large counts from.
    samples = False

    def tally(self, query: SearchQuery, required: Sequence[int], keys: range) -> Tally:
        """The matches' total and facet counts (keys within `keys`): estimated
        from a sample when there are more than EXACT_UP_TO (SAMPLES), else exact."""
        if self.samples:
            every = SAMPLES[0]
            total, counts = self.counts(query, required, keys, sample_every=every)
            if total * every > EXACT_UP_TO:
                enough = [n for n in SAMPLES if total * every / n >= SAMPLED_MATCHES]
                finer = enough[0] if enough else SAMPLES[-1]
                if finer != every:
                    every = finer
                    total, counts = self.counts(query, required, keys, sample_every=every)
            if total * every > EXACT_UP_TO:
                scaled = {key: count * every for key, count in counts.items()}
                return Tally(total * every, scaled, estimated=True)
        total, counts = self.counts(query, required, keys, sample_every=1)
        return Tally(total, counts)

    @abstractmethod
    def counts(
        self, query: SearchQuery, required: Sequence[int], keys: range, sample_every: int
    ) -> tuple[int, dict[int, int]]:
        """How many documents match, and how many of them carry each facet key
        within `keys`; among one document in `sample_every` (by id) only."""

    @abstractmethod
    def alike(self, words: Sequence[str], exclude_id: int, limit: int) -> list[int]:
        """Up to `limit` article ids (not `exclude_id`) with any of the most
        distinctive of `words` (`DISTINCTIVE_WORDS`), those with them in the
        headline or dek first (SQLite: the first paragraph too), then the
        newest. One query, whatever the words (none may be distinctive)."""

    def similar_words(self, word: str, limit: int) -> list[str]:
        """The magazine's words spelt most like `word`, closest first."""
        return difflib.get_close_matches(word, self.word_candidates(word), n=limit, cutoff=0.7)

    @abstractmethod
    def word_candidates(self, word: str) -> list[str]:
        """Words of the magazine that may be spelt like `word`, for a closer look."""
