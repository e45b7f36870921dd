"""Partner pieces republished with permission."""

import pytest

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory
from masthead.partners.factories import PartnerFactory

from .pages import canonical_of, html_of, json_ld_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def republished(magazine):
    partner = PartnerFactory(
        name="The Oversight Ledger", slug="ledger", site_url="https://ledger.example.org/"
    )
    return ArticlePageFactory(
        title="The Bunker",
        format_kind="republished",
        partner=partner,
        original_url="https://ledger.example.org/columns/the-bunker/",
        authors=[AuthorPageFactory(title="Nadia Reyes")],
    )


def test_the_attribution_line_names_the_partner_and_links_the_original(client, republished):
    html = html_of(client, republished.url)
    assert (
        "The Bunker appears originally at The Oversight Ledger and is republished here "
        "with permission." in html
    )
    assert 'href="https://ledger.example.org/columns/the-bunker/"' in html


def test_search_engines_are_pointed_at_the_original(client, republished):
    html = html_of(client, republished.url)
    assert canonical_of(html) == "https://ledger.example.org/columns/the-bunker/"


def test_json_ld_names_the_partner_and_the_original(client, republished):
    data, _breadcrumbs = json_ld_of(html_of(client, republished.url))
    assert data["isBasedOn"] == "https://ledger.example.org/columns/the-bunker/"
    assert data["sourceOrganization"]["name"] == "The Oversight Ledger"
    assert data["mainEntityOfPage"]["@id"] == "https://ledger.example.org/columns/the-bunker/"
