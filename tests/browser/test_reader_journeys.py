"""What a reader does in a real browser: open teasers, follow links, read on a
phone, and use the site with assistive technology (checked with axe-core)."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from .conftest import DESKTOP, PHONE

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
STYLESHEET_LOADED = """[...document.styleSheets].some(
    sheet => (sheet.href || "").endsWith("/css/masthead.css") && sheet.cssRules.length > 50
)"""


def lead_teaser(page):
    return page.locator(".front-lead .teaser")


def press_tab_until_focused(page, target, limit=40):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
    raise AssertionError(f"{limit} presses of Tab never reached {target}")


def test_keep_reading_reveals_the_excerpt_in_place_and_show_less_hides_it_again(new_page, issue):
    page = new_page()
    page.goto("/")
    teaser = lead_teaser(page)
    summary = teaser.locator("summary")
    excerpt = teaser.locator(".teaser__excerpt")
    expect(excerpt).to_be_hidden()
    address = page.url

    summary.click()
    expect(excerpt).to_be_visible()
    expect(excerpt).to_have_text(issue.lead.teaser_text)
    assert summary.inner_text().startswith("Show less")

    summary.click()
    expect(excerpt).to_be_hidden()
    assert summary.inner_text().startswith("Keep reading")
    assert page.url == address


def test_keep_reading_opens_with_enter_and_closes_with_space_from_the_keyboard(new_page, issue):
    page = new_page()
    page.goto("/")
    teaser = lead_teaser(page)
    summary = teaser.locator("summary")
    excerpt = teaser.locator(".teaser__excerpt")
    address = page.url

    press_tab_until_focused(page, summary)
    page.keyboard.press("Enter")
    expect(excerpt).to_be_visible()
    assert summary.inner_text().startswith("Show less")

    page.keyboard.press("Space")
    expect(excerpt).to_be_hidden()
    assert summary.inner_text().startswith("Keep reading")
    assert page.url == address


def test_keep_reading_works_with_javascript_disabled(new_page, issue):
    page = new_page(java_script_enabled=False)
    page.goto("/")
    teaser = lead_teaser(page)
    excerpt = teaser.locator(".teaser__excerpt")

    teaser.get_by_text("Keep reading").click()
    expect(excerpt).to_be_visible()
    teaser.get_by_text("Show less").click()
    expect(excerpt).to_be_hidden()


def test_a_reader_goes_from_the_front_page_to_a_section_to_an_author_to_an_article(new_page, issue):
    page = new_page()
    page.goto("/")
    expect(page.locator(".front-lead h2")).to_have_text(issue.lead.title)

    page.get_by_role("navigation", name="Sections").get_by_role("link", name="Europe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Europe")
    assert page.url.endswith(issue.europe.url)

    river = page.locator(".river")
    river.locator(".byline").get_by_role("link", name=issue.author.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(issue.author.title)
    assert page.url.endswith(issue.author.url)

    page.get_by_role("link", name=issue.feature.title).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(issue.feature.title)
    assert page.url.endswith(issue.feature.url)


def test_an_article_on_a_phone_needs_no_sideways_scrolling_and_its_hero_image_fits(new_page, issue):
    page = new_page(viewport=PHONE)
    page.goto(issue.lead.url)
    hero = page.locator(".article__hero img")
    expect(hero).to_be_visible()
    page.wait_for_function(
        "image => image.complete && image.naturalWidth > 0", arg=hero.element_handle()
    )

    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    box = hero.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= PHONE["width"]


def axe_report(violations: list[dict]) -> str:
    lines = [f"axe-core found {len(violations)} WCAG A/AA violation(s):"]
    for violation in violations:
        lines.append(f"\n[{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"  {violation['helpUrl']}")
        for node in violation["nodes"]:
            lines.append(f"  - {' '.join(map(str, node['target']))}")
            lines.append(f"    {node['html'][:200]}")
            for summary_line in (node.get("failureSummary") or "").splitlines():
                lines.append(f"      {summary_line.strip()}")
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_reader_searches_from_an_articles_header_without_javascript(new_page, issue, viewport):
    page = new_page(viewport=viewport, java_script_enabled=False)
    page.goto(issue.feature.url)
    search_box = page.get_by_role("searchbox", name="Search the magazine")
    if not search_box.is_visible():  # behind a button on phones: a <details>, no script
        page.locator(".site-search__button").click()
    search_box.fill("Baltic corridors")
    search_box.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.locator(".search-count")).to_have_text("1 result for \u201cBaltic corridors\u201d")
    result = page.locator(".search-result")
    expect(result.get_by_role("link", name=issue.feature.title)).to_be_visible()
    expect(result.locator(".search-result__excerpt")).to_be_visible()
    # The thumbnail is shown small, at the size its sources were chosen for.
    thumbnail = result.locator(".search-result__picture")
    expect(thumbnail).to_be_visible()
    assert thumbnail.bounding_box()["width"] == 128  # 8rem


@pytest.mark.parametrize("where", ["front page", "article", "section", "author", "search"])
def test_axe_finds_no_wcag_a_or_aa_violations(new_page, issue, where):
    url = {
        "front page": "/",
        "article": issue.lead.url,
        "section": issue.europe.url,
        "author": issue.author.url,
        "search": "/search/?q=security",
    }[where]
    axe = Axe()
    for viewport in (PHONE, DESKTOP):
        page = new_page(viewport=viewport)
        page.goto(url)
        # Contrast is only checked for real if our stylesheet was served and applied.
        assert page.evaluate(STYLESHEET_LOADED), "masthead.css did not load"
        results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
        violations = results.response["violations"]
        assert not violations, f"{where} at {viewport['width']}px\n" + axe_report(violations)
