"""An editor pastes a partner's article address; a draft comes out."""

import datetime

import pytest
from django.urls import reverse

from masthead.articles.factories import AuthorPageFactory, SectionPageFactory
from masthead.articles.models import ArticlePage, AuthorPage, FormatKind
from masthead.core.fetch import FetchTimeout, TooLarge
from masthead.partners.factories import PartnerFactory
from masthead.syndication.models import ImportRequest
from masthead.syndication.services.importing import ImportRefused, partner_article_import

from .pages import HOSTILE_BODY, article_page
from .rich_text import assert_survives_the_editor, rich_texts, stored_blocks

pytestmark = pytest.mark.django_db


def body_html(article) -> str:
    return " ".join(str(block.render()) for block in article.body)


def test_a_partner_column_becomes_a_republished_draft(partner, column_url, partner_site):
    result = partner_article_import(column_url)
    article = ArticlePage.objects.get(pk=result.article.pk)
    assert result.created
    assert not article.live
    assert article.title == "The Bunker"
    assert article.dek == "Where the procurement money went, and who signed off."
    assert article.format.kind == FormatKind.REPUBLISHED
    assert article.partner == partner
    assert article.original_url == partner_site.url("/columns/the-bunker/")
    assert article.original_published_at.isoformat().startswith("2026-11-03")
    assert [author.title for author in article.authors] == ["Nadia Reyes"]
    assert "appears originally at The Oversight Ledger" in article.attribution_line


def test_the_body_keeps_paragraphs_subheadings_quotes_and_links(partner, column_url):
    article = partner_article_import(column_url).article
    kinds = [block.block_type for block in article.body]
    assert kinds[0] == "paragraph"
    assert "subheading" in kinds and "block_quote" in kinds
    html = body_html(article)
    assert 'href="https://register.example.org/contract/881"' in html
    assert "Copyright The Oversight Ledger" not in html  # page chrome is left out


def test_scripts_and_event_handlers_never_reach_the_body(partner, column_url):
    html = body_html(partner_article_import(column_url).article)
    assert "<script" not in html and "onclick" not in html and "steal()" not in html


def test_the_lead_image_is_downloaded_and_credited_to_the_partner(partner, column_url):
    image = partner_article_import(column_url).article.hero_image
    assert image is not None
    assert image.credit == "The Oversight Ledger"
    assert image.licence == "rights_managed"
    assert image.source_url.endswith("/images/bunker.jpg")
    assert (image.width, image.height) == (800, 450)
    assert image.alt_text == ""  # the editor describes it before publishing


def test_importing_the_same_address_twice_finds_the_first_import(partner, column_url, partner_site):
    first = partner_article_import(column_url)
    again = partner_article_import(partner_site.url("/columns/the-bunker/"))
    assert not again.created
    assert again.article.pk == first.article.pk
    assert ArticlePage.objects.filter(partner=partner).count() == 1


def test_an_address_of_no_known_partner_is_refused(magazine, partner_site):
    url = partner_site.serve("/x/", "<html><body><p>Words</p></body></html>")
    with pytest.raises(ImportRefused) as refused:
        partner_article_import(url)
    assert str(refused.value) == (
        "No partner publishes at 127.0.0.1. Add the partner and its permission under "
        "Partners, or add 127.0.0.1 to a partner's other sites."
    )


def test_malformed_html_is_still_imported(partner, partner_site):
    page = article_page(partner_site.url("")).replace("</p>", "").replace("</article>", "")
    page = page.replace("<h2>The numbers</h2>", "<h2>The numbers<div><b>unclosed")
    url = partner_site.serve("/columns/broken/", page)
    article = partner_article_import(url).article
    assert article.title == "The Bunker"
    assert "committee had gone home" in body_html(article)


def test_a_page_without_article_text_is_refused_with_a_reason(partner, partner_site):
    url = partner_site.serve("/empty/", "<html><head><title>x</title></head><body></body></html>")
    with pytest.raises(ImportRefused, match="No article text"):
        partner_article_import(url)


