"""Partner HTML is sanitized to what our body blocks hold, and stays text
where it only shows markup."""

import pytest

from masthead.articles.blocks import SubheadingBlock
from masthead.syndication.cleaning import html_to_blocks, html_to_text, link_resolve, sanitize

from .rich_text import assert_survives_the_editor, markup, rich_texts

SITE = "https://ledger.example.org/"
EDITOR_TAGS = {"p", "b", "i", "a", "br", "sup", "ul", "ol", "li"}

# Each shows a tag, hides one, or nests one where a sanitizer or the editor
# could be caught out.
HOSTILE = {
    "escaped tag in a paragraph": (
        "<p>Look: &lt;img src=http://10.0.0.5/admin onerror=alert(1)&gt; here</p>"
    ),
    "escaped tag in loose text": "Before &lt;img src=https://t.example/x.gif&gt; after<br>next",
    "escaped tags in a quote": (
        "<blockquote><p>&lt;img src=x&gt; said</p>&lt;script&gt;alert(1)&lt;/script&gt;"
        "</blockquote>"
    ),
    "escaped tags in nested lists": (
        "<ul><li>&lt;img src=x&gt;<ul><li>&lt;iframe src=y&gt;</li></ul>after</li></ul>"
    ),
    "escaped tag in a caption": (
        "<figure><img src=x><figcaption>&lt;img src=cap&gt; Photo</figcaption></figure>"
    ),
    "real images, frames and handlers": (
        "<p onclick='x()'>x<img src='http://10.0.0.5/' onerror='alert(1)'>"
        "<iframe src='http://10.0.0.5/'></iframe><video src=v></video>y</p>"
    ),
    "nested hostile markup": (
        "<div><p><b><i><a href='javascript:alert(1)' onclick='x()'>a<svg><script>alert(1)"
        "</script></svg></a></i></b><style>p{}</style></p><blockquote><div><blockquote>"
        "<p onmouseover='y()'>deep <sup>1</sup><ul><li>item</li></ul></p></blockquote></div>"
        "</blockquote></div>"
    ),
    "markup hidden in a noscript attribute": (
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>after</p>'
    ),
    "markup hidden in a comment": "<p>a<!-- --><img src=x onerror=alert(1)> --> b</p>",
    "synonyms and line breaks": "<p><strong>s</strong> <em>e</em> a<br>b <sub>2</sub></p>",
    "blocks inside list items": "<ol><li><p>one</p><p>two</p></li><li><h3>three</h3></li></ol>",
}


def rich_text_of(blocks) -> str:
    return "".join(html for html, _features in rich_texts(blocks))


def test_scripts_styles_and_frames_are_removed_with_their_content():
    clean = sanitize(
        "<p>Keep</p><script>alert(1)</script><style>p{}</style><iframe src=x></iframe>"
    )
    assert clean == "<p>Keep</p>"


def test_event_handlers_and_javascript_links_are_removed():
    clean = sanitize('<p onclick="x()"><a href="javascript:alert(1)" onmouseover="y()">a</a></p>')
    assert "onclick" not in clean and "onmouseover" not in clean and "javascript" not in clean


def test_safe_links_keep_only_their_address():
    clean = sanitize('<p><a href="https://example.org/" title="t" class="c">source</a></p>')
    assert clean == '<p><a href="https://example.org/">source</a></p>'


def test_headings_quotes_and_lists_become_their_blocks():
    blocks = html_to_blocks(
        "<h2>Part one</h2><p>Text.</p><blockquote><p>Said.</p></blockquote><ul><li>a</li></ul>"
    )
    assert blocks == [
        ("subheading", "Part one"),
        ("paragraph", "<p>Text.</p>"),
        ("block_quote", {"text": "<p>Said.</p>", "source": "", "source_url": ""}),
        ("paragraph", "<ul><li>a</li></ul>"),
    ]


def test_loose_text_and_inline_tags_are_gathered_into_paragraphs():
    blocks = html_to_blocks("Opening words <b>bold</b> &amp; more<div>in a div</div>")
    assert blocks == [
        ("paragraph", "<p>Opening words <b>bold</b> &amp; more</p>"),
        ("paragraph", "<p>in a div</p>"),
    ]


def test_empty_html_gives_no_blocks():
    assert html_to_blocks("<script>only()</script>") == []


def test_an_escaped_tag_in_a_paragraph_stays_text():
    (block,) = html_to_blocks("<p>Look: &lt;img src=http://10.0.0.5/x&gt; here</p>")
    assert block == ("paragraph", "<p>Look: &lt;img src=http://10.0.0.5/x&gt; here</p>")


def test_an_escaped_tag_in_loose_text_stays_text():
    (block,) = html_to_blocks("Before &lt;img src=x&gt; after")
    assert block == ("paragraph", "<p>Before &lt;img src=x&gt; after</p>")


