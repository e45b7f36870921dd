"""Text for the search corpus: headlines, deks and bodies with natural word
frequencies.

Sentences come from a small grammar whose slots (noun, adjective, verb, place,
phrase, person...) are filled from the lists of bench/corpus_words.py with a
Zipf-like distribution: the first words of a list are common ("security",
"war", "policy" in most pieces), the last ones rare, and invented surnames
and towns in quotes and datelines make a long tail of words found in a
handful of pieces. Each piece is about a topic and a region, whose words and
places it keeps returning to, so that two-word queries and phrases ("Baltic
Sea", "nuclear deterrence") have pieces that are really about them.

Pure Python, no Django: the grammar (bench/corpus_grammar.py) is expanded
once into a few thousand sentence shapes, and a piece is written by filling
shapes from streams of words drawn a block at a time, about a millisecond a
piece. Pieces are written in chunks, each from its own seed, so that the
corpus is the same whichever process writes a chunk.
"""

import collections
import functools
import itertools
import json
import multiprocessing
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from bench import corpus_words as words
from bench.corpus_grammar import (
    COUNTS,
    HEADLINES,
    ROLES,
    SUBHEADINGS,
    YEARS_BACK,
    capitalised,
    compiled,
    expand,
    invented_names,
    listed,
    plural,
    title_case,
    verb_forms,
    with_article,
)

SHAPES = 4000
# Weight of the word of rank r: 1 / (r + OFFSET) ** exponent (Zipf-Mandelbrot).
OFFSET = 2.7
# Places and named phrases fall off faster than words: a piece about the
# Baltic names it often, others seldom.
PHRASE_EXPONENT = 1.2
HEADLINE_WORDS = (6, 12)
DEK_MAX = 240


@dataclass
class Subject:
    """What a piece is about: its topic's words, its places, its year."""

    keywords: list[str]
    places: list[str]
    year: int


@dataclass
class Piece:
    headline: str
    dek: str
    body: str  # StreamField JSON: [{"type", "value", "id"}, ...]
    words: int


def zipf_weights(count: int, exponent: float = 1.0) -> list[float]:
    """Cumulative weights: the item of rank r weighs 1 / (r + OFFSET) ** exponent."""
    weights = (1 / (rank + OFFSET) ** exponent for rank in range(1, count + 1))
    return list(itertools.accumulate(weights))


def stream(rng: random.Random, items: list, cum_weights=None, block: int = 4096):
    """Endless draws from `items` (weighted by `cum_weights`), made `block` at a
    time and handed out by `next()` (C-level: far cheaper per word than a call
    of `choice`)."""
    blocks = (rng.choices(items, cum_weights=cum_weights, k=block) for _ in itertools.repeat(0))
    return itertools.chain.from_iterable(blocks)


def lookup_table(items: list, cum_weights: list[float]) -> list:
    """65,536 slots, each item in as many as its weight earns (the rarest of a
    thousand words still gets a few)."""
    size, total = 2**16, cum_weights[-1]
    table: list = []
    for item, weight in zip(items, cum_weights, strict=True):
        table.extend([item] * (round(weight / total * size) - len(table)))
    return table


def table_stream(rng: random.Random, table: list, block: int = 8192):
    """As `stream`, twice as fast for the word lists: a block of draws is one
    `getrandbits` call and C-level indexing of a `lookup_table`."""

    def drawn():
        slots = memoryview(rng.getrandbits(16 * block).to_bytes(2 * block)).cast("H")
        return map(table.__getitem__, slots)

    blocks = (drawn() for _ in itertools.repeat(0))
    return itertools.chain.from_iterable(blocks)


def with_capitals(streams: dict) -> dict:
    """Each stream, and the same stream capitalised ("N^") for sentence starts."""
    return {**streams, **{f"{name}^": map(capitalised, words) for name, words in streams.items()}}


def block_id(rng: random.Random) -> str:
    """A StreamField block id in the UUID format (cheaper than uuid.UUID)."""
    digits = f"{rng.getrandbits(128):032x}"
    return f"{digits[:8]}-{digits[8:12]}-{digits[12:16]}-{digits[16:20]}-{digits[20:]}"


