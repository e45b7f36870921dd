"""A Redis cache that answers as an empty cache while Redis is down or slow.

Django's RedisCache raises redis's ConnectionError or TimeoutError from every
call when Redis cannot be reached. Wagtail caches the site root paths behind
every page URL, so that stopped page rendering, and the round-up's send with
it. This backend treats an unreachable Redis as a cache that keeps nothing:
`get` returns the default, `set` and `delete` do nothing, `add` succeeds
without storing, `incr` finds no key (ValueError, as for an expired one). Rate
limits (core/ratelimit.py) therefore count nothing while Redis is away: they
let everyone through rather than no one.

After a failure the backend leaves Redis alone for RETRY_AFTER seconds, so a
dead server costs each process one attempt every few seconds, not one per
call. Going down and coming back are logged (logger "masthead.cache"). Keep
the socket timeouts short (settings.py), or a Redis that hangs makes every
cache call wait for them.
"""

import logging
import time
from collections.abc import Callable
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger("masthead.cache")
OUTAGE = (RedisConnectionError, RedisTimeoutError, OSError)
RETRY_AFTER = 2.0

# Per server address, shared by the backend instances of every thread: until
# when (time.monotonic()) to leave it alone.
_resting_until: dict[str, float] = {}


class ResilientRedisCache(RedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._address = server if isinstance(server, str) else ",".join(server)

    def _call(self, method: Callable[..., Any], fallback: Callable[[], Any], *args: Any) -> Any:
        resting_until = _resting_until.get(self._address)
        if resting_until is not None and time.monotonic() < resting_until:
            return fallback()
        try:
            result = method(*args)
        except OUTAGE as error:
            if resting_until is None:
                logger.warning(
                    "Redis at %s is out of reach (%s: %s); the cache answers as empty "
                    "until it is back",
                    self._address,
                    type(error).__name__,
                    error,
                )
            _resting_until[self._address] = time.monotonic() + RETRY_AFTER
            return fallback()
        if resting_until is not None:
            _resting_until.pop(self._address, None)
            logger.warning("Redis at %s answers again", self._address)
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().add, lambda: True, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call(super().get, lambda: default, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set, lambda: None, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().touch, lambda: False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call(super().delete, lambda: False, key, version)

    def get_many(self, keys, version=None):
        return self._call(super().get_many, dict, keys, version)

    def has_key(self, key, version=None):
        return self._call(super().has_key, lambda: False, key, version)

    def incr(self, key, delta=1, version=None):
        def missing():
            raise ValueError(f"Key '{key}' not found (Redis is out of reach).")

        return self._call(super().incr, missing, key, delta, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call(super().set_many, lambda: list(data), data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call(super().delete_many, lambda: None, keys, version)

    def clear(self):
        return self._call(super().clear, lambda: False)
