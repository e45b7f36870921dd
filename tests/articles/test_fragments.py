"""Pages drawn from kept fragments (core/fragments.py) show every edit on the
next uncached render, and are byte for byte the pages drawn without them.

Every test here runs with the same piece, built once for the module; a test
that edits one of its rows fetches its own copy first."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction, Site

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import ArticleCorrection, ArticlePage, AuthorPage, SectionPage
from masthead.core import fragments
from masthead.core.models import SiteSettings
from masthead.images.factories import CreditedImageFactory
from masthead.images.models import CreditedImage
from masthead.partners.factories import PartnerFactory

from .pages import html_of, json_ld_of

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def piece(shared_rows):
    with shared_rows():
        yield piece_build()


def piece_build():
    """An article with an author and a credited picture, listed on the front
    page, its section and its author's page, with a neighbour for "Related"."""
    section = SectionPageFactory(title="Europe")
    author = AuthorPageFactory(title="Ines Moreau")
    neighbour = ArticlePageFactory(title="The grain corridor", section=section, authors=[author])
    article = ArticlePageFactory(
        title="The budget vote",
        section=section,
        authors=[author],
        hero_image=CreditedImageFactory(credit="Agency photo"),
    )
    article.neighbour = neighbour
    return article


def pages_of(article) -> list[str]:
    return ["/", article.url, article.section.url, article.authors[0].url, article.neighbour.url]


@pytest.fixture
def warm(client, piece):
    """Every page drawn once: their fragments are in the cache."""
    for url in pages_of(piece):
        html_of(client, url)
    return piece


def teasers_html(client, article) -> list[str]:
    """The front page, section and author page, where the article is a teaser."""
    return [html_of(client, url) for url in ["/", article.section.url, article.authors[0].url]]


def test_a_published_correction_shows_on_the_article(client, warm):
    article = ArticlePage.objects.get(pk=warm.pk)
    article.corrections.add(
        ArticleCorrection(corrected_on=datetime.date(2026, 11, 21), text="The vote was on Tuesday.")
    )
    article.save_revision().publish()
    assert "The vote was on Tuesday." in html_of(client, warm.url).split('class="corrections"')[1]


def test_an_authors_new_name_shows_in_teasers_bylines_and_bios(client, warm):
    author = AuthorPage.objects.get(pk=warm.authors[0].pk)
    author.title = "Inès Moreau-Laurent"
    author.save_revision().publish()
    for html in [*teasers_html(client, warm), html_of(client, warm.url)]:
        assert "Inès Moreau-Laurent" in html
        assert "Ines Moreau<" not in html
    data, _breadcrumbs = json_ld_of(html_of(client, warm.url))
    assert data["author"][0]["name"] == "Inès Moreau-Laurent"


def test_new_site_settings_show_in_the_header_and_footer(client, warm):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.name = "The Meridian Review"
    site_settings.postal_address = "1 Example Row"
    site_settings.navigation = [("link", {"page": warm.section, "label": ""})]
    site_settings.save()
    for url in pages_of(warm):
        html = html_of(client, url)
        header = html.split('<header class="site-header">')[1].split("</header>")[0]
        assert "The Meridian Review" in header
        assert 'href="/sections/europe/">Europe</a>' in header
        assert "1 Example Row" in html.split('<footer class="site-footer">')[1]


def test_a_page_in_the_navigation_shows_its_new_title_in_the_header(client, warm):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.navigation = [("link", {"page": warm.section, "label": ""})]
    site_settings.save()
    html_of(client, "/")
    section = SectionPage.objects.get(pk=warm.section_id)
    section.title = "Europe and Eurasia"
    section.save_revision().publish()
    header = html_of(client, "/").split('<header class="site-header">')[1]
    assert ">Europe and Eurasia</a>" in header.split("</header>")[0]


def test_a_pictures_new_credit_shows_on_the_article_and_in_teasers(client, warm):
    image = CreditedImage.objects.get(pk=warm.hero_image_id)
    image.credit = "Photo: Kenji Sato"
    image.save()
    article = html_of(client, warm.url)
    assert "Photo: Kenji Sato" in article.split('<figure class="article__hero">')[1]
    assert json_ld_of(article)[0]["image"]["creditText"] == "Photo: Kenji Sato"
    for html in teasers_html(client, warm):
        assert "Photo: Kenji Sato" in html
        assert "Agency photo" not in html


