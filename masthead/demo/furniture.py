"""The demo magazine's furniture: its standing pages (About, Contact, Privacy,
Terms, from content/standing_pages.toml), the footer links to them, and a logo
drawn with Pillow, from which the favicon and app icons are made.

Idempotent like the rest of the demo: what exists is left as it is, so an
editor's changes survive a second build.
"""

import io
import tomllib

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw
from wagtail.models import Page, Site

from masthead.core.factories import InformationPageFactory
from masthead.core.models import InformationPage, SiteSettings
from masthead.images.factories import CreditedImageFactory
from masthead.images.models import CreditedImage, SiteLogo

from .content import CONTENT_DIR

LOGO_TITLE = "demo: logo"
INK, PAPER, ACCENT = "#1b1b1b", "#fffefa", "#9e1b1b"


def standing_pages_load() -> list[dict]:
    with (CONTENT_DIR / "standing_pages.toml").open("rb") as file:
        return tomllib.load(file)["pages"]


def _standing_page(home: Page, data: dict) -> InformationPage:
    existing = InformationPage.objects.child_of(home).filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    return InformationPageFactory(
        parent=home,
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        body=data["body"].strip(),
        search_description=data["search_description"],
        show_postal_address=data.get("show_postal_address", False),
    )


def draw_logo(size: int = 512) -> Image.Image:
    """A globe crossed by one meridian, in the magazine's red on paper."""
    logo = Image.new("RGB", (size, size), PAPER)
    draw = ImageDraw.Draw(logo)
    margin, line = size // 8, max(2, size // 24)
    box = (margin, margin, size - margin, size - margin)
    draw.ellipse(box, outline=INK, width=line)
    for fraction in (1 / 3, 1 / 2, 2 / 3):  # parallels
        y = margin + (size - 2 * margin) * fraction
        half = ((size / 2 - margin) ** 2 - (y - size / 2) ** 2) ** 0.5
        draw.line((size / 2 - half, y, size / 2 + half, y), fill=INK, width=line // 2)
    inner = size // 5
    draw.ellipse(
        (inner + margin, margin, size - inner - margin, size - margin), outline=ACCENT, width=line
    )
    draw.line((size / 2, margin, size / 2, size - margin), fill=ACCENT, width=line)
    return logo


def demo_logo() -> CreditedImage:
    existing = CreditedImage.objects.filter(title=LOGO_TITLE).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    draw_logo().save(buffer, format="JPEG", quality=92)
    return CreditedImageFactory(
        title=LOGO_TITLE,
        file=ContentFile(buffer.getvalue(), name="logo.jpg"),
        alt_text="The Meridian Review's logo: a globe crossed by a red meridian",
        caption="",
        credit="The Meridian Review",
        licence="staff",
    )


def demo_furniture_build(home: Page) -> list[InformationPage]:
    """The standing pages under `home`, linked from the footer; the logo set."""
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    pages = []
    for data in standing_pages_load():
        page = _standing_page(home, data)
        field = f"{data['footer']}_page"
        if getattr(site_settings, f"{field}_id") is None:
            setattr(site_settings, field, page)
        pages.append(page)
    site_settings.save()
    logo_setting = SiteLogo.for_site(site)
    if logo_setting.logo_id is None:
        logo_setting.logo = demo_logo()
        logo_setting.save()
    return pages
