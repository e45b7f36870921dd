"""The search corpus's grammar: sentence and headline shapes, inflections,
invented names. Pure Python; bench/corpus_text.py fills the shapes with words."""

import itertools
import random
import re

from bench import corpus_words as words

IRREGULAR = {  # lemma: (past, past participle)
    "say": ("said", "said"), "meet": ("met", "met"), "hold": ("held", "held"),
    "lead": ("led", "led"), "build": ("built", "built"), "seek": ("sought", "sought"),
    "cut": ("cut", "cut"), "lend": ("lent", "lent"), "spend": ("spent", "spent"),
    "sell": ("sold", "sold"), "buy": ("bought", "bought"), "send": ("sent", "sent"),
    "keep": ("kept", "kept"), "begin": ("began", "begun"), "win": ("won", "won"),
    "lose": ("lost", "lost"), "fall": ("fell", "fallen"), "rise": ("rose", "risen"),
    "grow": ("grew", "grown"), "shrink": ("shrank", "shrunk"),
    "choose": ("chose", "chosen"), "drive": ("drove", "driven"),
    "strike": ("struck", "struck"), "leave": ("left", "left"), "quit": ("quit", "quit"),
    "understand": ("understood", "understood"), "misread": ("misread", "misread"),
    "forecast": ("forecast", "forecast"), "show": ("showed", "shown"),
    "hide": ("hid", "hidden"), "withdraw": ("withdrew", "withdrawn"),
    "uphold": ("upheld", "upheld"), "speed": ("sped", "sped"),
    "overestimate": ("overestimated", "overestimated"),
}  # fmt: skip
DOUBLED = {"plan", "ban", "ship", "stop", "admit", "permit", "control", "swap", "win",
           "begin", "cut", "quit", "commit", "submit"}  # fmt: skip
IRREGULAR_PLURALS = {
    "crisis": "crises", "analysis": "analyses", "spokesman": "spokesmen",
    "spokeswoman": "spokeswomen", "chairman": "chairmen", "veto": "vetoes",
}  # fmt: skip
SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or",
               "the", "to", "with", "over", "from", "into", "than"}  # fmt: skip

# The grammar: each name stands for one of its alternatives; a {NAME} that is
# not in the grammar is a word slot, filled when a piece is written.
GRAMMAR = {
    "S": [
        "{SUBJ} {PRED}.",
        "{SUBJ} {PRED} {PP}.",
        "{SUBJP} {PREDP} {PP}.",
        "{SUBJP} {PREDP}.",
        "{OPEN}, {SUBJ} {PRED}.",
        "{OPEN}, {SUBJP} {PREDP} {PP}.",
        "In {YEAR}, {SUBJ} {PRED}.",
        "{SUBJ} {PRED}, and {SUBJP} {PREDP}.",
        "{SUBJ} {PRED}, but {SUBJ} {PRED} {PP}.",
        '"{SUBJ} {PRED}," said {PERSON}, {ROLE}.',
        '"{SUBJP} {PREDP} {PP}," {PERSON}, {ROLE}, told reporters in {PL}.',
        "According to {PERSON}, {ROLE}, {SUBJP} {PREDP}.",
        "It is {A} that {SUBJ} {PRED}.",
        "What {SUBJ} {VD} {PP} was {OBJ}.",
        "{NUM} percent of {NS} {VD} {OBJ} {PP}.",
        "{SUBJ} {PRED} because {SUBJP} {PREDP}.",
        "There is no {N} without {OBJ}.",
        "The {N} {VD} {OBJ} after {OBJ} {VD} {PP}.",
        "{SUBJ} {PRED} {PP}, {AV} {PP}.",
        "In {T}, {SUBJP} {PREDP} {PP}.",
    ],
    "SUBJ": [
        "the {A} {N}",
        "the {N}",
        "{PL}",
        "the {N} of {PL}",
        "{PL}'s {N}",
        "{K}",
        "the {ORG}",
        "{PL}'s {A} {N}",
        "the {N}",
    ],
    "SUBJP": [
        "{NS}",
        "the {A} {NS}",
        "{A} {NS}",
        "the {NS} of {PL}",
        "officials in {PL}",
        "{PL}'s {NS}",
        "{CNT} {NS}",
        "the {NS}",
    ],
    "PRED": [
        "{VD} {OBJ}",
        "{VS} {OBJ}",
        "has {VN} {OBJ}",
        "will {V} {OBJ}",
        "{AV} {VD} {OBJ}",
        "is {VG} {OBJ}",
        "could {V} {OBJ}",
        "{VD} {OBJ}",
    ],
    "PREDP": [
        "{V} {OBJ}",
        "{VD} {OBJ}",
        "have {VN} {OBJ}",
        "are {VG} {OBJ}",
        "will {V} {OBJ}",
        "{AV} {VD} {OBJ}",
        "{VD} {OBJ}",
    ],
    "OBJ": [
        "the {N}",
        "the {A} {N}",
        "{aA} {NC}",
        "{NS}",
        "{A} {NS}",
        "{K}",
        "{K}",
        "{PH}",
        "{PL}",
        "the {N} of the {N}",
        "the {RARE}",
        "{PL}'s {A} {N}",
        "{aN}",
        "the {NS} of {PL}",
        "{CNT} {A} {NS}",
    ],
    # Uncommon words in one object in three of this kind.
    "RARE": ["{RN}", "{N}", "{N}"],
    "PP": [
        "in {PL}",
        "on the {N}",
        "for the {A} {N}",
        "over {NS}",
        "after the {N}",
        "with {PL}",
        "during the {N} of {YEAR}",
        "in {YEAR}",
        "under {K}",
        "against {NS}",
        "across {PH}",
        "near {T}",
        "by {NUM} percent",
        "without {aA} {NC}",
        "since {YEAR}",
        "in {PL}",
        "at the {ORG}",
    ],
}
ROLES = [
    "a senior official", "a former ambassador", "an adviser to the government",
    "a spokesman for the ministry", "a researcher at a think tank", "a retired general",
    "an economist", "an opposition lawmaker", "a diplomat", "a local official",
    "a trade negotiator", "an analyst who follows the region", "a former minister",
]  # fmt: skip
HEADLINES = [
    "The {K} Problem Has No {A} Solution", "Why {PL} Cannot Afford to Ignore {K}",
    "What {K} Means for {PL}", "How {NS} Are Reshaping {K} in {PL}",
    "The Hidden Costs of {K} for {PL}", "{PL} and the New Politics of {K}",
    "The Case for a {A} Approach to {K}", "After the {N}, {PL} Faces a {A} Choice",
    "Is {K} Still Worth the {N}?", "The Quiet Return of {K} in {PL}",
    "{PL}'s {A} Bet on {K}", "Five Questions About {K} and the {N}",
    "Who Really Benefits From {K} in {PL}?", "The Limits of {K} in {PL}",
    "Inside {PL}'s Struggle Over {K}", "Why {K} Will Define the Next {N}",
    "{PL} Is Losing the Argument Over {K}", "The {A} {N} Behind {PL}'s {K}",
]  # fmt: skip
SUBHEADINGS = ["The {K} question", "What {PL} wants", "{aA} {NC}", "The cost of {NS}",
               "Beyond {K}", "What comes next", "The view from {PL}"]  # fmt: skip
