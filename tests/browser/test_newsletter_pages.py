"""The newsletter in a real browser: subscribing without JavaScript or cookies,
being told why an address was refused, and the pages checked with axe-core."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from masthead.newsletter.factories import SubscriberFactory
from masthead.newsletter.models import RoundupIssue, Subscriber
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.tokens import manage_token

from .conftest import DESKTOP, PHONE
from .test_reader_journeys import AXE_TAGS, STYLESHEET_LOADED, axe_report

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

NOT_AN_ADDRESS = "That does not look like an email address"


def signup_box(page):
    return page.get_by_role("region", name="The weekly round-up")


def test_a_reader_subscribes_from_an_article_without_javascript_or_cookies(new_page, issue):
    page = new_page(java_script_enabled=False)
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(issue.lead.url)

    box = signup_box(page)
    box.get_by_label("Email address").fill("amara@example.org")
    box.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your inbox")

    (message,) = mail.outbox
    assert message.to == ["amara@example.org"]
    link = re.search(r"https?://\S+/newsletter/confirm/\S+/", message.body).group(0)
    assert link.startswith(page.url.split("/newsletter/")[0])  # our own site, not testserver
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING

    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your subscription")
    page.get_by_role("button", name="Yes, send me the round-up").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You are subscribed")
    expect(page.get_by_role("main")).to_contain_text("amara@example.org")

    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    assert subscriber.source == "signup-box"
    assert page.context.cookies() == []
    assert [r.url for r in responses if r.header_value("set-cookie")] == []


def test_a_refused_address_is_explained_next_to_the_field(new_page, issue):
    page = new_page()
    page.goto(issue.lead.url)
    field = signup_box(page).get_by_label("Email address")

    # The box keeps the browser's own check: an obvious slip is caught on the
    # article itself, in the browser's words, without leaving the page.
    field.fill("amara at example.org")
    field.press("Enter")
    assert field.evaluate("input => input.validity.typeMismatch")
    assert page.url.endswith(issue.lead.url)

    # What the browser accepts but we do not reaches the signup page, which
    # explains it beside the field, keeps what was typed and puts the cursor there.
    field.fill("amara@example")
    field.press("Enter")
    expect(page).to_have_title(re.compile(r"^Error: The weekly round-up"))
    field = page.locator("main").get_by_label("Email address")
    expect(field).to_have_accessible_description(re.compile(NOT_AN_ADDRESS))
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_have_value("amara@example")
    expect(field).to_be_focused()
    expect(page.locator(".field-error")).to_be_visible()

    # The signup page leaves checking to us (novalidate), so every slip there
    # gets the same explanation.
    field.fill("amara at example.org")
    field.press("Enter")
    expect(field).to_have_accessible_description(re.compile(NOT_AN_ADDRESS))
    expect(field).to_have_value("amara at example.org")
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_axe_finds_no_wcag_a_or_aa_violations_on_the_newsletter_pages(new_page, issue):
    subscriber = SubscriberFactory(email="amara@example.org")
    roundup = roundup_draft()
    roundup.status, roundup.sent_at = RoundupIssue.Status.SENT, timezone.now()
    roundup.save()

    def signup_page_with_an_error(page):
        page.goto(reverse("newsletter:subscribe"))
        page.locator("main").get_by_label("Email address").fill("amara@example")
        page.locator("main").get_by_role("button", name="Subscribe").click()
        expect(page.locator(".field-error")).to_be_visible()

    preferences = reverse("newsletter:preferences", args=[manage_token(subscriber.pk)])

    def preferences_with_an_error(page):
        page.goto(preferences)
        page.get_by_label("Only the sections I choose").check()
        page.get_by_role("button", name="Save my choice").click()
        expect(page.get_by_role("group", name="Sections")).to_have_accessible_description(
            "Choose at least one section, or the whole round-up."
        )

    visits = {
        "signup page": reverse("newsletter:subscribe"),
        "signup page with an error": signup_page_with_an_error,
        "preferences": preferences,
        "preferences with an error": preferences_with_an_error,
        "archive": reverse("newsletter:archive"),
        "round-up in the archive": roundup.get_absolute_url(),
    }
    axe = Axe()
    for viewport in (PHONE, DESKTOP):
        page = new_page(viewport=viewport)
        for where, visit in visits.items():
            if callable(visit):
                visit(page)
            else:
                page.goto(visit)
            assert page.evaluate(STYLESHEET_LOADED), "masthead.css did not load"
            assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
            results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
            violations = results.response["violations"]
            assert not violations, f"{where} at {viewport['width']}px\n" + axe_report(violations)
