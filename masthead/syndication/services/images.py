"""Bringing a partner's lead image into our image library, credited."""

import logging

from django.conf import settings
from django.core.files.base import ContentFile

from masthead.core.fetch import FetchError, fetch
from masthead.images.models import CreditedImage
from masthead.images.policy import ImageRefused, image_clean
from masthead.partners.models import Partner

logger = logging.getLogger(__name__)
# Which picture it is, the image policy decides by decoding; the declared type
# only spares us downloading a page where a picture was promised.
IMAGE_TYPES = ("image/*", "application/octet-stream")


def lead_image_import(
    url: str, partner: Partner, title: str, alt_text: str = ""
) -> CreditedImage | None:
    """Download the image through the safe fetcher; None when it is missing or bad.

    The picture passes the image policy (masthead/images/policy.py) and is
    stored re-encoded, under a name of our own. Its alt text stays empty unless
    the partner's page gave one: the editor describes it before publishing
    (publishing is refused until then).
    """
    if not url:
        return None
    existing = CreditedImage.objects.filter(source_url=url).first()
    if existing is not None:
        return existing
    try:
        response = fetch(
            url,
            accept=IMAGE_TYPES,
            max_bytes=settings.MASTHEAD_IMAGE_MAX_BYTES,
            ports=partner.configured_ports,
        )
        picture = image_clean(response.content)
    except (FetchError, ImageRefused) as error:
        logger.warning("lead image %s not imported: %s", url, error)
        return None
    image = CreditedImage(
        title=f"{title[:200]} ({partner.name})",
        alt_text=alt_text,
        credit=partner.name,
        source_url=url,
        licence=partner.licence,
    )
    image.file = ContentFile(picture.content, name=picture.new_file_name())
    image.save()
    return image