class Writer:
    """Writes pieces. The vocabulary, invented names and sentence shapes come
    from `seed`; each chunk of pieces from its own seed (`pieces`)."""

    def __init__(self, seed: int):
        rng = random.Random(seed)
        countable = [noun for noun in listed(words.NOUNS) if not noun.endswith("*")]
        verbs = [(lemma, *verb_forms(lemma)) for lemma in listed(words.VERBS)]
        adjectives = listed(words.ADJECTIVES)
        rare = listed(words.RARE_NOUNS)
        # name: (words, Zipf exponent), most frequent first
        zipf_lists = {
            "N": ([noun.rstrip("*") for noun in listed(words.NOUNS)], 1.0),
            "NS": ([plural(noun) for noun in countable], 1.0),
            "NC": (countable, 1.0),
            "aN": ([with_article(noun) for noun in countable], 1.0),
            "A": (adjectives, 1.0),
            "aA": ([with_article(adjective) for adjective in adjectives], 1.0),
            # the verb's base form, third person, past, past participle, -ing
            **{
                name: ([forms[number] for forms in verbs], 1.0)
                for number, name in enumerate(["V", "VS", "VD", "VN", "VG"])
            },
            "AV": (listed(words.ADVERBS), 1.0),
            "OPEN": (listed(words.SENTENCE_OPENERS, "|"), 0.5),
            "ORG": (listed(words.ORGANISATIONS, "|"), 1.0),
            "PH": (listed(words.PHRASES, "|"), PHRASE_EXPONENT),
            "RN": (rare[: len(rare) // 2], 1.0),
            "FIRST": (listed(words.FIRST_NAMES), 0.8),
        }
        self.tables = {
            name: lookup_table(items, zipf_weights(len(items), exponent))
            for name, (items, exponent) in zipf_lists.items()
        }
        # Too many for a table's slots: drawn with `choices`.
        surnames = invented_names(rng, words.SURNAME_ENDINGS, 20_000)
        towns = invented_names(rng, words.TOWN_ENDINGS, 10_000)
        self.weighted = {
            "SURNAME": (surnames, zipf_weights(len(surnames))),
            "T": (towns, zipf_weights(len(towns))),
        }
        numbers = [str(n) for n in range(2, 91)] + [f"{n / 10:.1f}" for n in range(5, 100)]
        self.uniform = {"ROLE": ROLES, "CNT": COUNTS, "NUM": numbers}
        self.places = listed(words.PLACES, "|")
        self.place_weights = zipf_weights(len(self.places), PHRASE_EXPONENT)
        self.rare_tail = rare[len(rare) // 2 :]
        self.shapes = [compiled(expand("S", rng)) for _ in range(SHAPES)]
        self.headlines = [compiled(expand(line, rng)) for line in HEADLINES]
        self.subheadings = [compiled(expand(line, rng)) for line in SUBHEADINGS]

    def pieces(self, subjects: list[Subject], seed: int) -> list[Piece]:
        """One piece per subject, all drawn from `seed`."""
        self.rng = rng = random.Random(seed)
        streams = {name: table_stream(rng, table) for name, table in self.tables.items()}
        for name, (items, weights) in self.weighted.items():
            streams[name] = stream(rng, items, weights)
        for name, items in self.uniform.items():
            streams[name] = stream(rng, items, block=1024)
        streams["PERSON"] = (
            f"{first} {last}"
            for first, last in zip(streams["FIRST"], streams["SURNAME"], strict=False)
        )
        self.streams = with_capitals(streams)
        self.shape_stream = stream(rng, self.shapes)
        return [self.piece(subject) for subject in subjects]

    # -- writing a piece ---------------------------------------------------------

    def _streams_for(self, subject: Subject) -> dict:
        """The word streams with the piece's own: its topic's words, its places
        (six draws in ten; the others from all places) and the years it names."""
        local, places = subject.places, self.place_weights
        share = 0.6 / 0.4 * places[-1] / len(local)
        local_weights = list(itertools.accumulate([share] * len(local), initial=places[-1]))
        years = [str(subject.year - back) for back in YEARS_BACK]
        own = {
            "K": stream(self.rng, subject.keywords, block=32),
            "PL": stream(self.rng, [*self.places, *local], [*places, *local_weights[1:]], block=96),
            "YEAR": stream(self.rng, years, block=16),
        }
        return {**self.streams, **with_capitals(own)}

    @staticmethod
    def _fill(shape: tuple[str, tuple[str, ...]], streams: dict) -> str:
        text, names = shape
        return text.format(*map(next, map(streams.__getitem__, names)))

    def _title(self, shapes: list, streams: dict) -> str:
        """A headline or subheading: "The {K} Problem" with "the Red Sea" for K."""
        text = self._fill(self.rng.choice(shapes), streams)
        return text.replace("The the ", "The ").replace(" the the ", " the ")

    def headline(self, streams: dict) -> str:
        low, high = HEADLINE_WORDS
        while True:
            text = title_case(self._title(self.headlines, streams))
            if low <= len(text.split()) <= high:
                return text

    def dek(self, streams: dict) -> str:
        while True:
            text = self._fill(next(self.shape_stream), streams)
            if len(text.split()) >= 8 and len(text) <= DEK_MAX and '"' not in text:
                return text

    def paragraphs(self, streams: dict) -> tuple[list[tuple], int]:
        """Paragraphs of 600 to 1,200 words in all, now and then with a link or a
        very rare word; and the word count."""
        rng, shapes, draw = self.rng, self.shape_stream, streams.__getitem__
        target = rng.randint(600, 1200)
        paragraphs, count = [], 0
        while count < target:
            sentences = [
                text.format(*map(next, map(draw, names)))
                for text, names in itertools.islice(shapes, rng.randint(3, 6))
            ]
            if rng.random() < 0.0004:
                sentences.append(f'One official used the word "{rng.choice(self.rare_tail)}".')
            if rng.random() < 0.05:
                sentences.append(
                    f'The <a href="https://example.org/reports/{rng.randint(1, 9999)}">'
                    "full report</a> sets out the figures."
                )
            text = " ".join(sentences)
            count += text.count(" ") + 1
            paragraphs.append(("paragraph", f"<p>{text}</p>"))
        return paragraphs, count

    def body(self, streams: dict) -> tuple[str, int]:
        """The StreamField JSON of the body (paragraphs, now and then subheadings
        and a pull quote) and its word count."""
        rng = self.rng
        blocks, count = self.paragraphs(streams)
        if rng.random() < 0.5:
            for _ in range(1 + len(blocks) // 8):
                heading = self._title(self.subheadings, streams)
                blocks.insert(rng.randint(2, len(blocks) - 1), ("subheading", heading))
        if rng.random() < 0.15:
            text = self._fill(next(self.shape_stream), streams).replace('"', "")
            quote = {"text": text, "attribution": ""}
            blocks.insert(rng.randint(2, len(blocks) - 1), ("pull_quote", quote))
        body = [{"type": kind, "value": value, "id": block_id(rng)} for kind, value in blocks]
        return json.dumps(body), count

    def piece(self, subject: Subject) -> Piece:
        streams = self._streams_for(subject)
        body, count = self.body(streams)
        return Piece(self.headline(streams), self.dek(streams), body, count)


# -- writing chunks, here or in worker processes --------------------------------


@functools.cache
def writer(seed: int) -> Writer:
    """This process's writer, made once (it takes a few tenths of a second)."""
    return Writer(seed)


def chunk_write(seed: int, number: int, subjects: list[Subject]) -> list[Piece]:
    return writer(seed).pieces(subjects, seed * 1_000_003 + number)


def chunks_written(
    seed: int, chunks: Iterable[list[Subject]], workers: int
) -> Iterator[list[Piece]]:
    """The pieces of each chunk of subjects, in order, written in this process
    (`workers` 0) or by `workers` forked processes, at most two chunks each
    ahead of the reader. The same pieces either way."""
    if not workers:
        for number, subjects in enumerate(chunks):
            yield chunk_write(seed, number, subjects)
        return
    # Forked: the workers need nothing but this module, and never touch the
    # database connection they inherit.
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: collections.deque = collections.deque()
        for number, subjects in enumerate(chunks):
            pending.append(pool.apply_async(chunk_write, (seed, number, subjects)))
            if len(pending) > 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
