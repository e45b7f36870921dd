"""What Wagtail's rich text editor (Draftail) makes of the rich text we store.

The edit page hands each rich text field to the editor as "contentstate", made
by Wagtail's own converter with the field's features; saving turns it back into
HTML. What that converter cannot read is a 500 on the edit page; what it drops
is text lost at the editor's first save.
"""

from lxml import html as lxml_html
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.blocks import RichTextBlock, StructBlock

from masthead.articles.blocks import ArticleBodyBlock


def editor_round_trip(html: str, features: list[str]) -> str:
    """The rich text as the editor opens it and saves it again."""
    converter = ContentstateConverter(features)
    return converter.to_database_format(converter.from_database_format(html))


def visible_text(html: str) -> str:
    if not html.strip():
        return ""
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    return " ".join(root.text_content().split())


def markup(html: str) -> set[tuple[str, tuple[tuple[str, str], ...]]]:
    """The tags and attributes used, leaving out the editor's block keys."""
    root = lxml_html.fragment_fromstring(html, create_parent="div")
    return {
        (element.tag, tuple(sorted((k, v) for k, v in element.items() if k != "data-block-key")))
        for element in root.iterdescendants()
    }


def rich_texts(blocks) -> list[tuple[str, list[str]]]:
    """(HTML, editor features) of every rich text in a body given as
    (block type, value) pairs, as html_to_blocks returns it."""
    body = ArticleBodyBlock()
    found = []
    for kind, value in blocks:
        block = body.child_blocks[kind]
        if isinstance(block, RichTextBlock):
            found.append((value, block.features))
        elif isinstance(block, StructBlock):
            found.extend(
                (value[name], child.features)
                for name, child in block.child_blocks.items()
                if isinstance(child, RichTextBlock)
            )
    return found


def stored_blocks(article) -> list[tuple[str, object]]:
    """An article's body as stored: (block type, raw value) pairs."""
    return [(block["type"], block["value"]) for block in article.body.raw_data]


def assert_survives_the_editor(blocks) -> None:
    """Every rich text opens in the editor and comes back with all its text
    and with every tag and attribute it had (none was outside the features)."""
    texts = rich_texts(blocks)
    assert texts, "no rich text to check"
    for html, features in texts:
        saved = editor_round_trip(html, features)
        assert visible_text(saved) == visible_text(html), html
        assert markup(html) <= markup(saved), html
