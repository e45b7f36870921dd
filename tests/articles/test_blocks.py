"""Every body block, rendered in its variants."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.rich_text import RichText

from masthead.articles.blocks import (
    ArticleBodyBlock,
    BlockQuoteBlock,
    EditorsNoteBlock,
    EmbedBlock,
    InlineImageBlock,
    PullQuoteBlock,
    SubheadingBlock,
    embed_player_url,
)
from masthead.images.factories import CreditedImageFactory


def render(block, value, **context):
    return block.render(block.to_python(value) if isinstance(value, dict) else value, context)


def test_a_subheading_is_a_second_level_heading():
    assert render(SubheadingBlock(), "What comes next").strip() == (
        '<h2 class="body-subheading">What comes next</h2>'
    )


def test_a_pull_quote_with_and_without_attribution():
    block = PullQuoteBlock()
    with_attribution = render(block, {"text": "Words", "attribution": "A minister"})
    assert "Words" in with_attribution and "A minister" in with_attribution
    assert "pull-quote__attribution" not in render(block, {"text": "Words", "attribution": ""})


def test_a_block_quote_cites_its_source_with_and_without_a_link():
    block = BlockQuoteBlock()
    linked = render(
        block, {"text": "<p>Quoted</p>", "source": "A report", "source_url": "https://a.example/"}
    )
    assert '<blockquote cite="https://a.example/">' in linked
    assert '<a href="https://a.example/"><cite>A report</cite></a>' in linked
    plain = render(block, {"text": "<p>Quoted</p>", "source": "A speech", "source_url": ""})
    assert "<cite>A speech</cite>" in plain and "<a " not in plain


def test_an_editors_note_is_a_labelled_aside():
    html = render(EditorsNoteBlock(), {"heading": "Editor\u2019s note", "text": "<p>Updated.</p>"})
    assert '<aside class="editors-note"' in html
    assert "Editor\u2019s note" in html and "Updated." in html


@pytest.mark.parametrize(
    ("url", "player"),
    [
        (
            "https://www.youtube.com/watch?v=abcDEF12345",
            "https://www.youtube-nocookie.com/embed/abcDEF12345",
        ),
        ("https://youtu.be/abcDEF12345", "https://www.youtube-nocookie.com/embed/abcDEF12345"),
        ("https://vimeo.com/123456", "https://player.vimeo.com/video/123456?dnt=1"),
        ("https://example.org/some-page", ""),
        ("https://www.youtube.com/watch?v=<script>", ""),
    ],
)
def test_embeds_are_built_from_the_url_alone(url, player):
    assert embed_player_url(url) == player


def test_a_video_embed_is_a_titled_lazy_iframe_and_other_urls_a_link():
    block = EmbedBlock()
    video = render(
        block, {"url": "https://youtu.be/abcDEF12345", "title": "Briefing", "caption": ""}
    )
    assert 'title="Briefing"' in video and 'loading="lazy"' in video
    link = render(block, {"url": "https://example.org/page", "title": "The ruling", "caption": "c"})
    assert "<iframe" not in link
    assert '<a href="https://example.org/page">The ruling</a>' in link


def test_an_embed_refuses_a_non_web_address():
    block = EmbedBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"url": "ftp://example.org/file", "title": "x", "caption": ""}))


@pytest.mark.django_db
def test_an_inline_image_prints_alt_text_caption_and_credit():
    image = CreditedImageFactory(
        alt_text="A harbour at dusk", caption="Stored caption", credit="AP/Jo Ng"
    )
    block = InlineImageBlock()
    html = block.render({"image": image, "caption": "", "wide": False})
    assert 'alt="A harbour at dusk"' in html
    assert "Stored caption" in html and "AP/Jo Ng" in html
    overridden = block.render({"image": image, "caption": "Article caption", "wide": True})
    assert "Article caption" in overridden and "Stored caption" not in overridden
    assert "body-image--wide" in overridden


def test_the_body_offers_every_block_an_editor_needs():
    names = set(ArticleBodyBlock().child_blocks)
    assert names == {
        "paragraph",
        "subheading",
        "image",
        "pull_quote",
        "block_quote",
        "embed",
        "editors_note",
    }


def test_a_paragraph_renders_its_rich_text():
    block = ArticleBodyBlock().child_blocks["paragraph"]
    assert "<p>Plain <b>bold</b></p>" in block.render(RichText("<p>Plain <b>bold</b></p>"))
