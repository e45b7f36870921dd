"""The few lines of a piece around the words a reader searched for, with those
words marked. Words are compared by their English stems (the Snowball
stemmer PostgreSQL's text search uses), so "cables" marks "cable"."""

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from html import escape  # Django's own wraps this one with a cost per call

import snowballstemmer
from django.utils.safestring import SafeString, mark_safe

EXCERPT_WORDS = 36
TOKEN = re.compile(r"\w+|\W+")
WORD = re.compile(r"\w+")
SPACES = re.compile(r"\s+")
CHARACTERS_PER_WORD = 6  # with the space after it, in English prose
OPENING = 3_000  # characters looked through for hits first (a long piece's first page)


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


def hits_of(text: str, wanted: set[str]) -> tuple[list[int], set[str]]:
    """Where the words with these stems start in `text`, and the forms found.
    A word's stem is its beginning but for the last letter or so ("polici",
    "policy"), so candidates are the words starting so, found by one regular
    expression; each distinct candidate is then stemmed (remembered)."""
    beginnings = sorted({stem[:-1] if len(stem) > 2 else stem for stem in wanted}, key=len)
    alternatives = "|".join(re.escape(beginning) for beginning in reversed(beginnings))
    candidates = re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE).finditer(text)
    hits, forms = [], set()
    for match in candidates:
        word = match.group().lower()
        if word in forms or stem_of(word) in wanted:
            forms.add(word)
            hits.append(match.start())
    return hits, forms


def window_start(text: str, hits: list[int], size: int) -> int:
    """Where the excerpt starts: a few words before the hit that opens the
    stretch of about `size` words holding most hits (the first, on a tie)."""
    reach = size * CHARACTERS_PER_WORD
    best, best_count, ahead = 0, 0, 0
    for position, hit in enumerate(hits):
        while ahead < len(hits) and hits[ahead] < hit + reach:
            ahead += 1
        if ahead - position > best_count:
            best, best_count = hit, ahead - position
    before = [match.start() for match in WORD.finditer(text, max(0, best - 60), best)]
    return before[-4] if len(before) >= 4 else (0 if best <= 60 else best)


def excerpt(text: str, words: Iterable[str], size: int = EXCERPT_WORDS) -> SafeString:
    """Escaped HTML: about `size` words of `text` around the most hits (in
    its opening when the words are there, else anywhere), each hit in
    <mark>; "…" where the text goes on. Each distinct word of the text
    is looked at only if it starts like a wanted stem (hits_of), and only the
    excerpt itself is split into words."""
    wanted = stems(words)
    # The hits near the start are enough to choose from when there are any.
    hits, forms = hits_of(text[:OPENING], wanted) if wanted else ([], set())
    if wanted and not hits:
        hits, forms = hits_of(text, wanted)
    words_from = re.compile(rf"\W*\w+(?:\W+\w+){{0,{size - 1}}}")
    shown = words_from.match(text)
    if shown is None:
        return mark_safe("")
    goes_on = WORD.search(text, shown.end()) is not None
    if hits and goes_on:  # the text is longer than the excerpt: start near the hits
        start = window_start(text, hits, size)  # a word's start: always matches
        shown = words_from.match(text, start) or shown
        goes_on = WORD.search(text, shown.end()) is not None
    else:
        start = 0
    span = shown.group() if goes_on else text[start:]
    parts = ["… "] if WORD.search(text, 0, start) else []
    for token in TOKEN.findall(span):
        if token[:1].isalnum() or token[:1] == "_":
            parts.append(
                f"<mark>{escape(token)}</mark>" if token.lower() in forms else escape(token)
            )
        else:
            parts.append(escape(SPACES.sub(" ", token)))  # line breaks too
    if goes_on:
        parts.append(" …")
    return mark_safe("".join(parts).strip())  # noqa: S308 (each piece escaped above)
