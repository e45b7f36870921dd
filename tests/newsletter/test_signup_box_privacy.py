"""The signup box says what we keep and links the privacy page beside it."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from masthead.core.factories import InformationPageFactory
from masthead.core.models import SiteSettings

pytestmark = pytest.mark.django_db


def signup_box_of(html: str) -> str:
    return html.split('<section class="signup-box')[1].split("</section>")[0]


@pytest.fixture
def privacy(magazine):
    page = InformationPageFactory(title="Privacy", slug="privacy")
    chosen = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    chosen.privacy_page = page
    chosen.save()
    return page


def test_the_signup_box_links_the_privacy_page_next_to_its_consent_sentence(client, privacy):
    response = client.get("/")
    box = signup_box_of(response.content.decode())
    note = box.split('class="signup-box__note">')[1].split("</p>")[0]
    assert "We keep a record of your consent" in note
    assert '<a href="/privacy/">How we handle your address</a>' in note
    # Moving or unpublishing the privacy page must purge the pages printing the link.
    assert f"page-{privacy.pk}" in response["xkey"].split()


def test_the_signup_page_links_the_privacy_page_too(client, privacy):
    html = client.get(reverse("newsletter:subscribe")).content.decode()
    assert '<a href="/privacy/">How we handle your address</a>' in html.split("<main")[1]


def test_without_a_live_privacy_page_the_signup_box_links_none(client, privacy):
    privacy.unpublish()
    box = signup_box_of(client.get("/").content.decode())
    assert "We keep a record of your consent" in box
    assert "/privacy/" not in box


def test_without_a_chosen_privacy_page_the_signup_box_links_none(client, magazine):
    InformationPageFactory(title="Privacy", slug="privacy")
    box = signup_box_of(client.get("/").content.decode())
    assert "How we handle your address" not in box
