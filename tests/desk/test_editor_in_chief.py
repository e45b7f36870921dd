"""The editor-in-chief publishes anything and opens every screen of the desk."""

import pytest
from django.urls import reverse

from tests.articles.admin_forms import article_edit_url, publish

from .admin import offers_publish, site_settings_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(member):
    return member("Editor-in-chief")


@pytest.mark.parametrize("section", ["europe", "asia"])
def test_the_editor_in_chief_publishes_a_piece_of_any_section(chief, draft, section):
    piece = draft(section)
    assert offers_publish(chief, piece)
    publish(chief, piece)
    piece.refresh_from_db()
    assert piece.live


def test_the_editor_in_chief_edits_the_front_page_and_sections(chief, magazine, sections):
    for page in (magazine.home, magazine.sections, sections["europe"]):
        assert chief.get(article_edit_url(page)).status_code == 200, page.title


@pytest.mark.parametrize(
    "url",
    [
        lambda: site_settings_url("core", "sitesettings"),
        lambda: site_settings_url("images", "sitelogo"),
        lambda: reverse("wagtailimages:add"),
        lambda: reverse("wagtaildocs:add"),
        lambda: reverse("wagtailsnippets_partners_partner:list"),
        lambda: reverse("wagtailsnippets_newsletter_roundupissue:list"),
        lambda: reverse("wagtailsnippets_newsletter_subscriber:list"),
        lambda: reverse("newsletter_admin:import"),
        lambda: reverse("wagtailsnippets_desk_sectioneditor:list"),
        lambda: reverse("wagtailsnippets_desk_sectioneditor:add"),
        lambda: reverse("syndication_import"),
    ],
    ids=[
        "site settings",
        "logo",
        "image upload",
        "document upload",
        "partners",
        "round-ups",
        "readers",
        "readers' import",
        "section editors",
        "naming a section editor",
        "partner import",
    ],
)
def test_the_editor_in_chief_opens_every_screen_of_the_desk(chief, magazine, url):
    assert chief.get(url()).status_code == 200
