"""Pieces like a given one in words, for its related pieces
(articles/models/related.py asks through the `masthead_similar_articles` hook).

A piece's distinctive words are the rarest of its headline, dek and first
paragraph that the magazine has printed before: words found in only a
handful of pieces say most about what it is about; words in a fifth of them,
in thousands, or stop words say nothing (and would make the question slow).
The engine picks them and finds the pieces carrying them in one query
(engines/: `alike`), ranked by how prominently they carry them.
"""

from masthead.articles.models import ArticlePage

from .engines import engine
from .engines.base import LEXICON_WORD
from .stop_words import STOP_WORDS


def candidate_words(article: ArticlePage) -> list[str]:
    text = f"{article.title} {article.dek} {article.teaser_text}"
    return sorted({word.lower() for word in LEXICON_WORD.findall(text)} - STOP_WORDS)


def similar_article_ids(article: ArticlePage, limit: int) -> list[int]:
    """Up to `limit` live pieces sharing the rarer words of `article`, most alike first."""
    return engine().alike(candidate_words(article), article.pk, limit)
