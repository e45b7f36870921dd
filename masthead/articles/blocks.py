"""The blocks an article body is written with.

Each block has its own template in templates/articles/blocks/, a preview value
for the admin's block picker, and a description saying when to use it.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

BODY_RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "superscript"]


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        super().__init__(features=BODY_RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        template = "articles/blocks/paragraph.html"
        description = "A paragraph of body text. The first one is the teaser's excerpt."
        preview_value = "<p>The ministry's latest budget request tells a different story.</p>"


class SubheadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "articles/blocks/subheading.html"
        description = "A heading that divides a long piece into parts."
        preview_value = "What the report recommends"


class InlineImageBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    caption = blocks.CharBlock(
        required=False, help_text="Overrides the caption stored with the image."
    )
    wide = blocks.BooleanBlock(required=False, help_text="Let the picture use the full width.")

    class Meta:
        icon = "image"
        template = "articles/blocks/inline_image.html"
        description = "A picture inside the text, printed with its caption and credit."


class PullQuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "articles/blocks/pull_quote.html"
        description = "A sentence from the piece itself, set large to catch the eye."
        preview_value = {"text": "Deterrence is a budget line before it is a doctrine."}


class BlockQuoteBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=["bold", "italic", "link"])
    source = blocks.CharBlock(required=False, help_text="Who said or wrote it.")
    source_url = blocks.URLBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "articles/blocks/block_quote.html"
        description = "A passage quoted from another text or speaker."
        preview_value = {
            "text": "<p>We will meet our commitments in full.</p>",
            "source": "A government statement",
        }


YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com"}


def embed_player_url(url: str) -> str:
    """The privacy-friendly player address for a known video host, or "".

    Built from the URL alone: the server never fetches oEmbed or any other URL
    to render an embed.
    """
    parsed = urlparse(url)
    host = (parsed.hostname or "").lower()
    video_id = ""
    if host in YOUTUBE_HOSTS:
        if host == "youtu.be":
            video_id = parsed.path.lstrip("/")
        elif parsed.path.startswith("/embed/"):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = parse_qs(parsed.query).get("v", [""])[0]
        if re.fullmatch(r"[\w-]{6,20}", video_id):
            return f"https://www.youtube-nocookie.com/embed/{video_id}"
    if host in VIMEO_HOSTS:
        video_id = parsed.path.strip("/").split("/")[0]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?dnt=1"
    return ""


class EmbedBlock(blocks.StructBlock):
    url = blocks.URLBlock(help_text="A YouTube or Vimeo video, or any page to link to.")
    title = blocks.CharBlock(help_text="What the embed shows; read out by screen readers.")
    caption = blocks.CharBlock(required=False)

    class Meta:
        icon = "media"
        template = "articles/blocks/embed.html"
        description = "A video player for YouTube or Vimeo; other addresses become a link card."

    def clean(self, value):
        value = super().clean(value)
        if urlparse(value["url"]).scheme not in {"http", "https"}:
            raise ValidationError("Use an http or https address.")
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["player_url"] = embed_player_url(value["url"])
        return context


class EditorsNoteBlock(blocks.StructBlock):
    heading = blocks.CharBlock(default="Editor\u2019s note")
    text = blocks.RichTextBlock(features=["bold", "italic", "link"])

    class Meta:
        icon = "info-circle"
        template = "articles/blocks/editors_note.html"
        description = "A boxed note from the editors: context, disclosure, an update."
        preview_value = {
            "heading": "Editor\u2019s note",
            "text": "<p>This piece was updated after the ministry replied.</p>",
        }


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    subheading = SubheadingBlock()
    image = InlineImageBlock()
    pull_quote = PullQuoteBlock()
    block_quote = BlockQuoteBlock()
    embed = EmbedBlock()
    editors_note = EditorsNoteBlock()
