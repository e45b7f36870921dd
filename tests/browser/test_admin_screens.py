"""The admin screens Masthead adds, in a real browser: adding an image with its
alt text and credit in one form, confirming a round-up send with the number of
readers, and every screen of ours checked with axe-core."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.conf import settings
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from masthead.articles.factories import ArticlePageFactory
from masthead.images.models import CreditedImage
from masthead.newsletter.factories import SubscriberFactory
from masthead.newsletter.models import RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft
from tests.images import hostile

from .conftest import DESKTOP
from .test_reader_journeys import AXE_TAGS, axe_report

# Two of Wagtail's own widgets that axe flags and we cannot label from outside:
# the drop zone's hidden-behind-a-button file input (#fileupload) and the
# tag field's text box drawn by jQuery tag-it. Everything else is checked.
WAGTAILS_UNLABELLED_WIDGETS = {"exclude": [["#fileupload"], [".ui-autocomplete-input"]]}

# Every running animation jumped to its end (an endless one cannot be, and stays).
ANIMATIONS_FINISHED = "document.getAnimations().forEach(a => { try { a.finish() } catch {} })"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def admin_page(new_page, reader_site, django_user_model):
    """A browser page signed in as an editor of the magazine."""
    editor = django_user_model.objects.create_superuser("chief", "chief@example.org", "pw")
    client = Client()
    client.force_login(editor)
    page = new_page(viewport=DESKTOP)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": reader_site,
            }
        ]
    )
    return page


@pytest.fixture
def photo_file(tmp_path):
    path = tmp_path / "IMG_0042.jpg"
    path.write_bytes(hostile.jpeg())
    return path


@pytest.fixture
def roundup(magazine):
    ArticlePageFactory(title="The pact, one week on")
    for number in range(3):
        SubscriberFactory(email=f"reader{number}@example.org")
    return roundup_draft()


def test_an_editor_adds_an_image_with_alt_text_and_credit_in_one_form(admin_page, photo_file):
    page = admin_page
    page.goto(reverse("wagtailimages:index"))
    page.get_by_role("link", name="Add an image").click()
    form = page.locator("#one-image-form")
    form.get_by_label("File").set_input_files(str(photo_file))
    form.get_by_label("Title").fill("Harbour cranes")
    form.get_by_role("button", name="Upload").click()
    # Nothing saved without the alt text and the credit; the form says which.
    expect(page.get_by_label("Alt text")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_label("Credit")).to_have_attribute("aria-invalid", "true")
    assert not CreditedImage.objects.exists()

    page.get_by_label("File").set_input_files(str(photo_file))
    page.get_by_label("Title").fill("Harbour cranes")
    page.get_by_label("Alt text").fill("Container cranes at a harbour at dawn")
    page.get_by_label("Credit").fill("Meridian photo/Ana Ruiz")
    page.get_by_role("button", name="Upload").click()
    expect(page).to_have_url(re.compile(re.escape(reverse("wagtailimages:index")) + "$"))
    image = CreditedImage.objects.get()
    assert (image.alt_text, image.credit) == (
        "Container cranes at a harbour at dawn",
        "Meridian photo/Ana Ruiz",
    )


def test_sending_now_asks_first_with_the_number_of_readers(admin_page, roundup):
    page = admin_page
    page.goto(reverse("newsletter_admin:send", args=[roundup.pk]))
    page.get_by_role("button", name="Send to every confirmed reader now…").click()
    expect(page.locator("#confirmation-summary")).to_contain_text("3 confirmed readers")
    page.get_by_role("link", name="Cancel").click()
    roundup.refresh_from_db()
    assert roundup.status == RoundupIssue.Status.DRAFT

    page.get_by_role("button", name="Send to every confirmed reader now…").click()
    page.get_by_role("button", name="Yes, send to 3 confirmed readers now").click()
    expect(page.get_by_text("Sending to 3 readers")).to_be_visible()
    roundup.refresh_from_db()
    assert roundup.status != RoundupIssue.Status.DRAFT


def test_axe_finds_no_wcag_a_or_aa_violations_on_the_admin_screens_we_add(admin_page, roundup):
    article = ArticlePageFactory(title="A draft for outside review", live=False)
    page = admin_page

    def send_confirmation(page):
        page.goto(reverse("newsletter_admin:send", args=[roundup.pk]))
        page.get_by_role("button", name="Send to every confirmed reader now…").click()
        expect(page.locator("#confirmation-summary")).to_be_visible()

    def image_upload_with_errors(page):
        page.goto(reverse("wagtailimages:add_multiple"))
        page.locator("#one-image-form").get_by_role("button", name="Upload").click()
        expect(page.get_by_label("Alt text")).to_have_attribute("aria-invalid", "true")

    visits = {
        "image upload": reverse("wagtailimages:add_multiple"),
        "image upload with errors": image_upload_with_errors,
        "round-up send page": reverse("newsletter_admin:send", args=[roundup.pk]),
        "round-up send confirmation": send_confirmation,
        "readers' import": reverse("newsletter_admin:import"),
        "draft links": reverse("desk_admin:draft_links", args=[article.pk]),
        "section editors": reverse("wagtailsnippets_desk_sectioneditor:list"),
        "import by URL": reverse("syndication_import"),
        "import history": reverse("syndication_import_history"),
        "most read": reverse("readership_most_read"),
        "scheduled jobs": reverse("scheduling_jobs"),
    }
    axe = Axe()
    for where, visit in visits.items():
        if callable(visit):
            visit(page)
        else:
            assert page.goto(visit).status == 200, where
        # Wagtail's messages fade in: judge the colours as they end up.
        page.evaluate(ANIMATIONS_FINISHED)
        results = axe.run(
            page,
            context=WAGTAILS_UNLABELLED_WIDGETS,
            options={"runOnly": {"type": "tag", "values": AXE_TAGS}},
        )
        violations = results.response["violations"]
        assert not violations, f"{where}\n" + axe_report(violations)
