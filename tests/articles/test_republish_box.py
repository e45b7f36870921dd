"""Articles under an open licence offer their HTML for others to republish."""

import html

import pytest

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory
from masthead.images.factories import CreditedImageFactory

pytestmark = pytest.mark.django_db


def republish_box(client, article) -> str:
    page = client.get(article.url).content.decode()
    if 'class="republish"' not in page:
        return ""
    box = page.split('class="republish"')[1].split("</section>")[0]
    return html.unescape(box)


@pytest.fixture
def open_article(magazine):
    open_picture = CreditedImageFactory(credit="Jo Ng", licence="cc_by", alt_text="A port at dawn")
    agency_picture = CreditedImageFactory(credit="AGENCY/Lee", licence="rights_managed")
    return ArticlePageFactory(
        title="Ports and power",
        licence="cc_by_nd",
        authors=[AuthorPageFactory(title="Ana Ruiz"), AuthorPageFactory(title="Bo Lin")],
        hero_image=open_picture,
        body=[
            ("paragraph", "<p>The first paragraph.</p>"),
            ("image", {"image": agency_picture, "caption": "", "wide": False}),
            ("subheading", "Second part"),
            ("paragraph", "<p>The last paragraph.</p>"),
        ],
    )


def test_an_openly_licensed_article_offers_its_html_with_credit_and_licence(client, open_article):
    box = republish_box(client, open_article)
    assert "Republish this article" in box
    assert "<h1>Ports and power</h1>" in box
    assert "By Ana Ruiz and Bo Lin" in box
    assert "<p>The first paragraph.</p>" in box and "<h2>Second part</h2>" in box
    assert f'href="http://testserver{open_article.url}" rel="canonical"' in box
    assert 'href="https://creativecommons.org/licenses/by-nd/4.0/" rel="license"' in box
    assert "CC BY-ND 4.0" in box


def test_pictures_that_may_not_be_republished_are_left_out(client, open_article):
    box = republish_box(client, open_article)
    assert "Credit: Jo Ng" in box
    assert "AGENCY/Lee" not in box


def test_an_article_without_an_open_licence_offers_no_box(client, magazine):
    article = ArticlePageFactory(licence="staff", authors=[AuthorPageFactory()])
    assert republish_box(client, article) == ""
