"""What a reader sees on an article page.

Every test here runs with the same article and its three authors, built once
for the module; a test that edits the article fetches its own copy first."""

import datetime
import re

import pytest
from django.utils import timezone

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    paragraphs_body,
)
from masthead.articles.models import ArticlePage
from masthead.images.factories import CreditedImageFactory

from .pages import canonical_of, html_of, json_ld_of

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pieces(shared_rows):
    with shared_rows():
        authors = three_authors_build()
        yield {"three_authors": authors, "article": article_build(authors)}


@pytest.fixture
def three_authors(pieces):
    return pieces["three_authors"]


@pytest.fixture
def article(pieces):
    return pieces["article"]


def three_authors_build():
    return [
        AuthorPageFactory(title="Amara Okafor", role="Senior Fellow"),
        AuthorPageFactory(title="Lukas Brandt", role="Research Director"),
        AuthorPageFactory(title="Mei Tanaka", role="Visiting Scholar"),
    ]


def article_build(three_authors):
    section = SectionPageFactory(title="Asia-Pacific")
    image = CreditedImageFactory(
        alt_text="Two delegations facing each other across a long table",
        caption="Negotiators meet for the third round.",
        credit="State Department photo",
        licence="public_domain",
    )
    return ArticlePageFactory(
        title="A path forward for the strait talks",
        dek="A new report outlines a path forward.",
        section=section,
        format_kind="analysis",
        authors=three_authors,
        hero_image=image,
        published_at=timezone.make_aware(datetime.datetime(2026, 11, 20, 9, 30)),
        updated_at=timezone.make_aware(datetime.datetime(2026, 11, 21, 14, 0)),
        corrections=[(datetime.date(2026, 11, 21), "An earlier version misdated the talks.")],
    )


def test_the_kicker_names_and_links_format_and_section(client, article):
    html = html_of(client, article.url)
    assert '<a class="kicker__format" href="/analysis/">Analysis</a>' in html
    assert '<a class="kicker__section" href="/sections/asia-pacific/">Asia-Pacific</a>' in html


def test_headline_and_dek_are_printed(client, article):
    html = html_of(client, article.url)
    assert '<h1 class="article__headline">A path forward for the strait talks</h1>' in html
    assert "A new report outlines a path forward." in html


def test_the_byline_links_every_author_in_order(client, article):
    html = html_of(client, article.url)
    byline = re.search(r'<p class="byline">(.*?)</p>', html).group(1)
    names = re.findall(r'rel="author">([^<]+)</a>', byline)
    assert names == ["Amara Okafor", "Lukas Brandt", "Mei Tanaka"]
    assert ", " in byline and " and " in byline


def test_author_bios_are_printed_at_the_end(client, article):
    html = html_of(client, article.url)
    bios = html.split('class="author-bios"')[1]
    assert "About the authors" in bios
    assert "Amara Okafor</a>, Senior Fellow" in bios
    assert "writes about security and diplomacy" in bios


def test_publication_and_update_times_are_machine_readable(client, article):
    html = html_of(client, article.url)
    assert '<time datetime="2026-11-20T09:30:00+00:00">20 November 2026</time>' in html
    assert "Updated" in html
    assert 'datetime="2026-11-21T14:00:00+00:00"' in html


def test_the_hero_image_has_its_description_caption_and_credit(client, article):
    html = html_of(client, article.url)
    hero = html.split('<figure class="article__hero">')[1].split("</figure>")[0]
    assert 'alt="Two delegations facing each other across a long table"' in hero
    assert "<figcaption" in hero
    assert "Negotiators meet for the third round." in hero
    assert "State Department photo" in hero
    assert 'rel="license"' in hero


def test_an_article_may_override_the_image_caption(client, article):
    edited = ArticlePage.objects.get(pk=article.pk)
    edited.hero_caption = "The delegations before the second session."
    edited.save_revision().publish()
    html = html_of(client, article.url)
    assert "The delegations before the second session." in html
    assert "Negotiators meet for the third round." not in html


def test_corrections_are_listed_with_their_date(client, article):
    html = html_of(client, article.url)
    corrections = html.split('class="corrections"')[1]
    assert '<time datetime="2026-11-21">21 November 2026</time>' in corrections
    assert "An earlier version misdated the talks." in corrections


def test_related_pieces_share_something_with_the_article(client, article, three_authors):
    neighbour = ArticlePageFactory(title="Shipping lanes under pressure", section=article.section)
    coauthored = ArticlePageFactory(title="A column by a co-author", authors=three_authors[1:2])
    elsewhere = ArticlePageFactory(
        title="An unrelated piece", dek="Nothing in common.", body=paragraphs_body("Nothing.")
    )
    html = html_of(client, article.url)
    related = html.split('class="related"')[1]
    assert neighbour.title in related
    assert coauthored.title in related
    assert elsewhere.title not in related
    assert article.title not in related


def test_the_page_is_semantic(client, article):
    html = html_of(client, article.url)
    assert '<article class="article">' in html
    assert '<header class="article__header">' in html
    assert "<main" in html and "<figure" in html and "<figcaption" in html


def test_share_card_metadata_describes_the_article(client, article):
    html = html_of(client, article.url)
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="A path forward for the strait talks">' in html
    assert (
        '<meta property="og:description" content="A new report outlines a path forward.">' in html
    )
    assert re.search(r'<meta property="og:image" content="http://testserver/media/[^"]+">', html)
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_the_canonical_link_is_the_article_itself(client, article):
    html = html_of(client, article.url)
    assert canonical_of(html) == f"http://testserver{article.url}"


def test_json_ld_describes_a_news_article_with_all_authors_image_and_dates(client, article):
    data, _breadcrumbs = json_ld_of(html_of(client, article.url))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "A path forward for the strait talks"
    assert data["description"] == "A new report outlines a path forward."
    assert [author["name"] for author in data["author"]] == [
        "Amara Okafor",
        "Lukas Brandt",
        "Mei Tanaka",
    ]
    assert all(author["url"].startswith("http://testserver/authors/") for author in data["author"])
    assert data["datePublished"] == "2026-11-20T09:30:00+00:00"
    assert data["dateModified"] == "2026-11-21T14:00:00+00:00"
    image = data["image"]
    assert image["@type"] == "ImageObject"
    assert image["creditText"] == "State Department photo"
    assert image["license"] == "https://creativecommons.org/publicdomain/mark/1.0/"
    assert image["url"].startswith("http://testserver/media/")
    assert data["articleSection"] == "Asia-Pacific"


def test_json_ld_cannot_be_broken_out_of_by_a_headline(client, three_authors):
    page = ArticlePageFactory(title="</script><script>alert(1)</script>", authors=three_authors)
    html = html_of(client, page.url)
    assert "<script>alert(1)</script>" not in html
    data, _breadcrumbs = json_ld_of(html)
    assert data["headline"] == "</script><script>alert(1)</script>"


def test_anonymous_readers_get_no_cookie(client, article):
    response = client.get(article.url)
    assert "Set-Cookie" not in response.headers
    assert not response.cookies


def test_two_anonymous_readers_get_the_same_bytes(client, article):
    first = client.get(article.url).content
    second = client.get(article.url, HTTP_USER_AGENT="another reader").content
    assert first == second


def test_a_draft_is_not_public(client, three_authors):
    draft = ArticlePageFactory(live=False, authors=three_authors)
    assert client.get(f"/articles/{draft.slug}/").status_code == 404
