"""A partner's lead image passes the image policy; a hostile one never stops an import."""

import io
import logging
import re

import pytest
from PIL import Image

from masthead.syndication.services.importing import partner_article_import

from ..images import hostile
from .pages import article_page

pytestmark = pytest.mark.django_db


def serve_column(partner_site, image: bytes, content_type="image/jpeg") -> str:
    """The partner's column, whose lead image (og:image) is `image`."""
    partner_site.serve("/images/bunker.jpg", image, content_type=content_type)
    return partner_site.serve("/columns/the-bunker/", article_page(partner_site.url("")))


def test_a_lead_image_is_stored_clean_upright_and_under_our_own_name(partner, partner_site):
    # A sideways photo with GPS tags and a ZIP appended, served as a PNG.
    sideways = hostile.jpeg_with_metadata() + hostile.zip_archive()
    url = serve_column(partner_site, sideways, content_type="image/png")
    image = partner_article_import(url).article.hero_image
    assert image is not None
    assert image.credit == "The Oversight Ledger"
    assert re.fullmatch(r"original_images/[0-9a-f]{32}\.jpg", image.file.name)
    assert (image.width, image.height) == (300, 400)
    with image.open_file() as stored_file:
        stored = stored_file.read()
    assert Image.open(io.BytesIO(stored)).format == "JPEG"
    assert b"Exif" not in stored and b"PK\x03\x04" not in stored


def test_a_decompression_bomb_as_lead_image_leaves_the_draft_without_a_picture(
    partner, partner_site, caplog
):
    url = serve_column(partner_site, hostile.png_declaring(30_000, 30_000), "image/png")
    with caplog.at_level(logging.WARNING, logger="masthead.syndication.services.images"):
        result = partner_article_import(url)
    assert result.created
    assert result.article.title == "The Bunker"
    assert result.article.hero_image is None
    assert "The picture has 900 million pixels; the limit is 40 million pixels." in caplog.text


def test_an_svg_as_lead_image_is_not_imported(partner, partner_site, caplog):
    url = serve_column(partner_site, hostile.SVG, content_type="image/svg+xml")
    with caplog.at_level(logging.WARNING, logger="masthead.syndication.services.images"):
        article = partner_article_import(url).article
    assert article.hero_image is None
    assert "not a picture Masthead accepts" in caplog.text
