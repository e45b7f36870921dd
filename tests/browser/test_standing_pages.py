"""A reader finds the About page from the footer, reads it without an
accessibility violation, and the browser finds the magazine's icons."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Site

from masthead.core.factories import InformationPageFactory
from masthead.core.models import SiteSettings

from .conftest import DESKTOP, PHONE
from .test_reader_journeys import AXE_TAGS, STYLESHEET_LOADED, axe_report

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def about(magazine):
    chosen = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    chosen.postal_address = "14 Lantern Quay\nPort Elwyn"
    chosen.about_page = InformationPageFactory(
        title="About us",
        slug="about",
        intro="An independent review of foreign policy.",
        body="<h2>What we publish</h2><ul><li>Analysis</li><li>Opinion</li></ul>"
        '<p>Write to <a href="mailto:editors@example.org">the editors</a>.</p>',
        show_postal_address=True,
    )
    chosen.privacy_page = InformationPageFactory(title="Privacy", slug="privacy")
    chosen.save()
    return chosen.about_page


def test_a_reader_follows_the_footer_to_the_about_page_and_axe_finds_nothing(new_page, about):
    axe = Axe()
    for viewport in (PHONE, DESKTOP):
        page = new_page(viewport=viewport)
        page.goto("/")
        page.locator(".site-footer").get_by_role("link", name="About us").click()
        page.wait_for_url("**/about/")
        assert page.get_by_role("heading", level=1).inner_text() == "About us"
        assert page.evaluate(STYLESHEET_LOADED), "masthead.css did not load"
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        violations = results.response["violations"]
        assert not violations, f"About at {viewport['width']}px\n" + axe_report(violations)


def test_the_browser_finds_the_favicon_touch_icon_and_manifest(new_page, about):
    page = new_page()
    page.goto(about.url)
    for selector, content_type in [
        ('link[rel="icon"]', "image/x-icon"),
        ('link[rel="apple-touch-icon"]', "image/png"),
        ('link[rel="manifest"]', "application/manifest+json"),
    ]:
        href = page.locator(selector).get_attribute("href")
        response = page.request.get(href)
        assert response.status == 200, href
        assert response.headers["content-type"] == content_type