COUNTS = ["two", "three", "four", "five", "six", "several", "many", "a dozen", "few"]
YEARS_BACK = [0, 0, 0, 1, 1, 2, 3, 5, 8, 15]


def listed(text: str, sep: str | None = None) -> list[str]:
    """A word list in its order, without blanks and repeats."""
    parts = text.split(sep) if sep else text.split()
    return list(dict.fromkeys(part.strip() for part in parts if part.strip()))


def plural(noun: str) -> str:
    if noun in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[noun]
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def verb_forms(lemma: str) -> tuple[str, str, str, str]:
    """(third person, past, past participle, -ing) of a verb."""
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    stem = lemma + lemma[-1] if lemma in DOUBLED else lemma
    if lemma.endswith("ee"):
        ing, regular_past = lemma + "ing", lemma + "d"
    elif lemma.endswith("e"):
        ing, regular_past = lemma[:-1] + "ing", lemma + "d"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        ing, regular_past = lemma + "ing", lemma[:-1] + "ied"
    else:
        ing, regular_past = stem + "ing", stem + "ed"
    past, participle = IRREGULAR.get(lemma, (regular_past, regular_past))
    return third, past, participle, ing


def with_article(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def invented_names(rng: random.Random, endings: str, count: int) -> list[str]:
    """`count` different invented proper nouns ("Kovarenko", "Strelagrad")."""
    # Split, not `listed`: a repeated vowel is more frequent.
    onsets, vowels, ending_list = (
        words.NAME_ONSETS.split(),
        words.NAME_VOWELS.split(),
        endings.split(),
    )
    names: dict[str, None] = {}
    while len(names) < count:
        syllables = [rng.choice(onsets) + rng.choice(vowels)]
        syllables += [
            rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.choice((0, 1, 1, 2)))
        ]
        names.setdefault("".join(syllables).capitalize() + rng.choice(ending_list))
    return list(names)


def author_names(rng: random.Random, count: int) -> list[str]:
    """`count` different full names: first and last names mixed, as a masthead's are."""
    pairs = list(itertools.product(listed(words.FIRST_NAMES), listed(words.LAST_NAMES)))
    return [f"{first} {last}" for first, last in rng.sample(pairs, count)]


def title_case(text: str) -> str:
    out = []
    for number, word in enumerate(text.split()):
        if number and word in SMALL_WORDS:
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


SLOT = re.compile(r"^(.*?)\{(\w+)\}(.*)$")


def expand(text: str, rng: random.Random) -> list:
    """A grammar entry (or a literal line) expanded down to word slots: a list
    of literal words and [prefix, slot, suffix] triples."""
    if text in GRAMMAR:
        text = rng.choice(GRAMMAR[text])
    tokens: list = []
    for word in text.split():
        match = SLOT.match(word)
        if not match:
            tokens.append(word)
            continue
        prefix, name, suffix = match.groups()
        inner = expand(name, rng) if name in GRAMMAR else [["", name, ""]]
        inner[0] = attach(prefix, inner[0], first=True)
        inner[-1] = attach(suffix, inner[-1], first=False)
        tokens.extend(inner)
    return tokens


def attach(text: str, token, first: bool):
    if isinstance(token, str):
        return text + token if first else token + text
    prefix, name, suffix = token
    return [text + prefix, name, suffix] if first else [prefix, name, suffix + text]


def compiled(tokens: list) -> tuple[str, tuple[str, ...]]:
    """A shape as a format string and the names of the slots it fills, in
    order. The sentence starts with a capital: its first word is capitalised
    here, or its first slot is drawn from the capitalised stream ("N^")."""
    first = tokens[0]
    if isinstance(first, str):
        tokens = [capitalised(first), *tokens[1:]]
    else:
        tokens = [[first[0], first[1] + "^", first[2]], *tokens[1:]]
    parts = [token if isinstance(token, str) else f"{token[0]}{{}}{token[2]}" for token in tokens]
    names = tuple(token[1] for token in tokens if not isinstance(token, str))
    return " ".join(parts), names


def capitalised(text: str) -> str:
    if text[0] == '"':
        return '"' + text[1:2].upper() + text[2:]
    return text[0].upper() + text[1:]
