"""Partner HTML is sanitized to what our body blocks hold."""

from masthead.syndication.cleaning import html_to_blocks, sanitize


def test_scripts_styles_and_frames_are_removed_with_their_content():
    clean = sanitize(
        "<p>Keep</p><script>alert(1)</script><style>p{}</style><iframe src=x></iframe>"
    )
    assert clean == "<p>Keep</p>"


def test_event_handlers_and_javascript_links_are_removed():
    clean = sanitize('<p onclick="x()"><a href="javascript:alert(1)" onmouseover="y()">a</a></p>')
    assert "onclick" not in clean and "onmouseover" not in clean and "javascript" not in clean


def test_safe_links_are_kept_and_marked_nofollow():
    clean = sanitize('<p><a href="https://example.org/" title="t" class="c">source</a></p>')
    assert 'href="https://example.org/"' in clean
    assert "nofollow" in clean and "class=" not in clean


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