def test_an_oversized_page_is_refused(partner, partner_site, settings):
    settings.MASTHEAD_FETCH_MAX_BYTES = 2000
    url = partner_site.serve(
        "/huge/", article_page(partner_site.url(""), extra_body="<p>x</p>" * 900)
    )
    with pytest.raises(TooLarge) as error:
        partner_article_import(url)
    assert "larger than" in str(error.value) or "too large" in str(error.value).lower()
    assert not ArticlePage.objects.exists()


def test_a_slow_page_is_refused(partner, partner_site, settings):
    settings.MASTHEAD_FETCH_TIMEOUT = 0.5
    url = partner_site.serve("/slow/", article_page(partner_site.url("")), delay=3)
    with pytest.raises(FetchTimeout):
        partner_article_import(url)
    assert not ArticlePage.objects.exists()


def test_the_admin_import_runs_as_a_task_then_opens_the_new_draft(
    editor_client, partner, column_url
):
    response = editor_client.post(reverse("syndication_import"), {"url": column_url})
    request = ImportRequest.objects.get()
    assert response["Location"] == reverse("syndication_import_status", args=[request.pk])

    # The test settings run tasks at once; the worker has imported it already.
    response = editor_client.get(response["Location"])
    article = ArticlePage.objects.get(partner=partner)
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[article.pk])
    request.refresh_from_db()
    assert (request.status, request.article, request.created) == ("done", article, True)


