"""Every editing screen an editor uses opens without error."""

import pytest
from django.urls import reverse
from wagtail.models import Site

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.images.factories import CreditedImageFactory

pytestmark = pytest.mark.django_db


def test_the_edit_screen_of_every_page_type_opens(editor_client, magazine):
    author = AuthorPageFactory()
    pages = [
        magazine.home,
        magazine.articles,
        magazine.sections,
        magazine.authors,
        magazine.formats["brief"],
        SectionPageFactory(),
        author,
        ArticlePageFactory(authors=[author]),
    ]
    for page in pages:
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, type(page).__name__


def test_an_editor_can_open_the_new_article_form(editor_client, magazine):
    url = reverse("wagtailadmin_pages:add", args=["articles", "articlepage", magazine.articles.pk])
    html = editor_client.get(url).content.decode()
    for field in ("dek", "format", "section", "hero_image", "article_authors-TOTAL_FORMS"):
        assert f'name="{field}"' in html, field


def test_site_settings_offer_every_setting(editor_client, magazine):
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    html = editor_client.get(url).content.decode()
    for field in ("name", "tagline", "postal_address", "newsletter_blurb"):
        assert f'name="{field}"' in html, field
    assert "Follow us" in html


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailimages:index",
        "wagtailimages:add",
        "wagtailsnippets_partners_partner:list",
        "wagtailsnippets_newsletter_roundupissue:list",
        "wagtailsnippets_newsletter_subscriber:list",
        "syndication_import",
        "newsletter_admin:import",
        "wagtailredirects:index",
    ],
)
def test_library_and_listing_screens_open(editor_client, magazine, url_name):
    CreditedImageFactory()
    assert editor_client.get(reverse(url_name)).status_code == 200
