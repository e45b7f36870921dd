"""The demo magazine's text, read from the content files beside this module.

Everything in them is invented for the demo: the people, the organisations, the
quotations and the events. Countries and regions are real; no real
publication's text is reproduced.

- ``magazine.toml`` holds the magazine, its sections, topics, formats, authors
  and partner, and the order in which the demo builds the articles.
- ``articles/<format>/<slug>.md`` holds one article: TOML front matter between
  ``+++`` lines (every field but the body; ``days_ago`` counts back from the day
  the demo is built; ``topics`` lists one to three of magazine.toml's topics;
  ``further_sections``, ``topics``, ``original_url`` and ``[[corrections]]``
  tables of ``date`` and ``text`` may be left out). The slug is the file's name,
  the format its folder's, and magazine.toml's ``articles.order`` lists every
  file. Then comes the body, in a small Markdown subset. Blocks are
  separated by blank lines; the lines of a paragraph or quote are joined with
  single spaces::

      A paragraph. Inline formatting is HTML, as in the rich text it becomes:
      <em>Title</em>, <strong>bold</strong>, <a href="https://...">a link</a>.

      ## A subheading

      > A block quote.
      >
      > — Its source (optional)

      > [!pull-quote]
      > A pull quote.
      >
      > — Its attribution (optional)

      > [!editors-note]
      > An editor's note.

      ```image
      alt = "What the picture shows"
      caption = "What it means here"
      credit = "Illustration: Jana Novak"
      licence = "staff"
      ```

  Markdown's inline syntax (``*``, backticks, ``[text](url)``) is refused
  rather than shown to readers as typed.

Importing the package reads every file and exposes what ``builder.py`` uses:
MAGAZINE, SECTIONS, TOPICS, FORMATS, AUTHORS, PARTNER and ARTICLES, each article a dict
whose ``body`` is a list of ``(kind, value)`` pairs. A file that breaks the
rules raises ContentError, naming the file and the problem.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from pathlib import Path

__all__ = [
    "ARTICLES",
    "AUTHORS",
    "FORMATS",
    "MAGAZINE",
    "PARTNER",
    "SECTIONS",
    "TOPICS",
    "ContentError",
    "article_load",
    "content_load",
    "magazine_load",
]

CONTENT_DIR = Path(__file__).parent

CHECKS = {
    "text": lambda value: isinstance(value, str),
    "a whole number": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "a list of slugs": lambda value: (
        isinstance(value, list) and all(isinstance(item, str) for item in value)
    ),
    "a table": lambda value: isinstance(value, dict),
    "a list of tables": lambda value: (
        isinstance(value, list) and all(isinstance(item, dict) for item in value)
    ),
    "a date": lambda value: (
        isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    ),
}

MAGAZINE_FILE = {
    "magazine": "a table",
    "sections": "a list of tables",
    "topics": "a list of tables",
    "formats": "a list of tables",
    "authors": "a list of tables",
    "partner": "a table",
    "articles": "a table",
}
MAGAZINE_FIELDS = dict.fromkeys(("name", "tagline", "postal_address", "newsletter_blurb"), "text")
SECTION_FIELDS = dict.fromkeys(("slug", "title", "kind", "intro"), "text")
TOPIC_FIELDS = dict.fromkeys(("slug", "title", "intro"), "text")
FORMAT_FIELDS = dict.fromkeys(("kind", "title", "slug", "intro"), "text")
AUTHOR_FIELDS = {**dict.fromkeys(("slug", "name", "role", "bio"), "text"), "social": "a table"}
PARTNER_FIELDS = dict.fromkeys(("slug", "name", "site_url", "attribution_template"), "text")
ORDER_FIELDS = {"order": "a list of slugs"}

ARTICLE_FIELDS = {
    "slug": "text",
    "title": "text",
    "dek": "text",
    "format": "text",
    "section": "text",
    "further_sections": "a list of slugs",
    "topics": "a list of slugs",
    "authors": "a list of slugs",
    "days_ago": "a whole number",
    "image": "a table",
    "corrections": "a list of tables",
    "original_url": "text",
}
IMAGE_FIELDS = dict.fromkeys(("alt", "caption", "credit", "licence"), "text")
CORRECTION_FIELDS = {"date": "a date", "text": "text"}
# Fields a file may leave out, and the value they then take.
OPTIONAL = {
    "further_sections": list,
    "topics": list,
    "corrections": list,
    "original_url": lambda: None,
    "social": dict,
}

FENCE = "```"
SOURCE_MARK = "— "
CALLOUTS = {"[!pull-quote]": "pull_quote", "[!editors-note]": "editors_note"}
INLINE_MARKDOWN = re.compile(r"[*`]|\]\(")


class ContentError(ValueError):
    """A content file breaks the rules in this module's docstring."""

    def __init__(self, path: Path, problem: str, line: int | None = None):
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = path


