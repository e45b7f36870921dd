"""Partnerships look after partners, their feeds and imports; they publish nothing."""

import pytest
from django.urls import reverse

from masthead.partners.factories import PartnerFactory
from tests.articles.admin_forms import article_edit_url, publish

from .admin import is_refused, offers_publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def partnerships(member):
    return member("Partnerships")


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_partners_partner:list",
        "wagtailsnippets_partners_partner:add",
        "syndication_import",
    ],
)
def test_partnerships_open_the_partner_and_import_screens(partnerships, magazine, url_name):
    assert partnerships.get(reverse(url_name)).status_code == 200


def test_partnerships_edit_a_partner_and_its_feeds(partnerships, magazine):
    partner = PartnerFactory()
    edit = reverse("wagtailsnippets_partners_partner:edit", args=[partner.pk])
    html = partnerships.get(edit).content.decode()
    assert 'name="feeds-TOTAL_FORMS"' in html


def test_partnerships_cannot_open_round_ups_or_readers(partnerships, magazine):
    for url_name in (
        "wagtailsnippets_newsletter_roundupissue:list",
        "wagtailsnippets_newsletter_subscriber:list",
        "newsletter_admin:import",
    ):
        assert is_refused(partnerships.get(reverse(url_name))), url_name


def test_partnerships_finish_an_imported_draft_but_cannot_publish_it(partnerships, draft):
    """An import's draft belongs to whoever asked for it."""
    piece = draft(owner=partnerships.user)
    assert partnerships.get(article_edit_url(piece)).status_code == 200
    assert not offers_publish(partnerships, piece)
    publish(partnerships, piece)
    piece.refresh_from_db()
    assert not piece.live


def test_partnerships_cannot_open_other_articles(partnerships, draft):
    assert is_refused(partnerships.get(article_edit_url(draft())))
