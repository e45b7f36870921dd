"""Bringing a partner's lead image into our image library, credited."""

import io
import logging

from django.core.files.images import ImageFile
from PIL import Image, UnidentifiedImageError

from masthead.core.fetch import FetchError, fetch
from masthead.images.models import CreditedImage
from masthead.partners.models import Partner

logger = logging.getLogger(__name__)
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp")
MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}


def lead_image_import(
    url: str, partner: Partner, title: str, alt_text: str = ""
) -> CreditedImage | None:
    """Download the image through the safe fetcher; None when it is missing or bad.

    Its alt text stays empty unless the partner's page gave one: the editor
    describes it before publishing (publishing is refused until then).
    """
    if not url:
        return None
    existing = CreditedImage.objects.filter(source_url=url).first()
    if existing is not None:
        return existing
    try:
        response = fetch(
            url, accept=IMAGE_TYPES, max_bytes=MAX_IMAGE_BYTES, ports=partner.configured_ports
        )
        with Image.open(io.BytesIO(response.content)) as picture:
            if picture.width * picture.height > MAX_PIXELS:
                raise ValueError("image too large")
            picture.verify()
            kind = picture.format
    except (FetchError, UnidentifiedImageError, ValueError, OSError) as error:
        logger.warning("lead image %s not imported: %s", url, error)
        return None
    if kind not in EXTENSIONS:
        return None
    image = CreditedImage(
        title=f"{title[:200]} ({partner.name})",
        alt_text=alt_text,
        credit=partner.name,
        source_url=url,
        licence=partner.licence,
    )
    image.file = ImageFile(
        io.BytesIO(response.content), name=f"partner-{partner.slug}.{EXTENSIONS[kind]}"
    )
    image.save()
    return image
