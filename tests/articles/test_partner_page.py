"""Republished pieces credit the partner; the partner has a page on our site."""

import datetime

import pytest
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory
from masthead.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ledger(magazine):
    return PartnerFactory(
        name="The Oversight Ledger", slug="ledger", site_url="https://ledger.example.org/"
    )


@pytest.fixture
def column(ledger):
    return ArticlePageFactory(
        title="The Bunker",
        format_kind="republished",
        partner=ledger,
        original_url="https://ledger.example.org/columns/the-bunker/",
        original_published_at=timezone.make_aware(datetime.datetime(2026, 11, 3, 9)),
        authors=[AuthorPageFactory(title="Nadia Reyes")],
    )


def test_the_attribution_says_when_and_under_what_terms_it_first_appeared(client, column):
    html = client.get(column.url).content.decode()
    attribution = html.split('class="attribution"')[1].split("</aside>")[0]
    assert 'first appeared on <time datetime="2026-11-03T09:00:00+00:00">3 November 2026' in (
        attribution
    )
    assert "Terms: full text with attribution." in attribution
    assert 'href="/partners/ledger/"' in attribution


def test_the_partner_page_lists_what_was_republished_from_it(client, column, ledger):
    ArticlePageFactory(title="Our own piece", authors=[AuthorPageFactory()])
    response = client.get("/partners/ledger/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>The Oversight Ledger</h1>" in html
    assert "The Bunker" in html and "Our own piece" not in html


def test_an_unknown_partner_is_not_found(client, magazine):
    assert client.get("/partners/nobody/").status_code == 404
