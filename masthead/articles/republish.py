"""The "Republish this article" box: HTML that others may copy, with credit.

Only for articles whose licence allows republication; pictures are included
only when their own licence allows it too.
"""

from django.template.loader import render_to_string

from masthead.core.absolute_urls import site_absolute_url
from masthead.images.licences import licence_url
from masthead.images.renditions import rendition

REPUBLISHABLE_BLOCKS = {"paragraph", "subheading", "pull_quote", "block_quote", "image"}


def republishable_blocks(article) -> list:
    blocks = []
    for block in article.body:
        if block.block_type not in REPUBLISHABLE_BLOCKS:
            continue
        if block.block_type == "image" and not block.value["image"].is_republishable:
            continue
        blocks.append(block)
    return blocks


def republish_html(article, request, site_name: str) -> str:
    """The HTML a republisher pastes into their own site."""
    hero = (
        article.hero_image if article.hero_image and article.hero_image.is_republishable else None
    )
    return render_to_string(
        "articles/republish/snippet.html",
        {
            "article": article,
            "canonical_url": article.get_full_url(request),
            "site_name": site_name,
            "licence_name": article.get_licence_display(),
            "licence_url": licence_url(article.licence),
            "hero": hero,
            "hero_url": site_absolute_url(request, rendition(hero, "inline").url) if hero else "",
            "blocks": republishable_blocks(article),
            "root": site_absolute_url(request, ""),
        },
    ).strip()