def test_the_page_waiting_for_an_import_reloads_itself_until_it_is_done(editor_client, editor):
    request = ImportRequest.objects.create(url="https://p.example/a/", requested_by=editor)
    response = editor_client.get(reverse("syndication_import_status", args=[request.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert '<meta http-equiv="refresh" content="2">' in page
    assert "Waiting for the task worker" in page


def test_another_editors_import_is_not_shown(client, staff_member, magazine, editor):
    request = ImportRequest.objects.create(url="https://p.example/a/", requested_by=editor)
    client.force_login(staff_member("other", page_permissions=[(magazine.articles, "add_page")]))
    response = client.get(reverse("syndication_import_status", args=[request.pk]))
    assert response.status_code == 404


def test_the_admin_import_explains_a_refusal(editor_client, partner, partner_site):
    url = partner_site.url("/nothing-here/")
    response = editor_client.post(reverse("syndication_import"), {"url": url}, follow=True)
    assert response.status_code == 200
    assert "404" in response.content.decode()
    assert url in response.content.decode()  # the form keeps the address, to try again
    assert not ArticlePage.objects.exists()


def test_a_private_address_is_refused_whatever_the_partner(editor_client, magazine):
    PartnerFactory(name="Inside", slug="inside", site_url="http://10.0.0.7/")
    response = editor_client.post(
        reverse("syndication_import"), {"url": "http://10.0.0.7/a/"}, follow=True
    )
    assert "private network" in response.content.decode()


def test_an_expired_permission_stops_imports(partner, column_url):
    partner.permission_expires_on = datetime.date(2020, 1, 31)
    partner.save()
    with pytest.raises(ImportRefused, match="expired on 31 January 2020"):
        partner_article_import(column_url)
    assert not ArticlePage.objects.exists()


def test_a_user_who_may_not_add_pages_under_the_articles_index_cannot_import(
    client, staff_member, partner, column_url, magazine
):
    elsewhere = [(magazine.sections, "add_page")]
    client.force_login(staff_member("sections-editor", page_permissions=elsewhere))
    response = client.post(reverse("syndication_import"), {"url": column_url})
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert not ArticlePage.objects.exists()


def test_a_user_who_may_add_pages_under_the_articles_index_imports(
    client, staff_member, partner, column_url, magazine
):
    articles = [(magazine.articles, "add_page")]
    client.force_login(staff_member("articles-editor", page_permissions=articles))
    response = client.post(reverse("syndication_import"), {"url": column_url}, follow=True)
    article = ArticlePage.objects.get(partner=partner)
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[article.pk])


def test_the_import_menu_item_is_shown_only_to_users_who_may_add_articles(
    client, staff_member, magazine
):
    import_url = reverse("syndication_import")
    client.force_login(staff_member("reader", page_permissions=[]))
    assert import_url not in client.get(reverse("wagtailadmin_home")).content.decode()
    articles = [(magazine.articles, "add_page")]
    client.force_login(staff_member("articles-editor", page_permissions=articles))
    assert import_url in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.fixture
def hostile_url(partner_site, column_url):
    page = article_page(partner_site.url(""), extra_body=HOSTILE_BODY)
    return partner_site.serve("/columns/hostile/", page)


def stored_body(article) -> str:
    """The draft's rich text as stored, on one line."""
    blocks = stored_blocks(ArticlePage.objects.get(pk=article.pk))
    return " ".join(" ".join(html for html, _features in rich_texts(blocks)).split())


def test_tags_a_partner_page_only_shows_stay_text_in_the_draft(partner, hostile_url):
    stored = stored_body(partner_article_import(hostile_url).article)
    assert "&lt;img src=" in stored and "&lt;script&gt;" in stored and "&lt;iframe" in stored
    assert "<img" not in stored and "<script" not in stored and "<iframe" not in stored


def test_real_images_and_event_handlers_never_reach_the_draft(partner, hostile_url):
    stored = stored_body(partner_article_import(hostile_url).article)
    assert "After the picture." in stored
    assert 'src="http://10.0.0.5/"' not in stored
    assert "onerror" not in stored and "onclick" not in stored


def test_an_imported_body_survives_a_round_trip_through_the_editor(partner, hostile_url):
    article = ArticlePage.objects.get(pk=partner_article_import(hostile_url).article.pk)
    assert_survives_the_editor(stored_blocks(article))


def test_an_imported_drafts_edit_page_opens(editor_client, partner, hostile_url):
    article = partner_article_import(hostile_url).article
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert response.status_code == 200
    assert "After the picture." in response.content.decode()


def test_relative_links_are_resolved_against_the_partners_https_site(magazine, hostile_url):
    secure = PartnerFactory(
        name="Ledger",
        slug="secure",
        site_url="https://ledger.example.org/",
        other_hosts="127.0.0.1",  # where the test serves its pages
    )
    stored = stored_body(partner_article_import(hostile_url, secure).article)
    assert '<a href="https://ledger.example.org/columns/other/">the other column</a>' in stored
    assert '<a href="https://cdn.example.net/report.pdf">the report</a>' in stored


def test_relative_links_are_dropped_when_the_partner_site_is_not_https(partner, hostile_url):
    stored = stored_body(partner_article_import(hostile_url).article)
    assert "See the other column, the report and this." in stored


def test_javascript_links_are_dropped_keeping_their_text(partner, hostile_url):
    stored = stored_body(partner_article_import(hostile_url).article)
    assert "javascript" not in stored and " and this." in stored


def test_new_authors_of_an_imported_piece_stay_drafts(partner, column_url):
    partner_article_import(column_url)
    author = AuthorPage.objects.get(title="Nadia Reyes")
    assert not author.live and author.get_latest_revision() is not None


def test_publishing_an_imported_piece_publishes_its_draft_authors(partner, column_url):
    article = partner_article_import(column_url).article
    article.section = SectionPageFactory()
    article.save_revision().publish()
    assert ArticlePage.objects.get(pk=article.pk).live
    assert AuthorPage.objects.get(title="Nadia Reyes").live


def test_an_author_already_published_is_reused_by_an_import(partner, column_url):
    existing = AuthorPageFactory(title="Nadia Reyes")
    article = partner_article_import(column_url).article
    assert [author.pk for author in article.authors] == [existing.pk]
    assert AuthorPage.objects.filter(title="Nadia Reyes").count() == 1
