"""Turning a partner's HTML into our article body, safely.

The HTML is sanitized once, with nh3 and our allow-list: scripts, styles,
frames, event handlers and unknown tags go. The sanitized tree is then split
into blocks with lxml (headings become subheadings, block quotes quotes,
everything else paragraphs), and each block's rich text is written out by the
small serializer below. It emits only the tags the block's editor features
accept (ArticleBodyBlock in articles/blocks.py), in the form Wagtail's Draftail
editor writes them (`<b>`, `<i>`, `<br/>`, `<a href>`), and escapes every piece
of text. So text that merely shows a tag (`&lt;img&gt;` in the partner's HTML)
stays text: nothing we produce is parsed or sanitized a second time.

Before anything is parsed, the HTML is bounded (check_bounds): parsers spend
time that grows with the square of the nesting depth, so a piece nested
thousands of levels deep, or larger than any article, is refused with a
message instead of holding a worker for seconds.
"""

import re
from collections.abc import Iterator
from html import escape
from typing import TypeAlias
from urllib.parse import urljoin, urlsplit

import nh3
from lxml import html as lxml_html
from lxml.html import HtmlElement

INLINE_TAGS = {"a", "em", "strong", "i", "b", "br", "sup"}
LISTS = {"ul", "ol"}
BLOCK_TAGS = {"p", "blockquote", "li"} | LISTS
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Kept through sanitizing only so that their text does not run into its
# neighbours; html_to_blocks reads their children.
CONTAINERS = {"div", "section", "article", "main", "figure", "figcaption"}
# "*": the attributes allowed on every tag; none (nh3 would allow lang and title).
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"a": {"href"}, "*": set()}
LINK_SCHEMES = {"http", "https", "mailto"}
REMOVED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "noscript",
    "template",
    "svg",
    "math",
}

# What each block's rich text may hold: its editor features (bold, italic,
# link, lists, superscript for paragraphs; bold, italic, link for quotes).
PARAGRAPH_TAGS = frozenset({"b", "i", "a", "br", "sup"} | LISTS)
QUOTE_TAGS = frozenset({"b", "i", "a", "br"})
# The editor writes <b> and <i>; partners' synonyms are stored the same way.
TAG_NAMES = {"strong": "b", "em": "i"}
SUBHEADING_LIMIT = 250

# Bounds checked before any parsing. An article's body is rarely over 100 KB
# of HTML and 30 levels deep; these are ten times that and more.
MAX_HTML_CHARACTERS = 2_000_000
MAX_NESTING_DEPTH = 400
# Tags that close themselves, or whose end tag may be left out: they do not
# make the tree deeper however many there are.
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}
_END_TAG_OPTIONAL = {"p", "li", "dt", "dd", "option", "tr", "td", "th", "tbody", "rt", "rp"}
_NOT_NESTING = frozenset(_VOID | _END_TAG_OPTIONAL | {"source", "track", "optgroup", "thead"})
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
# Characters no database column may hold and no reader should get: NUL and the
# other C0 controls but tab, line feed and carriage return, and lone surrogates.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")

# A body block as ArticlePage.body takes it: (block type, value), the value the
# HTML or text of a paragraph or subheading, or a quote's fields.
BodyBlock: TypeAlias = tuple[str, str | dict[str, str]]
# Loose inline content between blocks: text (as parsed, unescaped) and
# inline elements (whose tails are listed separately, as text).
Run: TypeAlias = list[str | HtmlElement]


class UnreadableHTML(ValueError):
    """The HTML is too large or too deeply nested to be read; the message says which."""


def printable(text: str) -> str:
    """`text` without control characters and lone surrogates (PostgreSQL
    refuses NUL in text; none of them means anything to a reader)."""
    return _UNPRINTABLE.sub("", text)


