"""The few lines of a piece around the words a reader searched for, with those
words marked. Words are compared by their English stems (the Snowball
stemmer PostgreSQL's text search uses), so "cables" marks "cable"."""

import re
from collections.abc import Iterable
from functools import cache, lru_cache

import snowballstemmer
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

EXCERPT_WORDS = 36
TOKEN = re.compile(r"\w+|\W+")


@cache
def stemmer():
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem_of(word: str) -> str:
    """The stem of one lowercase word, remembered: a magazine's words repeat,
    and stemming in pure Python is most of an excerpt's cost."""
    return stemmer().stemWord(word)


def stems(words: Iterable[str]) -> set[str]:
    return {stem_of(word.lower()) for word in words}


def best_window(tokens: list[str], hits: list[bool], size: int) -> int:
    """The index of the word where the `size` words holding most hits start."""
    word_positions = [
        i for i, token in enumerate(tokens) if token[:1].isalnum() or token[:1] == "_"
    ]
    if len(word_positions) <= size:
        return 0
    best, best_count, count = 0, -1, 0
    window_hits = [hits[i] for i in word_positions]
    for end, hit in enumerate(window_hits):
        count += hit
        if end >= size:
            count -= window_hits[end - size]
        start = max(0, end - size + 1)
        if count > best_count:
            best, best_count = start, count
    # Open a word or two before the first hit, so the excerpt reads as a sentence.
    first = next((i for i in range(best, best + size) if window_hits[i]), best)
    return word_positions[max(best, first - 4)]


def excerpt(text: str, words: Iterable[str], size: int = EXCERPT_WORDS) -> SafeString:
    """Escaped HTML: about `size` words of `text` around the most hits, each
    hit in <mark>; "…" where the text goes on."""
    wanted = stems(words)
    tokens = TOKEN.findall(text)
    is_word = [token[:1].isalnum() or token[:1] == "_" for token in tokens]
    token_stems = [
        stem_of(token.lower()) if word else "" for token, word in zip(tokens, is_word, strict=True)
    ]
    hits = [word and stem in wanted for word, stem in zip(is_word, token_stems, strict=True)]
    start = best_window(tokens, hits, size)
    parts, taken = [], 0
    if start > 0:
        parts.append("… ")
    index = start
    while index < len(tokens) and taken < size:
        token = tokens[index]
        if is_word[index]:
            taken += 1
            parts.append(f"<mark>{escape(token)}</mark>" if hits[index] else escape(token))
        else:
            parts.append(escape(" " if "\n" in token else token))
        index += 1
    if any(is_word[index:]):
        parts.append(" …")
    return mark_safe("".join(parts).strip())  # noqa: S308 (each piece escaped above)
