"""What every engine does: keep documents, find them, count their facets and
offer words like a misspelt one. The document rows and the magazine's words
are kept here, in SQL both databases speak; each engine adds its own index."""

import difflib
import re
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterable, Sequence

from django.db import connection

from ..documents import Document
from ..models import SearchDocument, SearchWord
from ..query import SearchQuery

CANDIDATES = 20  # words looked at closely for each misspelt one
# Pieces alike in words (similar.py): the rarest of a piece's words that are in
# at least two pieces, and in at most a fifth of them and a few thousand.
DISTINCTIVE_WORDS = 8
COMMON_WORD_PIECES = 2_000
COMMON_WORD_SHARE = 5
LEXICON_WORD = re.compile(r"[^\W\d_]{3,40}")
WORD_TABLE = SearchWord._meta.db_table
LEXICON_UPSERT = (
    f"INSERT INTO {WORD_TABLE} (word, documents) VALUES (%s, %s) "
    f"ON CONFLICT (word) DO UPDATE SET documents = {WORD_TABLE}.documents + excluded.documents"
)


def document_words(document: Document) -> set[str]:
    text = " ".join((document.headline, document.dek, document.people, document.places))
    return {word.lower() for word in LEXICON_WORD.findall(f"{text} {document.body}")}


class Engine(ABC):
    # -- keeping documents ---------------------------------------------------------

    def store(self, documents: Sequence[Document]) -> None:
        """Add or replace these documents (call inside a transaction)."""
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
        self.lexicon_add(doc for doc in documents if doc.article_id not in known)

    def remove(self, article_ids: Iterable[int]) -> None:
        article_ids = list(article_ids)
        self.remove_text(article_ids)
        SearchDocument.objects.filter(pk__in=article_ids).delete()

    def clear(self) -> None:
        """Empty the index and the magazine's words."""
        self.clear_text()
        SearchDocument.objects.all().delete()
        SearchWord.objects.all().delete()

    def lexicon_add(self, documents: Iterable[Document]) -> None:
        """Count the words of newly indexed pieces. A piece that leaves the index
        leaves its words counted: the counts only rank suggestions, each of
        which is checked against the index before a reader sees it."""
        counts: Counter[str] = Counter()
        for document in documents:
            counts.update(document_words(document))
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
    ) -> list[int]:
        """One page of matching article ids, best (or newest) first."""

    @abstractmethod
    def counts(self, query: SearchQuery, required: Sequence[int], keys: range) -> dict[int, int]:
        """How many matching documents carry each facet key within `keys`."""

    @abstractmethod
    def alike(self, words: Sequence[str], exclude_id: int, limit: int) -> list[int]:
        """Up to `limit` article ids (not `exclude_id`) with any of the most
        distinctive of `words` (`DISTINCTIVE_WORDS`), those with them in the
        headline, dek or first paragraph first, then the newest. One query,
        whatever the words (none may be distinctive)."""

    def similar_words(self, word: str, limit: int) -> list[str]:
        """The magazine's words spelt most like `word`, closest first."""
        return difflib.get_close_matches(word, self.word_candidates(word), n=limit, cutoff=0.7)

    @abstractmethod
    def word_candidates(self, word: str) -> list[str]:
        """Words of the magazine that may be spelt like `word`, for a closer look."""