def _fields(path, table, fields, prefix="", line=None, within="") -> dict:
    """The table's values in the order of `fields`, checked, with defaults filled in."""
    for name in table:
        if name not in fields:
            raise ContentError(path, f"unknown field {prefix + name!r}{within}", line)
    values = {}
    for name, expected in fields.items():
        if name not in table:
            if name not in OPTIONAL:
                raise ContentError(path, f"missing field {prefix + name!r}{within}", line)
            values[name] = OPTIONAL[name]()
        elif CHECKS[expected](table[name]):
            values[name] = table[name]
        else:
            raise ContentError(path, f"field {prefix + name!r}{within} should be {expected}", line)
    return values


def _toml(path, text, what, line=None) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(path, f"bad {what}: {error}", line) from error


def magazine_load(path: Path) -> dict:
    """magazine.toml as a dict of magazine, sections, topics, formats, authors, partner, order."""
    data = _fields(path, _toml(path, path.read_text(encoding="utf-8"), "TOML"), MAGAZINE_FILE)
    return {
        "magazine": _fields(path, data["magazine"], MAGAZINE_FIELDS, "magazine."),
        "sections": [_fields(path, item, SECTION_FIELDS, "sections.") for item in data["sections"]],
        "topics": [_fields(path, item, TOPIC_FIELDS, "topics.") for item in data["topics"]],
        "formats": [_fields(path, item, FORMAT_FIELDS, "formats.") for item in data["formats"]],
        "authors": [_fields(path, item, AUTHOR_FIELDS, "authors.") for item in data["authors"]],
        "partner": _fields(path, data["partner"], PARTNER_FIELDS, "partner."),
        "order": _fields(path, data["articles"], ORDER_FIELDS, "articles.")["order"],
    }


