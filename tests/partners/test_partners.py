"""Partners: the attribution printed on their pieces and the terms recorded."""

import pytest
from django.core.exceptions import ValidationError

from masthead.partners.factories import PartnerFactory, PartnerFeedFactory

pytestmark = pytest.mark.django_db


def test_the_attribution_names_the_piece_and_the_partner():
    partner = PartnerFactory(name="The Oversight Ledger")
    assert partner.attribution_for("The Bunker") == (
        "The Bunker appears originally at The Oversight Ledger and is republished here "
        "with permission."
    )


def test_an_attribution_with_an_unknown_placeholder_is_refused_with_a_reason():
    partner = PartnerFactory(attribution_template="{title} by {author}")
    with pytest.raises(ValidationError) as refused:
        partner.full_clean()
    assert "Use only {title} and {partner}" in str(refused.value)


def test_a_partners_feeds_are_listed_with_it():
    feed = PartnerFeedFactory()
    assert list(feed.partner.feeds.all()) == [feed]
    assert feed.url.startswith(feed.partner.site_url.rstrip("/"))


def test_the_ports_a_partner_may_be_fetched_on_are_the_ones_its_addresses_name():
    partner = PartnerFactory(site_url="https://ledger.example.org:8443/")
    PartnerFeedFactory(partner=partner, url="http://feeds.ledger.example.org:8080/rss")
    PartnerFeedFactory(partner=partner, url="https://ledger.example.org/atom.xml")
    assert partner.configured_ports == {8443, 8080}
