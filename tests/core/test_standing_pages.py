"""The magazine's standing pages (About, Contact, Privacy, Terms) and the
footer that links them, search, the feeds and the round-up archive."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Site

from masthead.articles.factories import ArticlePageFactory, SectionPageFactory
from masthead.core import purge as purging
from masthead.core.factories import InformationPageFactory
from masthead.core.models import InformationPage, SiteSettings

pytestmark = pytest.mark.django_db


def site_settings() -> SiteSettings:
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def standing(magazine):
    """About, Contact, Privacy and Terms, chosen as the footer's links."""
    pages = {
        name: InformationPageFactory(title=title, slug=name)
        for name, title in [
            ("about", "About us"),
            ("contact", "Contact"),
            ("privacy", "Privacy"),
            ("terms", "Terms of use"),
        ]
    }
    chosen = site_settings()
    for name, page in pages.items():
        setattr(chosen, f"{name}_page", page)
    chosen.save()
    return pages


def footer_of(html: str) -> str:
    return html.split('<footer class="site-footer">')[1].split("</footer>")[0]


def footer_links(client, url: str = "/") -> list[tuple[str, str]]:
    response = client.get(url)
    assert response.status_code == 200
    footer = footer_of(response.content.decode())
    return re.findall(r'<a href="([^"]*)"[^>]*>([^<]*)</a>', footer)


def test_a_standing_page_shows_its_title_intro_and_text(client, magazine):
    page = InformationPageFactory(
        title="About us",
        intro="An independent review of foreign policy.",
        body="<h2>What we publish</h2><p>Analysis, opinion and <b>briefs</b>.</p>",
    )
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>About us</h1>" in html
    assert "An independent review of foreign policy." in html
    assert "<h2>What we publish</h2><p>Analysis, opinion and <b>briefs</b>.</p>" in html
    assert f"page-{page.pk}" in response["xkey"].split()


def test_a_contact_page_prints_the_postal_address_from_the_site_settings(client, magazine):
    chosen = site_settings()
    chosen.postal_address = "14 Lantern Quay\nPort Elwyn"
    chosen.save()
    page = InformationPageFactory(title="Contact", show_postal_address=True)
    html = client.get(page.url).content.decode()
    main = html.split("<main")[1].split("</main>")[0]
    assert "14 Lantern Quay<br>Port Elwyn" in main
    other = InformationPageFactory(title="Terms")
    assert "Lantern Quay" not in client.get(other.url).content.decode().split("</main>")[0]


def test_a_standing_page_can_be_added_under_the_front_page_only(magazine):
    assert InformationPage.can_create_at(magazine.home)
    assert not InformationPage.can_create_at(magazine.sections)
    assert not InformationPage.can_create_at(magazine.articles)
    about = InformationPageFactory(title="About")
    assert not about.can_move_to(magazine.sections)
    assert not InformationPage.can_create_at(about)


def test_the_footer_links_the_standing_pages_search_feeds_and_round_up_archive(client, standing):
    links = footer_links(client)
    assert links[:4] == [
        ("/about/", "About us"),
        ("/contact/", "Contact"),
        ("/privacy/", "Privacy"),
        ("/terms/", "Terms of use"),
    ]
    hrefs = {href for href, _ in links}
    assert reverse("search:search") in hrefs
    assert reverse("newsletter:archive") in hrefs
    for feed_format in ("rss", "atom", "json"):
        assert reverse("syndication:feed", kwargs={"feed_format": feed_format}) in hrefs
    for href in hrefs - {"/about/", "/contact/", "/privacy/", "/terms/"}:
        if href.startswith("/"):
            assert client.get(href).status_code == 200, href


def test_the_footer_of_a_standing_page_links_the_others(client, standing):
    titles = [title for _, title in footer_links(client, standing["privacy"].url)]
    assert {"About us", "Contact", "Privacy", "Terms of use"} <= set(titles)


def test_the_footer_leaves_out_an_unpublished_page_but_names_it_for_the_cache(client, standing):
    standing["terms"].unpublish()
    response = client.get("/")
    assert "Terms of use" not in footer_of(response.content.decode())
    # Publishing it again must purge the pages whose footer will link it.
    assert f"page-{standing['terms'].pk}" in response["xkey"].split()


def test_a_renamed_about_page_shows_in_the_footer_of_other_pages_with_fragments_warm(
    client, standing
):
    article = ArticlePageFactory(section=SectionPageFactory(title="Europe"))
    for url in ["/", article.url]:
        client.get(url)  # the footers are kept drawn
    about = InformationPage.objects.get(pk=standing["about"].pk)
    about.title = "Who we are"
    about.slug = "who-we-are"
    about.save_revision().publish()
    for url in ["/", article.url]:
        links = footer_links(client, url)
        assert ("/who-we-are/", "Who we are") in links
        assert all(title != "About us" for _, title in links)


def test_publishing_or_unpublishing_a_footer_page_purges_the_pages_showing_the_footer(
    client, standing, settings, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_CACHE_PURGER = "memory"
    purging.memory_purges.clear()
    front_keys = set(client.get("/").headers["xkey"].split())
    privacy = InformationPage.objects.get(pk=standing["privacy"].pk)
    with django_capture_on_commit_callbacks(execute=True):
        privacy.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        privacy.save_revision().publish()
    purges = [keys for keys, _urls in purging.memory_purges]
    purging.memory_purges.clear()
    assert len(purges) == 2
    assert all(keys & front_keys for keys in purges)


def test_the_footer_takes_no_query_per_standing_page(client, magazine, settings):
    settings.MASTHEAD_FRAGMENT_SECONDS = 0  # the footer drawn on every render
    InformationPageFactory(title="About", slug="about")
    chosen = site_settings()
    chosen.about_page = InformationPage.objects.get(slug="about")
    chosen.save()
    client.get("/")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/").status_code == 200
        return len(captured)

    one = queries()
    chosen = site_settings()
    for name in ("contact", "privacy", "terms"):
        setattr(chosen, f"{name}_page", InformationPageFactory(title=name.title(), slug=name))
    chosen.save()
    client.get("/")
    assert queries() == one
    assert len(footer_links(client)) >= 4 + 5


def test_an_editor_adds_a_standing_page_under_the_front_page_and_chooses_it(
    editor_client, magazine
):
    add = reverse("wagtailadmin_pages:add", args=["core", "informationpage", magazine.home.pk])
    html = editor_client.get(add).content.decode()
    for field in ("title", "intro", "body", "show_postal_address", "search_description"):
        assert f'name="{field}"' in html, field
    elsewhere = reverse(
        "wagtailadmin_pages:add", args=["core", "informationpage", magazine.sections.pk]
    )
    assert editor_client.get(elsewhere).status_code in (302, 403)  # refused, not the form
    site = Site.objects.get(is_default_site=True)
    settings_html = editor_client.get(
        reverse("wagtailsettings:edit", args=["core", "sitesettings", site.pk])
    ).content.decode()
    for field in ("about_page", "contact_page", "privacy_page", "terms_page"):
        assert f'name="{field}"' in settings_html, field
