"""Every rendition the magazine prints, named once.

Listings prefetch these renditions (articles' querysets), components and page
templates print them, feeds and JSON-LD link them: one spec each, so that a
template never asks for a size that no query prefetched (each mismatch costs a
query per teaser).
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from django.db.models import Prefetch
from wagtail.images.models import Filter

from .models import CreditedImage, CreditedRendition

SPECS = {
    # An article's hero: the article page, the lead teaser, share cards, JSON-LD, feeds.
    "hero": "fill-1200x675",
    # A teaser's picture and the hero's small size; the thumbnail a phone fetches.
    "teaser": "fill-640x360",
    "teaser_small": "fill-320x180",
    # An author's portrait (shown 5.5 to 7.5rem wide).
    "portrait": "fill-240x240",
    "portrait_small": "fill-120x120",
    # Pictures in an article's body, large and small; the large one for republishers.
    "inline": "width-1200",
    "inline_small": "width-640",
}
# Each again in WebP, named "<name>_webp": a <picture>'s <source>, with the
# plain rendition (the original's format: JPEG for photos) as its <img>. No
# AVIF although Pillow can write it: see docs/images.md.
SPECS.update({f"{name}_webp": f"{spec}|format-webp" for name, spec in list(SPECS.items())})
HERO = SPECS["hero"]
TEASER = SPECS["teaser"]
INLINE = SPECS["inline"]

# The sizes a <picture> offers (its srcset), smallest first; the largest is the <img>'s src.
PICTURES = {
    "hero": ("teaser", "hero"),
    "teaser": ("teaser_small", "teaser"),
    "portrait": ("portrait_small", "portrait"),
    "inline": ("inline_small", "inline"),
}


def picture_specs(*pictures: str) -> tuple[str, ...]:
    """Every rendition spec that the `pictures` print, WebP included."""
    names = (name for picture in pictures for name in PICTURES[picture])
    return tuple(
        dict.fromkeys(spec for name in names for spec in (SPECS[name], SPECS[f"{name}_webp"]))
    )


# What a listing prefetches for its teasers; pages that show a lead or hero use
# HERO_RENDITIONS (the hero's renditions and the teasers').
TEASER_RENDITIONS = picture_specs("teaser")
HERO_RENDITIONS = picture_specs("hero", "teaser")


def renditions_prefetch(relation: str, specs: Sequence[str]) -> Prefetch:
    """Prefetch the renditions `specs` of the picture at `relation` (joined by
    select_related), where `rendition()` looks first, as Wagtail's
    prefetch_renditions() does for a queryset of images: one query for all."""
    return Prefetch(
        f"{relation}__renditions",
        queryset=CreditedRendition.objects.filter(filter_spec__in=specs),
        to_attr="prefetched_renditions",
    )


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


@dataclass(frozen=True)
class Picture:
    """A <picture>: `img` (the largest rendition in the original's format: the
    <img>'s src, width and height), its `srcset` and the WebP <source>'s."""

    img: CreditedRendition
    srcset: str
    webp_srcset: str


def _srcset(renditions: list[CreditedRendition]) -> str:
    # A small original gives renditions of the same width: one candidate each.
    widths: dict[int, str] = {}
    for made in renditions:
        widths.setdefault(made.width, f"{made.url} {made.width}w")
    return ", ".join(widths.values())


def picture(image: CreditedImage | None, name: str) -> Picture | None:
    """The <picture> named `name` (a key of PICTURES) of `image`, or None without one."""
    if image is None:
        return None
    names = PICTURES[name]
    plain = [rendition(image, size) for size in names]
    webp = [rendition(image, f"{size}_webp") for size in names]
    return Picture(img=plain[-1], srcset=_srcset(plain), webp_srcset=_srcset(webp))
