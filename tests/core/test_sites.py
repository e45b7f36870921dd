"""The request's site is found as Wagtail finds it, in a lighter query."""

import pytest
from wagtail.models import Page, Site

from masthead.core.sites import site_for_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def sites(magazine):
    root = Page.objects.get(depth=1)
    default = Site.objects.get(is_default_site=True)
    return {
        "default": default,
        "other": Site.objects.create(hostname="other.example", port=80, root_page=root),
        "other-8080": Site.objects.create(hostname="other.example", port=8080, root_page=root),
        "lone": Site.objects.create(hostname="lone.example", port=8443, root_page=root),
    }


@pytest.mark.parametrize(
    "host",
    [
        "localhost",
        "localhost:8000",
        "other.example",
        "other.example:8080",
        "other.example:9000",
        "lone.example",
        "lone.example:8443",
        "unknown.example",
    ],
)
def test_the_site_is_the_one_wagtail_finds(rf, settings, sites, host):
    settings.ALLOWED_HOSTS = ["*"]
    assert site_for_request(rf.get("/", HTTP_HOST=host)) == Site._find_for_request(
        rf.get("/", HTTP_HOST=host)
    )


def test_the_site_is_left_where_wagtail_looks_for_it(rf, sites):
    request = rf.get("/")
    site = site_for_request(request)
    assert Site.find_for_request(request) is site
