"""The favicon, the touch icon and the app icons, drawn with Pillow from the
site's logo, or, without one, from the magazine's initial on a coloured square.

Each icon is drawn once per version of what it is made from (the logo and its
file, the logo setting, the magazine's name) and kept in the default cache;
the responses carry the `settings` and the logo's `image-<id>` surrogate keys,
so the page cache forgets them when either changes.
"""

import hashlib
import io
from dataclasses import dataclass

from django.core.cache import caches
from django.http import HttpRequest
from PIL import Image, ImageDraw, ImageFont, ImageOps
from wagtail.models import Site

from masthead.core.models import SiteSettings
from masthead.core.surrogate_keys import SETTINGS, shows

from .logo import DEFAULT_THEME_COLOUR, SiteLogo
from .models import CreditedImage

FAVICON_SIZES = [(16, 16), (32, 32), (48, 48)]
TOUCH_ICON_SIZE = 180
APP_ICON_SIZES = (192, 512)
# Drawn large once, then scaled down for every size.
MASTER_SIZE = 512
CACHE_SECONDS = 7 * 24 * 3600
PAPER = "#fffefa"


@dataclass(frozen=True)
class Brand:
    """What the icons and the manifest are made from, for one site."""

    site_id: int | None
    name: str
    theme_colour: str
    logo: CreditedImage | None
    settings_version: object

    @property
    def version(self) -> tuple:
        logo = (self.logo.pk, self.logo.file.name, self.logo.updated_at) if self.logo else None
        return (self.site_id, self.name, self.theme_colour, logo, self.settings_version)

    def shows(self) -> None:
        """Name the keys of what the response shows, for the page cache."""
        shows(SETTINGS, self.logo)


def brand_for(request: HttpRequest) -> Brand:
    site = Site.find_for_request(request)
    site_settings = SiteSettings.objects.filter(site=site).first() if site else None
    logo_setting = (
        SiteLogo.objects.select_related("logo").filter(site=site).first() if site else None
    )
    return Brand(
        site_id=site.pk if site else None,
        name=site_settings.name if site_settings else "Masthead",
        theme_colour=logo_setting.theme_colour if logo_setting else DEFAULT_THEME_COLOUR,
        logo=logo_setting.logo if logo_setting else None,
        settings_version=(
            site_settings.updated_at if site_settings else None,
            logo_setting.updated_at if logo_setting else None,
        ),
    )


def initial_of(name: str) -> str:
    """The first letter of the name, past a leading "The" (The Meridian Review: M)."""
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    letters = [char for char in " ".join(words) if char.isalnum()]
    return letters[0].upper() if letters else "M"


def default_icon(name: str, colour: str, size: int = MASTER_SIZE) -> Image.Image:
    """The magazine's initial in paper colour on a square of its theme colour."""
    icon = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(icon)
    font = ImageFont.load_default(size=int(size * 0.62))
    draw.text((size / 2, size / 2), initial_of(name), fill=PAPER, font=font, anchor="mm")
    return icon


def logo_icon(logo: CreditedImage, size: int = MASTER_SIZE) -> Image.Image:
    """The logo centred on a white square (icons must be square and, for
    touch icons, opaque), keeping its proportions."""
    with logo.open_file() as file, Image.open(file) as source:
        source.load()
        picture = ImageOps.exif_transpose(source).convert("RGBA")
    picture.thumbnail((size, size), Image.Resampling.LANCZOS)
    icon = Image.new("RGB", (size, size), "#ffffff")
    offset = ((size - picture.width) // 2, (size - picture.height) // 2)
    icon.paste(picture, offset, picture)
    return icon


def _master(brand: Brand) -> Image.Image:
    if brand.logo is not None:
        try:
            return logo_icon(brand.logo)
        except (OSError, ValueError, Image.DecompressionBombError):
            pass  # a logo file gone missing or unreadable: the initial rather than an error
    return default_icon(brand.name, brand.theme_colour)


def _encode(brand: Brand, kind: str) -> bytes:
    master = _master(brand)
    buffer = io.BytesIO()
    if kind == "favicon":
        master.save(buffer, format="ICO", sizes=FAVICON_SIZES)
    else:
        size = TOUCH_ICON_SIZE if kind == "touch" else int(kind)
        master.resize((size, size), Image.Resampling.LANCZOS).save(
            buffer, format="PNG", optimize=True
        )
    return buffer.getvalue()


def icon_bytes(brand: Brand, kind: str) -> bytes:
    """The icon `kind` ("favicon", "touch", or an app icon size such as "192"),
    from the cache or drawn."""
    digest = hashlib.blake2b(repr(brand.version).encode(), digest_size=16).hexdigest()
    key = f"masthead:icon:{kind}:{digest}"
    cache = caches["default"]
    data = cache.get(key)
    if data is None:
        data = _encode(brand, kind)
        cache.set(key, data, CACHE_SECONDS)
    return data


def short_name(name: str) -> str:
    """A name for a home screen (12 characters at most): the name, or the
    name past a leading "The", or its first word (The Meridian Review: Meridian)."""
    if len(name) <= 12:
        return name
    words = name.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    rest = " ".join(words)
    return rest if len(rest) <= 12 else words[0][:12]
