"""Pictures a reader's browser can choose from: sizes (srcset/sizes), WebP with
the original's format as fallback (<picture>), and the first picture of a page
fetched at once while those below it wait (loading="lazy")."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import ArticlePage
from masthead.articles.services import front_page_curate
from masthead.core.components import render_component
from masthead.images.factories import CreditedImageFactory
from masthead.images.renditions import TEASER_RENDITIONS

from .pages import html_of

pytestmark = pytest.mark.django_db

TEASER = "articles/components/teaser.html"


def pictures(html: str):
    return BeautifulSoup(html, "html.parser").find_all("picture")


def widths(srcset: str) -> list[str]:
    return [candidate.split()[-1] for candidate in srcset.split(", ")]


def assert_webp_with_fallback(picture, expected_widths):
    source, img = picture.find("source"), picture.find("img")
    assert source["type"] == "image/webp"
    assert source["sizes"] == img["sizes"]
    assert widths(source["srcset"]) == widths(img["srcset"]) == expected_widths
    assert all(url.endswith(".webp") for url in source["srcset"].split()[::2])
    assert all(url.endswith(".jpg") for url in img["srcset"].split()[::2])
    assert img["src"] == img["srcset"].split()[-2]  # the largest for browsers without srcset


@pytest.fixture
def section(magazine):
    return SectionPageFactory(title="Europe")


def test_the_article_hero_is_fetched_first_and_the_related_pictures_wait(client, section):
    related = ArticlePageFactory(section=section, authors=[AuthorPageFactory()])
    article = ArticlePageFactory(section=section, authors=[AuthorPageFactory()])
    found = pictures(html_of(client, article.url))
    hero, below = found[0], found[1:]
    assert hero.find_parent("figure")["class"] == ["article__hero"]
    assert hero.img["fetchpriority"] == "high" and not hero.img.has_attr("loading")
    assert_webp_with_fallback(hero, ["640w", "1200w"])
    assert below and related.title in str(below[0].find_parent("article"))
    assert all(picture.img["loading"] == "lazy" for picture in below)
    assert not any(picture.img.has_attr("fetchpriority") for picture in below)


def test_the_front_pages_lead_is_fetched_first_and_the_featured_pictures_wait(
    client, magazine, section
):
    lead, featured = (ArticlePageFactory(section=section) for _ in range(2))
    front_page_curate(magazine.home, lead=lead, featured=[featured])
    lead_picture, *below = pictures(html_of(client, "/"))
    assert lead_picture.find_parent("section")["class"] == ["front-lead"]
    assert lead_picture.img["fetchpriority"] == "high"
    assert not lead_picture.img.has_attr("loading")
    assert below and all(picture.img["loading"] == "lazy" for picture in below)


def test_a_teaser_offers_two_sizes_in_webp_and_jpeg(section):
    article = ArticlePageFactory(section=section)
    (picture,) = pictures(render_component(TEASER, article=article))
    assert_webp_with_fallback(picture, ["320w", "640w"])
    assert picture.img["alt"] == article.hero_image.alt_text
    assert picture.img["loading"] == "lazy"
    (thumbnail,) = pictures(render_component(TEASER, article=article, dense=True, thumbnail=True))
    assert_webp_with_fallback(thumbnail, ["320w", "640w"])
    assert thumbnail.img["sizes"] == "4.5rem" and thumbnail.img["class"] == ["teaser__thumb"]


def test_a_small_original_is_offered_once_per_width(section):
    """A picture smaller than a size is not enlarged: two renditions of the same
    width would be two candidates of the same width, which is invalid."""
    article = ArticlePageFactory(section=section, hero_image=CreditedImageFactory(size=(300, 169)))
    (picture,) = pictures(render_component(TEASER, article=article))
    assert widths(picture.img["srcset"]) == widths(picture.source["srcset"]) == ["300w"]


def test_a_listing_prefetches_every_rendition_its_teasers_print(section):
    for _ in range(3):
        ArticlePageFactory(section=section)
    for article in ArticlePage.objects.all():
        render_component(TEASER, article=article)  # makes the renditions
    articles = list(ArticlePage.objects.live().for_listing(TEASER_RENDITIONS))
    with CaptureQueriesContext(connection) as queries:
        for article in articles:
            render_component(TEASER, article=article)
    # Kicker and byline read what the listing loaded; the pictures too.
    assert [query["sql"] for query in queries.captured_queries if "rendition" in query["sql"]] == []


def test_an_authors_portrait_offers_two_sizes_and_is_not_lazy(client, section):
    author = AuthorPageFactory(photo=CreditedImageFactory())
    (portrait, *_) = pictures(html_of(client, author.url))
    assert_webp_with_fallback(portrait, ["120w", "240w"])
    assert portrait.img["class"] == ["author-header__photo"]
    assert not portrait.img.has_attr("loading")


@pytest.mark.parametrize("page", ["section", "search"])
def test_a_listings_first_picture_is_fetched_first_and_the_rest_wait(client, section, page):
    for number in range(3):
        ArticlePageFactory(section=section, title=f"Strait talks {number}")
    url = {"section": section.url, "search": "/search/?q=strait"}[page]
    first, *below = pictures(html_of(client, url))
    assert first.img["fetchpriority"] == "high" and not first.img.has_attr("loading")
    assert len(below) == 2 and all(picture.img["loading"] == "lazy" for picture in below)
