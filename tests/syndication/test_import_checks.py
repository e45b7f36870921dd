"""Importing by address through the admin: the address must be the chosen
partner's, and every refusal tells the editor what to do next."""

import datetime
import html

import pytest
from django.urls import reverse

from masthead.articles.models import ArticlePage
from masthead.partners.factories import PartnerFactory
from masthead.syndication.models import ImportRequest
from tests.desk.admin import is_refused

from .pages import article_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def harbour(magazine):
    return PartnerFactory(
        name="Harbour Weekly", slug="harbour", site_url="https://harbour.example/"
    )


def import_page(client, url: str, partner=None) -> str:
    """What the editor reads after asking for `url` (following the import to its end)."""
    data = {"url": url, "partner": partner.pk if partner else ""}
    response = client.post(reverse("syndication_import"), data, follow=True)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def test_a_piece_not_on_the_chosen_partners_site_is_refused_naming_both_hosts(
    partnerships, partner, harbour, column_url
):
    page = import_page(partnerships, column_url, harbour)
    assert (
        "127.0.0.1 is not Harbour Weekly's site (harbour.example). Choose the partner that "
        "publishes at 127.0.0.1, or add 127.0.0.1 to Harbour Weekly's other sites under "
        "Partners."
    ) in page
    assert not ImportRequest.objects.exists()
    assert not ArticlePage.objects.exists()


def test_a_piece_on_the_chosen_partners_site_is_imported(partnerships, partner, column_url):
    response = partnerships.post(
        reverse("syndication_import"), {"url": column_url, "partner": partner.pk}, follow=True
    )
    article = ArticlePage.objects.get()
    assert response.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[article.pk])
    assert article.partner == partner
    assert article.owner == partnerships.user


def test_a_host_added_to_a_partners_other_sites_is_theirs(partnerships, harbour, column_url):
    harbour.other_hosts = "127.0.0.1"
    harbour.save()
    import_page(partnerships, column_url, harbour)
    assert ArticlePage.objects.get().partner == harbour


def test_without_a_chosen_partner_the_address_finds_it(partnerships, partner, harbour, column_url):
    import_page(partnerships, column_url)
    assert ArticlePage.objects.get().partner == partner


def test_an_address_no_partner_publishes_at_is_refused_at_once(partnerships, harbour):
    page = import_page(partnerships, "https://elsewhere.example/a-piece/")
    assert (
        "No partner publishes at elsewhere.example. Add the partner and its permission under "
        "Partners, or add elsewhere.example to a partner's other sites."
    ) in page
    assert not ImportRequest.objects.exists()


def test_a_private_address_is_refused_before_anything_is_fetched(partnerships, magazine):
    PartnerFactory(name="Inside", slug="inside", site_url="http://10.0.0.7/")
    page = import_page(partnerships, "http://10.0.0.7/a/")
    assert "The address 10.0.0.7 is on a private network" in page
    assert "Paste the piece's public address, as your browser shows it." in page
    assert not ImportRequest.objects.exists()


def test_an_address_that_is_not_a_web_address_says_what_to_enter(partnerships, partner):
    page = import_page(partnerships, "file:///etc/passwd")
    assert "Enter the piece's full address, starting with https://." in page


def test_a_user_who_may_not_import_is_turned_away(desk_member, partner, column_url):
    newsletter_editor = desk_member("Newsletter editor")
    response = newsletter_editor.post(
        reverse("syndication_import"), {"url": column_url, "partner": partner.pk}
    )
    assert is_refused(response)
    assert not ImportRequest.objects.exists()


def test_a_page_too_large_suggests_its_print_version(partnerships, partner, partner_site, settings):
    settings.MASTHEAD_FETCH_MAX_BYTES = 2000
    url = partner_site.serve(
        "/huge/", article_page(partner_site.url(""), extra_body="<p>x</p>" * 900)
    )
    page = import_page(partnerships, url)
    assert "is larger than 1.95312 KiB" in page
    assert "Try the piece's print version, or copy its text into a new article by hand." in page


def test_a_slow_page_suggests_trying_again(partnerships, partner, partner_site, settings):
    settings.MASTHEAD_FETCH_TIMEOUT = 0.3
    url = partner_site.serve("/slow/", article_page(partner_site.url("")), delay=2)
    page = import_page(partnerships, url)
    assert "did not answer completely within 0.3 seconds" in page
    assert "Try again in a few minutes; if it keeps failing, tell the partner." in page


def test_an_address_that_is_not_a_web_page_asks_for_the_articles_page(
    partnerships, partner, partner_site
):
    url = partner_site.serve("/report.pdf", b"%PDF-1.4", content_type="application/pdf")
    page = import_page(partnerships, url)
    assert "returned application/pdf" in page
    assert "Paste the address of the article's web page, not of a file, picture or feed." in page


def test_an_expired_permission_says_to_renew_it(partnerships, partner, column_url):
    partner.permission_expires_on = datetime.date(2020, 1, 31)
    partner.save()
    page = import_page(partnerships, column_url)
    assert (
        "The permission from The Oversight Ledger expired on 31 January 2020. "
        "Renew it (and record it on the partner) before importing."
    ) in page


def test_a_piece_imported_before_is_opened_with_a_word_saying_so(partnerships, partner, column_url):
    import_page(partnerships, column_url)
    page = import_page(partnerships, column_url)
    assert "This piece was imported before: here it is." in page
    assert ArticlePage.objects.count() == 1