def article_load(path: Path) -> dict:
    """One article file as the dict builder.py expects."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].rstrip() != "+++":
        raise ContentError(path, "bad front matter: the file must start with a '+++' line", 1)
    closing = next((n for n, line in enumerate(lines[1:], 1) if line.rstrip() == "+++"), None)
    if closing is None:
        raise ContentError(path, "bad front matter: no closing '+++' line")
    front_matter = _toml(path, "\n".join(lines[1:closing]), "front matter")
    article = _fields(path, front_matter, ARTICLE_FIELDS)
    if article["slug"] != path.stem:
        raise ContentError(path, f"slug {article['slug']!r} differs from the file name")
    if article["format"] != path.parent.name:
        raise ContentError(path, f"format {article['format']!r} differs from its folder's name")
    article["image"] = _fields(path, article["image"], IMAGE_FIELDS, "image.")
    article["body"] = _body(path, lines[closing + 1 :], first_line=closing + 2)
    corrections = [
        _fields(path, item, CORRECTION_FIELDS, "corrections.")
        for item in article.pop("corrections")
    ]
    article["corrections"] = [(item["date"].isoformat(), item["text"]) for item in corrections]
    article["original_url"] = article.pop("original_url")
    return article


def _body(path, lines, first_line) -> list:
    blocks = []
    index = 0
    while index < len(lines):
        if not lines[index].strip():
            index += 1
            continue
        start = index
        if lines[index].startswith(FENCE):
            index = _fence_end(path, lines, start, first_line) + 1
            blocks.append(_image(path, lines[start:index], first_line + start))
            continue
        while index < len(lines) and lines[index].strip():
            index += 1
        blocks.append(
            _block(path, [line.strip() for line in lines[start:index]], first_line + start)
        )
    if not blocks:
        raise ContentError(path, "the body is empty")
    return blocks


def _fence_end(path, lines, start, first_line) -> int:
    for index in range(start + 1, len(lines)):
        if lines[index].strip() == FENCE:
            return index
    raise ContentError(path, f"the {FENCE} block is never closed", first_line + start)


def _image(path, lines, line) -> tuple:
    info = lines[0].removeprefix(FENCE).strip()
    if info != "image":
        raise ContentError(
            path, f"unknown block '{FENCE}{info}' (the one fenced block is '{FENCE}image')", line
        )
    image = _toml(path, "\n".join(lines[1:-1]), "image block", line)
    return (
        "inline_image",
        _fields(path, image, IMAGE_FIELDS, line=line, within=" in the image block"),
    )


def _block(path, lines, line) -> tuple:
    first = lines[0]
    if first.startswith("#"):
        if not first.startswith("## ") or len(lines) > 1:
            raise ContentError(
                path, f"unknown block {first!r} (a subheading is one line starting '## ')", line
            )
        return ("subheading", _text(path, [first[3:].strip()], line))
    if first.startswith(">"):
        return _quote(path, lines, line)
    for offset, other in enumerate(lines[1:], 1):
        if other.startswith(("#", ">", FENCE)):
            raise ContentError(
                path,
                "a blank line must separate this block from the paragraph above",
                line + offset,
            )
    return ("paragraph", _text(path, lines, line))


def _quote(path, lines, line) -> tuple:
    if not all(text.startswith(">") for text in lines):
        raise ContentError(path, "every line of a quote must start with '>'", line)
    lines = [text[1:].strip() for text in lines]
    kind = "block_quote"
    if lines[0].startswith("[!"):
        if lines[0] not in CALLOUTS:
            raise ContentError(
                path, f"unknown block '> {lines[0]}' (known: {', '.join(CALLOUTS)})", line
            )
        kind = CALLOUTS[lines.pop(0)]
    source = (
        lines.pop()[len(SOURCE_MARK) :] if lines and lines[-1].startswith(SOURCE_MARK) else None
    )
    while lines and not lines[-1]:
        lines.pop()
    if not lines or "" in lines:
        raise ContentError(path, "a quote holds one paragraph of text", line)
    text = _text(path, lines, line)
    if kind == "editors_note":
        if source is not None:
            raise ContentError(path, "an editor's note has no source line", line)
        return (kind, text)
    if kind == "pull_quote":
        return (kind, {"text": text, "attribution": source or ""})
    return (kind, {"text": text, "source": source or ""})


def _text(path, lines, line) -> str:
    text = " ".join(lines)
    if INLINE_MARKDOWN.search(text):
        raise ContentError(
            path,
            "Markdown inline syntax is not read here; write <em>, <strong> or <a href> instead",
            line,
        )
    return text


def content_load(directory: Path = CONTENT_DIR) -> dict:
    """Every content file under `directory`, articles in the order magazine.toml gives."""
    magazine_file = directory / "magazine.toml"
    magazine = magazine_load(magazine_file)
    articles_dir = directory / "articles"
    files = {path.relative_to(articles_dir).as_posix() for path in articles_dir.rglob("*.md")}
    order = magazine.pop("order")
    unlisted = sorted(files - set(order))
    if unlisted:
        raise ContentError(magazine_file, f"articles.order leaves out {unlisted[0]}")
    for name in order:
        if name not in files:
            raise ContentError(magazine_file, f"articles.order lists {name}, which does not exist")
        if order.count(name) > 1:
            raise ContentError(magazine_file, f"articles.order lists {name} twice")
    return {**magazine, "articles": [article_load(articles_dir / name) for name in order]}


_content = content_load()
MAGAZINE = _content["magazine"]
SECTIONS = _content["sections"]
TOPICS = _content["topics"]
FORMATS = _content["formats"]
AUTHORS = _content["authors"]
PARTNER = _content["partner"]
ARTICLES = _content["articles"]