def test_an_escaped_tag_in_a_quote_stays_text():
    (block,) = html_to_blocks("<blockquote>&lt;img src=x&gt; said</blockquote>")
    assert block[1]["text"] == "<p>&lt;img src=x&gt; said</p>"


def test_an_escaped_tag_in_a_list_stays_text():
    (block,) = html_to_blocks("<ul><li>&lt;img src=x&gt;</li></ul>")
    assert block == ("paragraph", "<ul><li>&lt;img src=x&gt;</li></ul>")


def test_an_escaped_tag_in_a_caption_stays_text():
    (block,) = html_to_blocks("<figure><img src=x><figcaption>&lt;img src=y&gt;</figcaption>")
    assert block == ("paragraph", "<p>&lt;img src=y&gt;</p>")


def test_an_escaped_tag_in_a_heading_is_printed_as_text():
    (block,) = html_to_blocks("<h2>&lt;img src=x&gt; The numbers</h2>")
    assert block == ("subheading", "<img src=x> The numbers")  # plain text, as typed
    assert "&lt;img src=x&gt;" in str(SubheadingBlock().render(block[1]))


@pytest.mark.parametrize("html", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_html_leaves_only_the_editors_tags_and_real_links(html):
    stored = rich_text_of(html_to_blocks(html, SITE))
    assert {tag for tag, _attributes in markup(stored)} <= EDITOR_TAGS
    for _tag, attributes in markup(stored):
        assert all(name == "href" and value.startswith("https://") for name, value in attributes)
    assert "<img" not in stored and "<script" not in stored


@pytest.mark.parametrize("html", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_html_survives_a_round_trip_through_the_editor(html):
    assert_survives_the_editor(html_to_blocks(html, SITE))


def test_escaped_tags_survive_a_round_trip_through_the_editor_as_text():
    blocks = html_to_blocks(HOSTILE["escaped tag in a paragraph"], SITE)
    assert_survives_the_editor(blocks)
    assert "&lt;img" in rich_text_of(blocks) and "<img" not in rich_text_of(blocks)


def test_text_around_a_nested_list_keeps_its_order():
    (block,) = html_to_blocks("<ul><li>a<ul><li>b</li></ul>c</li></ul>")
    assert block == ("paragraph", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>")


@pytest.mark.parametrize(
    ("href", "resolved"),
    [
        ("/columns/other/", "https://ledger.example.org/columns/other/"),
        ("notes.html", "https://ledger.example.org/notes.html"),
        ("//cdn.example.net/report.pdf", "https://cdn.example.net/report.pdf"),
        ("https://register.example.org/881", "https://register.example.org/881"),
        ("http://register.example.org/881", "http://register.example.org/881"),
        ("mailto:desk@ledger.example.org", "mailto:desk@ledger.example.org"),
    ],
)
def test_links_are_kept_with_relative_ones_resolved_against_the_partner_site(href, resolved):
    assert link_resolve(href, SITE) == resolved


@pytest.mark.parametrize(
    "href",
    [
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://files.example.org/x",
        "#footnote-1",
        "https://[::1",
        "",
    ],
)
def test_dangerous_or_useless_links_are_dropped(href):
    assert link_resolve(href, SITE) is None


@pytest.mark.parametrize("href", ["/columns/other/", "//cdn.example.net/x", "notes.html"])
def test_relative_links_are_dropped_when_the_partner_site_is_not_https(href):
    assert link_resolve(href, "http://ledger.example.org/") is None


def test_a_dropped_link_keeps_its_text():
    html = (
        '<p>See <a href="javascript:alert(1)">this</a>, <a href="data:text/html,x">that</a>'
        ' and <a href="/x">the other</a>.</p>'
    )
    (block,) = html_to_blocks(html, "http://ledger.example.org/")
    assert block == ("paragraph", "<p>See this, that and the other.</p>")


def test_relative_and_protocol_relative_links_are_resolved_in_every_block():
    html = (
        '<p><a href="/a">a</a></p><blockquote><a href="//cdn.example.net/b">b</a></blockquote>'
        '<ul><li><a href="c.html">c</a></li></ul>'
    )
    stored = rich_text_of(html_to_blocks(html, SITE))
    assert '<a href="https://ledger.example.org/a">a</a>' in stored
    assert '<a href="https://cdn.example.net/b">b</a>' in stored
    assert '<a href="https://ledger.example.org/c.html">c</a>' in stored


def test_the_plain_text_of_partner_html_keeps_escaped_tags_as_characters():
    text = html_to_text("<p>A &lt;b&gt; tag &amp; more</p><p>Next<br>line <b>bo</b>ld</p>")
    assert text == "A <b> tag & more Next line bold"


def test_the_plain_text_of_partner_html_leaves_out_scripts():
    assert html_to_text("<p>Words</p><script>alert(1)</script>") == "Words"
