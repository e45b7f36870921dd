"""The front page's share card in a magazine with no pieces yet: with no lead
to show, it shows the magazine's own card. (In test_share_metadata.py every
test shares pieces, and the newest would lead.)"""

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Site

from masthead.core.models import SiteSettings

from .pages import html_of, og

pytestmark = pytest.mark.django_db

TAGLINE = "Independent analysis of foreign policy, every week."


@pytest.fixture
def site_settings(magazine):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "The Meridian Review"
    settings.tagline = TAGLINE
    settings.save()
    return settings


def test_a_front_page_without_a_picture_shows_the_magazine_card(client, site_settings):
    html = html_of(client, "/")
    assert og(html, "image") == "http://testserver/static/images/share-card.png"
    assert finders.find("images/share-card.png")
