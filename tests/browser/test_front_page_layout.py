"""The front page of a full magazine (the demo's) in a real browser: how long it
is on a phone, that no piece appears twice, and the sections menu, which folds
into a disclosure on phones and works from the keyboard without JavaScript."""

from collections import Counter
from urllib.parse import urlparse

import pytest
from django.core.cache import cache
from playwright.sync_api import expect
from wagtail.models import Site

from masthead.demo.builder import demo_magazine_build
from tests.magazine import structure_remove

from .conftest import DESKTOP
from .test_reader_journeys import press_tab_until_focused

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# The phone the front page is measured on, and how many of its screens it may take.
PHONE_390 = {"width": 390, "height": 844}
PHONE_SCREENS = 8
DESKTOP_SCREENS = 3.3  # about three (2,938 px in the demo)


@pytest.fixture
def demo_site(live_server, browser):
    """The demo magazine, built from empty (as `make demo` does), answering on
    the live server. Asks for `browser` first, so it is skipped without Chromium."""
    structure_remove()
    demo_magazine_build()
    address = urlparse(live_server.url)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = address.hostname, address.port
    site.save()
    cache.clear()
    return live_server.url


def open_front_page(browser, base_url, viewport, **options):
    context = browser.new_context(base_url=base_url, viewport=viewport, **options)
    page = context.new_page()
    page.goto("/")
    return page


def test_the_demo_front_page_fits_eight_phone_screens_and_shows_no_piece_twice(browser, demo_site):
    """The most-read rail (issue 9) has a budget of its own: at most one phone
    screen more. It is a ranking of headlines, not teasers, and may name
    pieces shown above it."""
    phone = open_front_page(browser, demo_site, PHONE_390)
    page_height = "document.documentElement.scrollHeight"
    with_rail = phone.evaluate(page_height)
    phone.locator(".most-read").evaluate("rail => rail.remove()")
    height = phone.evaluate(page_height)
    rail = with_rail - height
    assert rail <= PHONE_390["height"], f"the most-read rail takes {rail}px on a 390px phone"
    assert height <= PHONE_SCREENS * PHONE_390["height"], f"{height}px on a 390px phone"
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE_390["width"]

    teasers = phone.locator("main .teaser__headline a")
    addresses = Counter(teasers.evaluate_all("links => links.map(link => link.pathname)"))
    twice = {address: count for address, count in addresses.items() if count > 1}
    assert not twice, f"shown more than once: {twice}"
    assert len(addresses) >= 34  # as many pieces as the old front page, or more
    assert phone.locator(".front-partners .teaser").count() >= 1
    expect(phone.locator("main a[href='/newsletter/archive/']")).to_be_visible()

    desktop = open_front_page(browser, demo_site, DESKTOP)
    height = desktop.evaluate("document.documentElement.scrollHeight")
    assert height <= DESKTOP_SCREENS * DESKTOP["height"], f"{height}px on a desktop"


def test_the_sections_menu_opens_from_the_keyboard_without_javascript(browser, reader_site, issue):
    page = open_front_page(browser, reader_site, PHONE_390, java_script_enabled=False)
    menu = page.get_by_role("navigation", name="Sections")
    summary = menu.locator("summary")
    europe = menu.get_by_role("link", name="Europe")
    expect(summary).to_be_visible()
    expect(europe).to_be_hidden()

    press_tab_until_focused(page, summary)
    page.keyboard.press("Enter")
    expect(europe).to_be_visible()
    page.keyboard.press("Tab")
    expect(menu.get_by_role("link").first).to_be_focused()

    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    expect(europe).to_be_hidden()


def test_on_a_desktop_the_sections_are_an_open_list_without_a_menu_button(
    browser, reader_site, issue
):
    page = open_front_page(browser, reader_site, DESKTOP, java_script_enabled=False)
    menu = page.get_by_role("navigation", name="Sections")
    expect(menu.locator("summary")).to_be_hidden()
    for section in ("Europe", "Africa", "Security"):
        expect(menu.get_by_role("link", name=section)).to_be_visible()
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 200
