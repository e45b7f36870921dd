"""The Redis cache backend that answers as an empty cache while Redis is away."""

import logging
import socket

import pytest
from django.core.cache import caches

from masthead.core import ratelimit


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "masthead.core.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{_free_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }
    settings.CACHES["ratelimit"] = settings.CACHES["default"]
    return caches["default"]


def test_with_redis_out_of_reach_reads_are_misses_and_writes_are_dropped(cache):
    cache.set("key", "value")
    assert cache.get("key", "default") == "default"
    assert cache.get_many(["key"]) == {}
    assert cache.has_key("key") is False
    assert cache.add("key", "value") is True
    assert cache.delete("key") is False
    with pytest.raises(ValueError):
        cache.incr("key")


def test_rate_limits_let_everyone_through_while_redis_is_out_of_reach(cache):
    for _ in range(5):
        assert ratelimit.hit("signup", "192.0.2.1", limit=1, window_seconds=60)
    assert ratelimit.used("signup", "192.0.2.1") == 0


def test_an_outage_is_logged_once_not_at_every_call(cache, caplog):
    with caplog.at_level(logging.WARNING, logger="masthead.cache"):
        for _ in range(20):
            cache.get("key")
    assert len([r for r in caplog.records if "out of reach" in r.getMessage()]) == 1
