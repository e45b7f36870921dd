"""An article's further sections: named and linked after its text ("Also in"),
listed in its JSON-LD, and kept up to date from the fragment and page caches."""

import itertools

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import SectionPage
from masthead.core import fragments
from masthead.core import purge as purging

from .pages import html_of, json_ld_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def sections(magazine):
    return {name: SectionPageFactory(title=name) for name in ["Europe", "Security", "Asia-Pacific"]}


@pytest.fixture
def article(sections):
    """Filed under Europe, and also under Security and Asia-Pacific."""
    return ArticlePageFactory(
        title="The strait talks",
        section=sections["Europe"],
        further_sections=[sections["Security"], sections["Asia-Pacific"]],
        authors=[AuthorPageFactory()],
    )


def also_in(html: str):
    """The "Also in" line of the article, or None."""
    return BeautifulSoup(html, "html.parser").select_one("article.article .also-in")


def links_of(line) -> list[tuple[str, str]]:
    return [(link.get_text(), link["href"]) for link in line.find_all("a")]


def test_the_article_names_and_links_its_further_sections_after_its_text(client, article):
    line = also_in(html_of(client, article.url))
    assert line.get_text() == "Also in: Asia-Pacific, Security"
    assert links_of(line) == [
        ("Asia-Pacific", "/sections/asia-pacific/"),
        ("Security", "/sections/security/"),
    ]
    # After the text, and the main section stays the kicker.
    assert line.find_previous_sibling(class_="article__body") is not None
    kicker = BeautifulSoup(html_of(client, article.url), "html.parser").select_one(".kicker")
    assert kicker.select_one(".kicker__section").get_text() == "Europe"


def test_the_links_lead_to_the_section_pages_listing_the_article(client, article):
    for _name, href in links_of(also_in(html_of(client, article.url))):
        assert "The strait talks" in html_of(client, href)


def test_the_main_section_is_not_named_again(client, sections):
    piece = ArticlePageFactory(
        section=sections["Europe"], further_sections=[sections["Europe"], sections["Security"]]
    )
    assert also_in(html_of(client, piece.url)).get_text() == "Also in: Security"


def test_an_article_in_one_section_has_no_also_in_line(client, sections):
    piece = ArticlePageFactory(section=sections["Europe"])
    assert also_in(html_of(client, piece.url)) is None


def test_json_ld_names_the_main_section_then_the_further_ones(client, article):
    data, _breadcrumbs = json_ld_of(html_of(client, article.url))
    assert data["articleSection"] == ["Europe", "Asia-Pacific", "Security"]


def test_a_renamed_further_section_shows_its_new_name_with_fragments_warm(client, article):
    html_of(client, article.url)  # its fragments are kept
    security = SectionPage.objects.get(title="Security")
    security.title = "Security and Defence"
    security.save_revision().publish()
    html = html_of(client, article.url)
    assert also_in(html).get_text() == "Also in: Asia-Pacific, Security and Defence"
    assert json_ld_of(html)[0]["articleSection"] == [
        "Europe",
        "Asia-Pacific",
        "Security and Defence",
    ]


def test_a_further_section_at_a_new_address_is_linked_there_with_fragments_warm(client, article):
    html_of(client, article.url)
    security = SectionPage.objects.get(title="Security")
    security.slug = "security-and-defence"
    security.save_revision().publish()
    links = links_of(also_in(html_of(client, article.url)))
    assert ("Security", "/sections/security-and-defence/") in links


def test_the_article_is_the_same_page_drawn_from_cold_and_warm_fragments_and_without(
    client, settings, monkeypatch, article
):
    settings.MASTHEAD_FRAGMENT_SECONDS = 0
    without = client.get(article.url)
    settings.MASTHEAD_FRAGMENT_SECONDS = 3600
    monkeypatch.setattr(fragments, "source_digest", lambda: "a release of its own")
    cold, warm = client.get(article.url), client.get(article.url)
    assert without.content == cold.content == warm.content
    assert without["xkey"] == cold["xkey"] == warm["xkey"]


@pytest.mark.parametrize("fragments_are", ["cold", "warm"])
def test_publishing_a_further_section_purges_the_article(
    client, settings, django_capture_on_commit_callbacks, article, fragments_are
):
    if fragments_are == "warm":
        client.get(article.url)
    keys = set(client.get(article.url)["xkey"].split())
    settings.MASTHEAD_CACHE_PURGER = "memory"
    purging.memory_purges.clear()
    security = SectionPage.objects.get(title="Security")
    with django_capture_on_commit_callbacks(execute=True):
        security.title = "Security and Defence"
        security.save_revision().publish()
    purged = {key for purge_keys, _urls in purging.memory_purges for key in purge_keys}
    purging.memory_purges.clear()
    assert f"page-{security.pk}" in keys & purged


def queries_to_render(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_more_further_sections_take_no_more_queries_cold_or_warm(client, monkeypatch, sections):
    releases = itertools.count()

    def cold_and_warm(url: str) -> tuple[int, int]:
        client.get(url)  # makes the image renditions, not measured
        release = f"release {next(releases)}"
        monkeypatch.setattr(fragments, "source_digest", lambda: release)
        return queries_to_render(client, url), queries_to_render(client, url)

    one = ArticlePageFactory(section=sections["Europe"], further_sections=[sections["Security"]])
    more = [SectionPageFactory(title=f"Region {number}") for number in range(3)]
    three = ArticlePageFactory(section=sections["Europe"], further_sections=more)
    assert len(also_in(html_of(client, three.url)).find_all("a")) == 3
    assert cold_and_warm(three.url) == cold_and_warm(one.url)
