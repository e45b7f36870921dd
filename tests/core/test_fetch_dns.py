"""Slow DNS answers for some hosts hold only the fetches of those hosts."""

import socket
import threading
import time

import pytest

from masthead.core.fetch import FetchError, check_url
from masthead.core.fetch import addresses as fetch_addresses

PUBLIC = "93.184.215.14"


@pytest.fixture
def slow_dns(monkeypatch):
    """`*.slow.example` takes `delay` seconds to answer; `quick.example` answers at once."""
    release = threading.Event()

    def getaddrinfo(host, port, *args, **kwargs):
        if host.endswith(".slow.example"):
            release.wait(5)
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (PUBLIC, port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield
    release.set()  # let the lookups left waiting finish


def _check_in_background(url: str, outcomes: list) -> threading.Thread:
    def run():
        try:
            check_url(url, timeout=0.3)
        except (TimeoutError, FetchError) as error:
            outcomes.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_lookups_stuck_on_slow_hosts_do_not_delay_a_lookup_of_another_host(slow_dns):
    outcomes: list = []
    stuck = [
        _check_in_background(f"https://host{n}.slow.example/feed", outcomes) for n in range(12)
    ]
    time.sleep(0.1)  # the slow lookups are all waiting now

    assert check_url("https://quick.example/article", timeout=1) == [
        fetch_addresses.ipaddress.ip_address(PUBLIC)
    ]
    for thread in stuck:
        thread.join()
    assert len(outcomes) == 12
    assert all(isinstance(outcome, TimeoutError) for outcome in outcomes)


def test_lookups_waiting_on_slow_dns_are_capped(slow_dns, monkeypatch):
    monkeypatch.setattr(fetch_addresses, "_waiting_lookups", threading.BoundedSemaphore(3))
    outcomes: list = []
    stuck = [_check_in_background(f"https://host{n}.slow.example/", outcomes) for n in range(3)]
    for thread in stuck:
        thread.join()  # timed out, but their lookups still wait in the background

    with pytest.raises(FetchError, match="Too many address lookups are waiting"):
        check_url("https://another.slow.example/", timeout=0.3)
