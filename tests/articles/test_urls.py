"""Stable URLs, redirects and error pages."""

import pytest
from django.template.loader import render_to_string
from wagtail.contrib.redirects.models import Redirect

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def article(magazine):
    return ArticlePageFactory(
        slug="strait-talks",
        section=SectionPageFactory(title="Asia-Pacific"),
        authors=[AuthorPageFactory()],
    )


def test_moving_an_article_to_another_section_keeps_its_url(client, article):
    before = article.url
    article.section = SectionPageFactory(title="Diplomacy")
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.url == before == "/articles/strait-talks/"
    assert client.get(before).status_code == 200


def test_changing_a_slug_leaves_a_redirect_from_the_old_url(
    client, article, django_capture_on_commit_callbacks
):
    article.slug = "strait-talks-resume"
    with django_capture_on_commit_callbacks(execute=True):
        article.save_revision().publish()
    assert Redirect.objects.filter(old_path="/articles/strait-talks").exists()
    response = client.get("/articles/strait-talks/")
    assert response.status_code == 301
    assert response["Location"].endswith("/articles/strait-talks-resume/")


def test_an_unknown_url_gets_the_magazine_404_page(client, magazine):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html
    assert 'href="/"' in html
    assert '<meta name="robots" content="noindex">' in html


def test_a_server_error_gets_a_plain_500_page(client, magazine, settings):
    html = render_to_string("500.html")
    assert "Something went wrong" in html
    assert "{%" not in html and "{{" not in html
