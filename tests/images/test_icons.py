"""The favicon, touch icon, app icons and web app manifest: drawn from the
site's logo, or from the magazine's initial when there is none; shared like
any public page, and forgotten by the page cache when the logo or the site
settings change."""

import io
import json

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from PIL import Image
from wagtail.models import Site

from masthead.core import purge as purging
from masthead.core.models import SiteSettings
from masthead.images.factories import CreditedImageFactory
from masthead.images.icons import initial_of, short_name
from masthead.images.models import SiteLogo

pytestmark = pytest.mark.django_db

ICONS = [
    ("/favicon.ico", "image/x-icon", "ICO", (48, 48)),
    ("/apple-touch-icon.png", "image/png", "PNG", (180, 180)),
    ("/icon-192.png", "image/png", "PNG", (192, 192)),
    ("/icon-512.png", "image/png", "PNG", (512, 512)),
]


def square_logo(colour: str = "#1c4f82", size=(300, 200)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def logo(magazine):
    image = CreditedImageFactory(
        title="Logo", file=ContentFile(square_logo(), name="logo.png"), alt_text="Our logo"
    )
    setting = SiteLogo.for_site(Site.objects.get(is_default_site=True))
    setting.logo = image
    setting.save()
    return image


def picture_of(response) -> Image.Image:
    return Image.open(io.BytesIO(response.content))


def centre_colour(response) -> tuple:
    picture = picture_of(response).convert("RGB")
    return picture.getpixel((picture.width // 2, picture.height // 2))


@pytest.mark.parametrize(("url", "content_type", "kind", "size"), ICONS)
@pytest.mark.parametrize("with_logo", [False, True])
def test_each_icon_answers_with_its_type_and_size(
    client, magazine, request, url, content_type, kind, size, with_logo
):
    if with_logo:
        request.getfixturevalue("logo")
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    picture = picture_of(response)
    assert picture.format == kind
    assert picture.size == size


def test_the_favicon_holds_the_small_sizes_browsers_pick_from(client, magazine):
    picture = picture_of(client.get("/favicon.ico"))
    assert {(16, 16), (32, 32), (48, 48)} <= set(picture.info["sizes"])


def test_the_icons_are_drawn_from_the_logo(client, magazine, logo):
    assert centre_colour(client.get("/apple-touch-icon.png")) == (0x1C, 0x4F, 0x82)


def test_without_a_logo_the_icon_is_the_theme_colour_with_the_initial(client, magazine):
    corner = picture_of(client.get("/icon-512.png")).convert("RGB").getpixel((4, 4))
    assert corner == (0x9E, 0x1B, 0x1B)
    assert initial_of("The Meridian Review") == "M"
    assert initial_of("observer") == "O"


def test_a_new_logo_shows_on_the_next_request(client, magazine, logo):
    client.get("/apple-touch-icon.png")
    setting = SiteLogo.for_site(Site.objects.get(is_default_site=True))
    setting.logo = CreditedImageFactory(file=ContentFile(square_logo("#1e6b34"), name="n.png"))
    setting.save()
    assert centre_colour(client.get("/apple-touch-icon.png")) == (0x1E, 0x6B, 0x34)


def test_the_manifest_names_the_magazine_its_icons_and_theme_colour(client, magazine):
    chosen = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    chosen.name = "The Meridian Review"
    chosen.save()
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == "The Meridian Review"
    assert manifest["short_name"] == "Meridian"
    assert manifest["theme_color"] == "#9e1b1b"
    assert manifest["start_url"] == "/"
    icons = {icon["sizes"]: icon["src"] for icon in manifest["icons"]}
    assert icons == {"192x192": "/icon-192.png", "512x512": "/icon-512.png"}
    for src in icons.values():
        assert client.get(src).status_code == 200


def test_a_short_name_fits_a_home_screen():
    assert short_name("Masthead") == "Masthead"
    assert short_name("The Meridian Review") == "Meridian"
    assert short_name("The Review") == "The Review"
    assert short_name("Foreign Affairs and Security Quarterly") == "Foreign"
    assert short_name("Internationalist") == "Internationa"


def test_an_icon_of_another_size_is_not_found(client, magazine):
    assert client.get("/icon-100.png").status_code == 404


@pytest.mark.parametrize("url", [url for url, *_ in ICONS] + ["/manifest.webmanifest"])
def test_icons_and_manifest_are_shared_like_pages_and_set_no_cookie(client, logo, url):
    response = client.get(url)
    assert "public" in response["Cache-Control"]
    assert "s-maxage" in response["Cache-Control"]
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert {"settings", f"image-{logo.pk}"} <= set(response["xkey"].split())


@pytest.mark.parametrize("change", ["logo setting", "site settings"])
def test_changing_the_logo_or_the_site_settings_purges_the_icons(
    client, logo, settings, change, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_CACHE_PURGER = "memory"
    purging.memory_purges.clear()
    keys = set(client.get("/favicon.ico")["xkey"].split())
    site = Site.objects.get(is_default_site=True)
    setting = SiteLogo.for_site(site) if change == "logo setting" else SiteSettings.for_site(site)
    with django_capture_on_commit_callbacks(execute=True):
        setting.save()
    purged = set().union(*(purged_keys for purged_keys, _ in purging.memory_purges))
    purging.memory_purges.clear()
    assert keys & purged


def test_the_pages_link_the_icons_and_the_manifest(client, magazine):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/favicon.ico">' in html
    assert '<link rel="apple-touch-icon" href="/apple-touch-icon.png">' in html
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html


def test_an_editor_chooses_the_logo_in_the_settings(editor_client, magazine):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["images", "sitelogo", site.pk])
    html = editor_client.get(url).content.decode()
    assert 'name="logo"' in html and 'name="theme_colour"' in html