def nesting_depth(html: str) -> int:
    """How deep `html`'s elements are nested, read from its tags without
    parsing (in linear time); an upper bound, as end tags left out count."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _NOT_NESTING:
            continue
        if closing:
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def check_bounds(html: str) -> None:
    """Refuse HTML that would cost too much to parse (UnreadableHTML)."""
    if len(html) > MAX_HTML_CHARACTERS:
        raise UnreadableHTML(
            f"The text is {len(html):,} characters of HTML; Masthead reads at most "
            f"{MAX_HTML_CHARACTERS:,}."
        )
    depth = nesting_depth(html)
    if depth > MAX_NESTING_DEPTH:
        raise UnreadableHTML(
            f"The text's HTML is nested {depth:,} levels deep; Masthead reads at most "
            f"{MAX_NESTING_DEPTH}."
        )


def sanitize(html: str) -> str:
    """Only our tags and attributes survive; scripts, styles, event handlers,
    iframes and javascript: links are removed with their content where needed.

    Raises UnreadableHTML when the HTML is out of bounds (check_bounds).
    """
    check_bounds(html)
    return nh3.clean(
        printable(html),
        tags=INLINE_TAGS | BLOCK_TAGS | HEADINGS | CONTAINERS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=LINK_SCHEMES,
        # The editor keeps only href on a link; a rel here would not survive an edit.
        link_rel=None,
        strip_comments=True,
        clean_content_tags=REMOVED_WITH_CONTENT,
    )


def link_resolve(href: str, site_url: str) -> str | None:
    """The address a partner's link gets in our copy, or None to drop the link
    (its text stays).

    Absolute http, https and mailto links are kept. Relative and
    protocol-relative ones (`/x`, `//host/x`) are read against `site_url`,
    the partner's site, and only when that is https: on an http site they
    would send readers over plain HTTP. Fragment-only links point into the
    partner's page, which we do not copy.
    """
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        if not urlsplit(href).scheme:
            if urlsplit(site_url).scheme != "https":
                return None
            href = urljoin(site_url, href)
        parts = urlsplit(href)
    except ValueError:  # a malformed address, such as an unclosed [IPv6 host
        return None
    if parts.scheme not in LINK_SCHEMES or (parts.scheme != "mailto" and not parts.hostname):
        return None
    return href


def html_to_blocks(html: str, site_url: str = "") -> list[BodyBlock]:
    """Sanitized body blocks, ready for ArticlePage.body.

    Loose inline content (text and inline tags between blocks) is gathered
    into paragraphs; containers such as <div> are read through. Links are
    resolved against `site_url` (see link_resolve).
    """
    root = _clean_tree(html, site_url)
    if root is None:
        return []
    blocks = (_body_block(piece) for piece in _pieces(root))
    return [block for block in blocks if block is not None]


def html_to_text(html: str) -> str:
    """The visible text of a piece of partner HTML, on one line: for deks."""
    root = _clean_tree(html, "")
    if root is None:
        return ""
    for element in root.iter():
        if element.tag not in INLINE_TAGS or element.tag == "br":
            # Words either side of a block or a line break stay apart.
            element.text = " " + (element.text or "")
            element.tail = " " + (element.tail or "")
    return " ".join(root.text_content().split())


def _clean_tree(html: str, site_url: str) -> HtmlElement | None:
    clean = sanitize(html)
    if not clean.strip():
        return None
    root = lxml_html.fragment_fromstring(clean, create_parent="div")
    for link in root.iter("a"):
        href = link_resolve(link.get("href", ""), site_url)
        if href is None:
            link.attrib.pop("href", None)
        else:
            link.set("href", href)
    return root


def _pieces(container: HtmlElement) -> Iterator[HtmlElement | Run]:
    """The container's content in order: its block elements, and the runs of
    loose inline content between them; containers are read through."""
    run: Run = [container.text] if container.text else []
    for element in container:
        if element.tag in INLINE_TAGS:
            run.append(element)
        else:
            if run:
                yield run
                run = []
            if element.tag in CONTAINERS:
                yield from _pieces(element)
            else:
                yield element
        if element.tail:
            run.append(element.tail)
    if run:
        yield run


def _text(piece: HtmlElement | Run) -> str:
    if isinstance(piece, list):
        text = "".join(node if isinstance(node, str) else node.text_content() for node in piece)
    else:
        text = piece.text_content()
    return " ".join(text.split())


def _body_block(piece: HtmlElement | Run) -> BodyBlock | None:
    text = _text(piece)
    if not text:
        return None
    if isinstance(piece, list):
        return ("paragraph", f"<p>{_run_html(piece, PARAGRAPH_TAGS)}</p>")
    if piece.tag in HEADINGS:
        # A subheading is plain text, escaped when it is printed.
        return ("subheading", text[:SUBHEADING_LIMIT])
    if piece.tag == "blockquote":
        quote = "".join(f"<p>{html}</p>" for html in _quote_paragraphs(piece))
        return ("block_quote", {"text": quote, "source": "", "source_url": ""})
    if piece.tag in LISTS:
        return ("paragraph", _list_html(piece, PARAGRAPH_TAGS))
    return ("paragraph", f"<p>{_inline_html(piece, PARAGRAPH_TAGS)}</p>")


def _quote_paragraphs(container: HtmlElement) -> Iterator[str]:
    """A quote's text as paragraphs: the quote's rich text has no lists or
    headings, so each of their items becomes a paragraph of its own."""
    for piece in _pieces(container):
        if not _text(piece):
            continue
        if isinstance(piece, list):
            yield _run_html(piece, QUOTE_TAGS)
        elif piece.tag in LISTS or piece.tag == "blockquote":
            yield from _quote_paragraphs(piece)
        else:
            yield _inline_html(piece, QUOTE_TAGS)


def _list_html(element: HtmlElement, tags: frozenset[str]) -> str:
    """A list with its items (and nested lists, which the editor indents)."""
    items = [escape(element.text or "", quote=False)]
    for child in element:
        items.extend(_list_items(child, tags))
        items.append(escape(child.tail or "", quote=False))
    body = "".join(f"<li>{item.strip()}</li>" for item in items if item.strip())
    return f"<{element.tag}>{body}</{element.tag}>"


def _list_items(child: HtmlElement, tags: frozenset[str]) -> Iterator[str]:
    """A list's child as items. The editor keeps a nested list at the end of
    its item, so text after one goes on as a new item, in its place."""
    if child.tag != "li":
        yield _inline_child(child, tags)
        return
    parts = [escape(child.text or "", quote=False)]
    for node in child:
        if node.tag in LISTS and node.tag in tags:
            yield "".join(parts) + _list_html(node, tags)
            parts = []
        else:
            parts.append(_inline_child(node, tags))
        parts.append(escape(node.tail or "", quote=False))
    yield "".join(parts)


def _run_html(run: Run, tags: frozenset[str]) -> str:
    html = "".join(
        escape(node, quote=False) if isinstance(node, str) else _inline_child(node, tags)
        for node in run
    )
    return html.strip()


def _inline_html(element: HtmlElement, tags: frozenset[str]) -> str:
    """The element's content as rich text: its text escaped, and only the
    inline tags in `tags`; any other tag is left out and its content kept."""
    parts = [escape(element.text or "", quote=False)]
    for child in element:
        parts.append(_inline_child(child, tags))
        parts.append(escape(child.tail or "", quote=False))
    return "".join(parts).strip()


def _inline_child(element: HtmlElement, tags: frozenset[str]) -> str:
    tag = TAG_NAMES.get(element.tag, element.tag)
    if tag == "br":
        return "<br/>" if tag in tags else " "
    inner = _inline_html(element, tags)
    if not inner or tag not in tags or tag in LISTS:
        # A block inside inline content (a paragraph in a list item): keep
        # its words apart from their neighbours.
        return inner if tag in INLINE_TAGS else f" {inner} "
    if tag == "a":
        href = element.get("href")
        return f'<a href="{escape(href)}">{inner}</a>' if href else inner
    return f"<{tag}>{inner}</{tag}>"
