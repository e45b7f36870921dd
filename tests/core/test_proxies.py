"""X-Forwarded-* headers count only when a proxy of ours sent them."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from masthead.core.proxies import TrustedProxyMiddleware
from masthead.core.ratelimit import client_address


def seen_by_django(**meta):
    """The request as the views see it, after the middleware."""
    seen = {}

    def view(request):
        seen["address"] = client_address(request)
        seen["secure"] = request.is_secure()
        seen["meta"] = dict(request.META)
        return HttpResponse()

    TrustedProxyMiddleware(view)(RequestFactory().get("/", **meta))
    return seen


@pytest.fixture(autouse=True)
def behind_tls(settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.MASTHEAD_TRUSTED_PROXIES = ["127.0.0.1", "::1", "10.0.0.0/24"]


def test_through_our_proxies_the_reader_and_https_are_believed():
    seen = seen_by_django(
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.9, 10.0.0.4",
        HTTP_X_FORWARDED_PROTO="https",
    )
    assert seen["address"] == "203.0.113.9"
    assert seen["secure"]


def test_a_reader_cannot_claim_another_address_through_our_proxy():
    # The reader wrote the first entry; our proxy appended the real address.
    seen = seen_by_django(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.9")
    assert seen["address"] == "203.0.113.9"


def test_forwarded_headers_from_anyone_else_are_dropped(settings):
    settings.MASTHEAD_CLIENT_IP_HEADER = "HTTP_X_REAL_IP"
    seen = seen_by_django(
        REMOTE_ADDR="192.0.2.50",
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        HTTP_X_FORWARDED_PROTO="https",
        HTTP_X_FORWARDED_HOST="evil.example",
        HTTP_X_REAL_IP="203.0.113.10",
    )
    assert seen["address"] == "192.0.2.50"
    assert not seen["secure"]
    assert not any(key.startswith("HTTP_X_FORWARDED_") for key in seen["meta"])


def test_garbage_in_x_forwarded_for_keeps_the_proxys_address():
    seen = seen_by_django(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="not-an-address")
    assert seen["address"] == "127.0.0.1"
