"""The demo magazine builds from empty, has the promised breadth, and every
page it creates answers."""

import pytest
from django.db import transaction
from django.test.utils import override_settings
from wagtail.models import Page

from masthead.articles.models import (
    ArticleIndexPage,
    ArticlePage,
    AuthorPage,
    FormatKind,
    SectionPage,
    TopicPage,
)
from masthead.core.models import InformationPage
from masthead.demo import content
from masthead.demo.builder import demo_magazine_build
from masthead.desk.services import COPY_EDIT, EDITOR_APPROVAL, REVIEW_WORKFLOW
from masthead.images.models import CreditedImage, SiteLogo
from masthead.newsletter.models import RoundupIssue
from tests.magazine import structure_remove


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once for this module inside a transaction that is rolled back."""
    media = tmp_path_factory.getbasetemp() / "media"  # as tests/conftest.py sets it
    with (
        override_settings(MEDIA_ROOT=media, WAGTAILADMIN_BASE_URL="http://testserver"),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        structure_remove()  # the demo builds from empty, as `make demo` does
        counts = demo_magazine_build()
        yield counts
        transaction.set_rollback(True)


pytestmark = pytest.mark.django_db


def test_the_demo_has_at_least_sixty_pieces_in_eight_sections(demo):
    assert demo["articles"] >= 60
    assert ArticlePage.objects.live().count() == len(content.ARTICLES)
    sections_used = set(ArticlePage.objects.values_list("section", flat=True))
    assert len(sections_used) >= 8
    assert SectionPage.objects.live().count() >= 8


def test_the_demo_uses_every_format(demo):
    for kind in FormatKind:
        assert ArticlePage.objects.live().of_kind(kind).exists(), kind


def test_the_demo_has_a_run_of_briefs_under_the_qiosk_name(demo):
    assert ArticlePage.objects.live().of_kind(FormatKind.BRIEF).count() >= 8
    assert ArticlePage.objects.of_kind(FormatKind.BRIEF).first().format.title == "QiOSK"


def test_the_demo_has_fifteen_authors_and_co_written_pieces(demo):
    assert AuthorPage.objects.live().count() >= 15
    co_written = [a for a in ArticlePage.objects.live() if len(a.authors) >= 2]
    assert len(co_written) >= 5
    assert any(len(a.authors) == 3 for a in co_written)


def test_the_demo_republishes_a_partner_column_with_attribution(demo, client):
    piece = ArticlePage.objects.live().of_kind(FormatKind.REPUBLISHED).first()
    assert piece.is_republished
    html = client.get(piece.url).content.decode()
    assert piece.attribution_line in html
    assert "republished here with permission" in piece.attribution_line


def test_every_demo_piece_has_one_to_three_of_the_demos_topics(demo):
    assert TopicPage.objects.live().count() == demo["topics"] == len(content.TOPICS)
    for article in ArticlePage.objects.live().prefetch_related("topics"):
        assert 1 <= len(article.live_topics) <= 3, article.slug


def test_the_demo_has_corrections_on_a_few_articles(demo):
    corrected = ArticlePage.objects.live().filter(corrections__isnull=False).distinct()
    assert corrected.count() >= 3


def test_every_demo_image_is_described_credited_and_licensed(demo):
    images = CreditedImage.objects.all()
    assert images.count() >= 60
    for image in images:
        assert image.alt_text and image.credit and image.licence, image.title
        assert image.file.name.endswith(".jpg")


def test_every_page_the_demo_creates_answers_200(demo, client):
    pages = Page.objects.live().specific()
    assert pages.count() > 90
    for page in pages:
        if page.depth < 2:
            continue
        response = client.get(page.url)
        assert response.status_code == 200, page.url


def test_loading_the_demo_again_changes_nothing(demo):
    before = (Page.objects.count(), CreditedImage.objects.count())
    assert demo_magazine_build() == demo
    assert (Page.objects.count(), CreditedImage.objects.count()) == before


def test_no_demo_text_is_left_as_placeholder(demo):
    for article in ArticlePage.objects.live():
        text = " ".join(str(block.value) for block in article.body).lower()
        assert "lorem ipsum" not in text and "todo" not in text, article.slug


def test_the_demo_has_a_round_up_in_the_archive_and_a_draft_for_this_week(demo, client):
    sent = RoundupIssue.objects.get(status=RoundupIssue.Status.SENT)
    assert sent.deliveries.filter(state="sent").count() >= 10
    assert client.get("/newsletter/archive/").status_code == 200
    page = client.get(sent.get_absolute_url())
    assert page.status_code == 200
    assert "Our first round-up" in page.content.decode()
    draft = RoundupIssue.objects.get(status=RoundupIssue.Status.DRAFT)
    assert draft.items.count() >= 5


def test_the_demo_has_its_four_standing_pages_once_each_in_the_footer(demo, client):
    demo_magazine_build()  # a second build adds none
    pages = InformationPage.objects.live()
    assert sorted(pages.values_list("slug", flat=True)) == ["about", "contact", "privacy", "terms"]
    footer = client.get("/").content.decode().split('<footer class="site-footer">')[1]
    for page in pages:
        assert f'<a href="{page.url}">{page.title}</a>' in footer
    privacy = pages.get(slug="privacy").body.lower()
    for promise in ("consent", "confirm", "unsubscribe", "no tracking cookies"):
        assert promise in privacy, promise
    contact = client.get(pages.get(slug="contact").url).content.decode()
    assert "Harbourside Chambers" in contact and "mailto:" in contact


def test_the_demo_draws_a_logo_and_its_icons_come_from_it(demo, client):
    logo = SiteLogo.objects.get().logo
    assert logo is not None and logo.alt_text
    response = client.get("/apple-touch-icon.png")
    assert response.status_code == 200
    assert f"image-{logo.pk}" in response["xkey"].split()


def test_the_demos_articles_are_reviewed_copy_desk_first_then_an_editor(demo):
    articles = ArticleIndexPage.objects.get()
    workflow = articles.get_workflow()
    assert workflow.name == REVIEW_WORKFLOW
    assert [task.name for task in workflow.tasks] == [COPY_EDIT, EDITOR_APPROVAL]
