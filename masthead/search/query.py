"""What a reader typed, reduced to words and quoted phrases.

Readers type words, not query syntax. Their text is bounded, split into words
(letters and digits in any script) and phrases (words between a pair of double
quotes; an unbalanced quote is ignored), and very common words are dropped
unless they sit inside a phrase. Only this reduced form ever reaches a
full-text engine, each engine writing it in its own syntax from words it
knows to be plain: quotes, operators and control characters can never reach
an engine's parser.
"""

import re
from dataclasses import dataclass

from .stop_words import STOP_WORDS

MAX_QUERY = 200  # characters read of what was typed
MAX_TERMS = 12  # words and phrases searched for
MAX_PHRASE_WORDS = 6
WORD = re.compile(r"\w+")
QUOTED = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class SearchQuery:
    words: tuple[str, ...]  # lower case, stop words left out
    phrases: tuple[tuple[str, ...], ...]  # each a run of lower-case words
    ignored: tuple[str, ...] = ()  # the very common words left out

    @property
    def is_empty(self) -> bool:
        return not self.words and not self.phrases

    @property
    def all_words(self) -> tuple[str, ...]:
        """Every word searched for, phrases' included: for highlighting."""
        return (*self.words, *(word for phrase in self.phrases for word in phrase))

    def __str__(self) -> str:
        quoted = [f'"{" ".join(phrase)}"' for phrase in self.phrases]
        return " ".join([*quoted, *self.words])


def query_clean(text: str) -> str:
    """The reader's text as the page shows it back: bounded, one line."""
    return " ".join(text.replace("\x00", "").split())[:MAX_QUERY]


def query_parse(text: str) -> SearchQuery:
    text = query_clean(text)
    phrases: list[tuple[str, ...]] = []

    def take_phrase(match: re.Match) -> str:
        words = tuple(word.lower() for word in WORD.findall(match.group(1)))
        if len(words) > 1:
            phrases.append(words[:MAX_PHRASE_WORDS])
            return " "
        return f" {' '.join(words)} "  # a quoted single word is just a word

    rest = QUOTED.sub(take_phrase, text)
    words, ignored = [], []
    for word in (word.lower() for word in WORD.findall(rest)):
        if word in STOP_WORDS:
            ignored.append(word)
        elif word not in words:
            words.append(word)
    phrases = list(dict.fromkeys(phrases))[:MAX_TERMS]
    words = words[: max(0, MAX_TERMS - len(phrases))]
    return SearchQuery(tuple(words), tuple(phrases), tuple(dict.fromkeys(ignored)))
