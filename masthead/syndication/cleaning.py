"""Turning a partner's HTML into our article body, safely.

The HTML is sanitized with nh3 against an allow-list that matches what our
body blocks can hold, then split into blocks with lxml: headings become
subheadings, block quotes become quotes, everything else paragraphs.
"""

from typing import TypeAlias

import nh3
from lxml import html as lxml_html
from lxml.html import HtmlElement

INLINE_TAGS = {"a", "em", "strong", "i", "b", "br", "sup", "sub"}
BLOCK_TAGS = {"p", "h2", "h3", "h4", "blockquote", "ul", "ol", "li"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
URL_SCHEMES = {"http", "https", "mailto"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Kept through sanitizing only so that their text does not run into its
# neighbours; html_to_blocks reads their children.
CONTAINERS = {"div", "section", "article", "main"}

# A body block as ArticlePage.body takes it: (block type, value), the value the
# HTML or text of a paragraph or subheading, or a quote's fields.
BodyBlock: TypeAlias = tuple[str, str | dict[str, str]]


def sanitize(html: str) -> str:
    """Only our tags and attributes survive; scripts, styles, event handlers,
    iframes and javascript: links are removed with their content where needed."""
    return nh3.clean(
        html,
        tags=INLINE_TAGS | BLOCK_TAGS | HEADINGS | CONTAINERS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
        clean_content_tags={
            "script",
            "style",
            "iframe",
            "object",
            "embed",
            "noscript",
            "template",
            "svg",
            "math",
        },
    )


def _inner_html(element: HtmlElement) -> str:
    text = lxml_html.tostring(element, encoding="unicode", method="html", with_tail=False)
    start, end = text.find(">") + 1, text.rfind("<")
    return text[start:end].strip()


def _to_rich_text(element: HtmlElement) -> str:
    """Our rich text knows <p>, lists and inline tags; anything else becomes <p>."""
    if element.tag in {"p", "ul", "ol"}:
        return nh3.clean(
            lxml_html.tostring(element, encoding="unicode", with_tail=False),
            tags=INLINE_TAGS | {"p", "ul", "ol", "li"},
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=URL_SCHEMES,
            link_rel=None,
        )
    return f"<p>{_inner_html(element)}</p>"


def html_to_blocks(html: str) -> list[BodyBlock]:
    """Sanitized body blocks, ready for ArticlePage.body.

    Loose inline content (text and inline tags between blocks) is gathered
    into paragraphs; containers such as <div> are read through.
    """
    clean = sanitize(html)
    if not clean.strip():
        return []
    blocks: list[BodyBlock] = []
    loose: list[str] = []
    _walk(lxml_html.fragment_fromstring(clean, create_parent="div"), blocks, loose)
    _flush(blocks, loose)
    return blocks


def _flush(blocks: list[BodyBlock], loose: list[str]) -> None:
    text = "".join(loose).strip()
    loose.clear()
    if text:
        blocks.append(("paragraph", f"<p>{text}</p>"))


def _walk(container: HtmlElement, blocks: list[BodyBlock], loose: list[str]) -> None:
    if container.text:
        loose.append(nh3.clean(container.text))
    for element in container:
        if element.tag in INLINE_TAGS:
            loose.append(lxml_html.tostring(element, encoding="unicode", with_tail=False))
        elif element.tag in CONTAINERS:
            _flush(blocks, loose)
            _walk(element, blocks, loose)
            _flush(blocks, loose)
        else:
            _flush(blocks, loose)
            _append_block(blocks, element)
        if element.tail:
            loose.append(nh3.clean(element.tail))


def _append_block(blocks: list[BodyBlock], element: HtmlElement) -> None:
    text = element.text_content().strip()
    if not text:
        return
    if element.tag in HEADINGS:
        blocks.append(("subheading", text[:250]))
    elif element.tag == "blockquote":
        paragraphs = [child for child in element if child.tag == "p"] or [element]
        quote = "".join(_to_rich_text(paragraph) for paragraph in paragraphs)
        blocks.append(("block_quote", {"text": quote, "source": "", "source_url": ""}))
    else:
        blocks.append(("paragraph", _to_rich_text(element)))
