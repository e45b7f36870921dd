"""What a shared cache and a browser may keep, and what every response says it shows."""

import pytest
from django.urls import reverse

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.newsletter.factories import SubscriberFactory
from masthead.newsletter.tokens import manage_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(magazine):
    return ArticlePageFactory(
        authors=[AuthorPageFactory(title="Ines Moreau")], section=SectionPageFactory(title="Europe")
    )


def keys(response) -> set[str]:
    return set(response.get("xkey", "").split())


def directives(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def test_an_article_may_be_kept_by_a_shared_cache_long_and_by_browsers_briefly(client, article):
    response = client.get(article.url)
    assert directives(response) == {
        "public",
        "max-age=60",
        "s-maxage=604800",
        "stale-while-revalidate=60",
        "stale-if-error=86400",
    }
    assert response.has_header("ETag")
    assert not response.cookies


def test_an_article_names_everything_it_shows(client, article):
    author = article.authors[0]
    assert keys(client.get(article.url)) >= {
        f"page-{article.pk}",
        f"page-{author.pk}",
        f"page-{article.section_id}",
        f"page-{article.format_id}",
        f"image-{article.hero_image_id}",
        f"list-{article.section_id}",  # the related pieces
        "settings",
    }


@pytest.mark.parametrize("where", ["front", "article", "section", "author", "format"])
def test_a_page_names_the_same_keys_drawn_afresh_and_from_kept_fragments(client, article, where):
    url = {
        "front": "/",
        "article": article.url,
        "section": article.section.url,
        "author": article.authors[0].url,
        "format": article.format.url,
    }[where]
    drawn, kept = client.get(url), client.get(url)
    assert keys(drawn) == keys(kept)
    assert f"page-{article.pk}" in keys(kept)
    assert drawn.content == kept.content


def test_a_matching_etag_gets_304_without_the_page(client, article):
    etag = client.get(article.url)["ETag"]
    response = client.get(article.url, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 304
    assert response.content == b""


@pytest.mark.parametrize(
    "where,expected",
    [
        ("front", {"list-all", "settings"}),
        ("feed", {"list-all", "settings"}),
        ("sitemap", {"sitemaps", "list-all"}),
        ("robots", {"settings"}),
        ("search", {"list-all"}),
        ("archive", {"roundups"}),
    ],
)
def test_listings_feeds_and_sitemaps_are_shared_and_name_what_they_list(
    client, article, where, expected
):
    url = {
        "front": "/",
        "feed": reverse("syndication:feed", kwargs={"feed_format": "rss"}),
        "sitemap": reverse("syndication:sitemap"),
        "robots": "/robots.txt",
        "search": "/search/?q=budget",
        "archive": reverse("newsletter:archive"),
    }[where]
    response = client.get(url)
    assert response.status_code == 200
    assert "public" in directives(response)
    assert keys(response) >= expected


def test_a_section_page_lists_its_articles_and_shows_each_teaser(client, article):
    keys_of_section = keys(client.get(article.section.url))
    assert {f"list-{article.section_id}", f"page-{article.pk}"} <= keys_of_section


def test_a_logged_in_editor_gets_a_private_page_that_no_cache_keeps(editor_client, article):
    response = editor_client.get(article.url)
    assert {"private", "no-store"} <= directives(response)
    assert "xkey" not in response


def test_the_admin_is_never_shared(editor_client):
    response = editor_client.get("/admin/")
    assert {"private", "no-store"} <= directives(response)


def test_a_post_answer_is_never_shared(client, magazine):
    response = client.post(
        reverse("newsletter:subscribe"), {"email": "x"}, HTTP_ORIGIN="http://testserver"
    )
    assert {"private", "no-store"} <= directives(response)


def test_a_readers_own_newsletter_page_is_never_shared(client, magazine):
    reader = SubscriberFactory()
    response = client.get(reverse("newsletter:preferences", args=[manage_token(reader.pk)]))
    assert response.status_code == 200
    assert "no-store" in directives(response)
    assert "public" not in directives(response)


def test_a_missing_page_is_shared_only_briefly(client, magazine):
    response = client.get("/articles/not-yet-published/")
    assert response.status_code == 404
    assert "s-maxage=60" in directives(response)


def test_every_anonymous_reader_gets_the_same_bytes(client, article):
    first = client.get(article.url)
    client.cookies.clear()
    second = client.get(article.url, HTTP_USER_AGENT="Another reader", REMOTE_ADDR="10.9.8.7")
    assert first.content == second.content
    assert first["xkey"] == second["xkey"]
