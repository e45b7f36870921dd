import pytest
from django.test import Client

from masthead.desk.services import roles_ensure
from masthead.partners.factories import PartnerFactory

from .pages import article_page, jpeg_bytes
from .partner_site import PartnerSite


@pytest.fixture
def partner_site(settings):
    with PartnerSite() as site:
        # The test-only allow-list: the fetcher may reach this one local port.
        settings.MASTHEAD_FETCH_ALLOW_HOSTS = [site.host_port]
        yield site


@pytest.fixture
def partner(magazine, partner_site):
    return PartnerFactory(
        name="The Oversight Ledger", slug="ledger", site_url=partner_site.url("/")
    )


@pytest.fixture
def column_url(partner_site):
    """A partner column, its canonical address and its lead image."""
    base = partner_site.url("")
    partner_site.serve("/images/bunker.jpg", jpeg_bytes(), content_type="image/jpeg")
    page = article_page(base)
    partner_site.serve("/columns/the-bunker/", page)
    return partner_site.serve("/columns/the-bunker/?utm_source=newsletter", page)


@pytest.fixture
def desk_member(magazine, django_user_model):
    """A signed-in client of a user in one of the desk's roles:
    `desk_member("Partnerships")`, its user as `.user`."""
    groups = roles_ensure()

    def make(role: str) -> Client:
        username = role.lower().replace(" ", "-")
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        user.groups.add(groups[role])
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return make


@pytest.fixture
def partnerships(desk_member):
    return desk_member("Partnerships")
