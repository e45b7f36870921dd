"""Redis out of reach while a round-up is sent: the cache answers as empty
(Wagtail's page URLs look up the site's root paths in it), and every reader
gets the issue."""

import logging

import pytest

from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.sending import roundup_deliver_pending, roundup_send_start

from .smtp_sink import free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_nowhere(settings):
    """Both caches on a Redis port where nothing listens, as in production."""
    cache = {
        "BACKEND": "masthead.core.cache.ResilientRedisCache",
        "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
    }
    settings.CACHES = {"default": cache, "ratelimit": cache}


def test_a_send_completes_while_redis_is_out_of_reach(smtp_sink, week, redis_nowhere, caplog):
    confirmed_readers_create(3)
    issue = roundup_draft()
    roundup_send_start(issue)
    with caplog.at_level(logging.WARNING, logger="masthead.cache"):
        report = roundup_deliver_pending(issue)
    assert report.sent == 3
    assert smtp_sink.handler.recipients() == {f"reader{n}@example.org": 1 for n in range(3)}
    assert "out of reach" in caplog.text
