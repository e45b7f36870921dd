"""Every rendition the magazine prints, named once.

Listings prefetch these renditions (articles' querysets), components and page
templates print them, feeds and JSON-LD link them: one spec each, so that a
template never asks for a size that no query prefetched (each mismatch costs a
query per teaser).
"""

from typing import overload

from wagtail.images.models import Filter

from .models import CreditedImage, CreditedRendition

SPECS = {
    # An article's hero: the article page, the lead teaser, share cards, JSON-LD, feeds.
    "hero": "fill-1200x675",
    # A teaser's picture and the hero's small size.
    "teaser": "fill-640x360",
    # An author's portrait.
    "portrait": "fill-240x240",
    # Pictures in an article's body, large and small; the large one for republishers.
    "inline": "width-1200",
    "inline_small": "width-640",
}
HERO = SPECS["hero"]
TEASER = SPECS["teaser"]
INLINE = SPECS["inline"]

# What a listing prefetches for its teasers; pages that show a lead or hero add HERO.
TEASER_RENDITIONS = (TEASER,)
HERO_RENDITIONS = (HERO, TEASER)


@overload
def rendition(image: CreditedImage, name: str) -> CreditedRendition: ...


@overload
def rendition(image: None, name: str) -> None: ...


def rendition(image: CreditedImage | None, name: str) -> CreditedRendition | None:
    """The image's rendition named `name` (a key of SPECS), or None without an image.

    It reads renditions a listing prefetched without writing each one back to
    the cache on every use (Wagtail's tag does, and pickling them dominated the
    cost of a teaser). A missing rendition is made as usual.
    """
    if image is None:
        return None
    filter_ = Filter(spec=SPECS[name])
    try:
        return image.find_existing_rendition(filter_)
    except image.get_rendition_model().DoesNotExist:
        return image.get_rendition(filter_)