def test_a_renamed_section_shows_in_every_kicker(client, warm):
    section = SectionPage.objects.get(pk=warm.section_id)
    section.title = "Europe and Eurasia"
    section.save_revision().publish()
    kicker = 'class="kicker__section" href="/sections/europe/">Europe and Eurasia</a>'
    for html in teasers_html(client, warm):
        assert kicker in html
    article = html_of(client, warm.url)
    assert kicker in article.split('<header class="article__header">')[1].split("</header>")[0]
    assert '<meta property="article:section" content="Europe and Eurasia">' in article


def test_a_linked_page_with_a_new_address_is_linked_there(client, magazine):
    target = SectionPageFactory(title="Africa")
    body = [("paragraph", f'<p>See <a linktype="page" id="{target.pk}">Africa</a>.</p>')]
    article = ArticlePageFactory(body=body, authors=[AuthorPageFactory()])
    assert 'href="/sections/africa/"' in html_of(client, article.url)
    target.slug = "africa-and-the-sahel"
    target.save_revision().publish()
    assert 'href="/sections/africa-and-the-sahel/"' in html_of(client, article.url)


def test_a_partners_new_terms_show_on_its_republished_piece(client, magazine):
    partner = PartnerFactory(name="The Ledger", permission_scope="Columns")
    article = ArticlePageFactory(
        partner=partner, original_url="https://ledger.example/a", format_kind="republished"
    )
    assert "Terms: columns." in html_of(client, article.url)
    partner.permission_scope = "Columns, with a link back"
    partner.save()
    assert "Terms: columns, with a link back." in html_of(client, article.url)


def test_a_new_piece_in_the_section_joins_related_beside_the_kept_body(client, warm):
    newest = ArticlePageFactory(title="Naval deterrence", section=warm.section)
    related = html_of(client, warm.url).split('class="related"')[1]
    assert newest.title in related


def test_an_editors_preview_shows_the_draft_and_readers_keep_the_live_page(
    client, editor_client, warm
):
    article = ArticlePage.objects.get(pk=warm.pk)
    article.title = "A draft headline"
    article.save_revision()
    draft = editor_client.get(reverse("wagtailadmin_pages:view_draft", args=[article.pk]))
    assert "A draft headline" in draft.content.decode()
    editor_client.logout()
    live = html_of(client, warm.url)
    assert "A draft headline" not in live
    assert "The budget vote" in live


def test_editors_see_the_user_bar_and_readers_the_same_page_without_it(
    client, django_user_model, warm
):
    anonymous = html_of(client, warm.url)
    editor = django_user_model.objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(editor)
    assert "wagtail-userbar" in html_of(client, warm.url)
    client.logout()
    assert html_of(client, warm.url) == anonymous
    assert "wagtail-userbar" not in anonymous


@pytest.mark.parametrize(
    "where", ["front", "article", "section", "author", "format", "archive", "partner", "search"]
)
def test_a_page_is_byte_for_byte_the_same_without_fragments_from_a_cold_and_a_warm_cache(
    client, settings, monkeypatch, warm, where
):
    partner = PartnerFactory(name="The Ledger", slug="ledger")
    ArticlePageFactory(
        partner=partner,
        original_url="https://ledger.example/b",
        format_kind="republished",
        section=warm.section,
    )
    url = {
        "front": "/",
        "article": warm.url,
        "section": warm.section.url,
        "author": warm.authors[0].url,
        "format": warm.format.url,
        "archive": "/articles/",
        "partner": reverse("articles:partner", args=["ledger"]),
        "search": "/search/?q=budget",
    }[where]
    settings.MASTHEAD_FRAGMENT_SECONDS = 0
    without = client.get(url)
    settings.MASTHEAD_FRAGMENT_SECONDS = 3600
    monkeypatch.setattr(fragments, "source_digest", lambda: "a release of its own")
    cold, warm_again = client.get(url), client.get(url)
    assert without.content == cold.content == warm_again.content
    assert without["xkey"] == cold["xkey"] == warm_again["xkey"]


def test_the_direct_route_answers_as_wagtail_for_a_piece_that_is_not_live(client, magazine):
    draft = ArticlePageFactory(live=False)
    assert client.get(draft.url or f"/articles/{draft.slug}/").status_code == 404


def test_the_direct_route_keeps_a_private_piece_private(client, magazine):
    article = ArticlePageFactory()
    restriction = PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Subscribers")])
    response = client.get(article.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_piece_published_later_is_found_once_live(client, magazine):
    article = ArticlePageFactory(live=False, published_at=timezone.now())
    url = f"/articles/{article.slug}/"
    assert client.get(url).status_code == 404
    article.save_revision().publish()
    assert client.get(url).status_code == 200
    assert Page.objects.get(pk=article.pk).live
