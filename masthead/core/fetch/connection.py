"""HTTP connections pinned to an address that has already been checked.

http.client (not urllib3 or requests) because the fetcher needs the socket
itself: to connect to the checked address rather than look the name up again,
and to cut the connection when the overall deadline passes, which per-read
timeouts alone cannot do against a server that sends one byte at a time.
"""

import contextlib
import functools
import http.client
import socket
import ssl
import threading
from collections.abc import Iterator

from .addresses import IPAddress


class PinnedHTTPConnection(http.client.HTTPConnection):
    """Plain HTTP to `address`; the Host header still names the URL's host."""

    def __init__(self, host: str, port: int, *, address: IPAddress, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self.address = address

    def connect(self) -> None:
        self.sock = _connect(self.address, self.port, self.timeout)


class PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to `address`; SNI and certificate checks use the URL's host name."""

    def __init__(self, host: str, port: int, *, address: IPAddress, timeout: float) -> None:
        # Kept here as well: http.client keeps it only in a private attribute.
        self.ssl_context = tls_context()
        super().__init__(host, port, timeout=timeout, context=self.ssl_context)
        self.address = address

    def connect(self) -> None:
        sock = _connect(self.address, self.port, self.timeout)
        try:
            self.sock = self.ssl_context.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The system's trusted certificates, hostname checking on (the defaults)."""
    return ssl.create_default_context()


def _connect(address: IPAddress, port: int, timeout: float | None) -> socket.socket:
    # No getaddrinfo() here: the address was resolved and checked before.
    family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.settimeout(timeout)
        sock.connect((str(address), port))
    except BaseException:
        sock.close()
        raise
    return sock


class Deadline:
    """Cuts a connection when time runs out, wherever the reader is blocked."""

    def __init__(self, sock: socket.socket, seconds: float) -> None:
        self.sock = sock
        self.passed = threading.Event()
        self._timer = threading.Timer(max(seconds, 0.0), self._cut)
        self._timer.daemon = True

    def _cut(self) -> None:
        self.passed.set()
        # The plain socket's shutdown, even for TLS: it only wakes the blocked
        # reader and leaves the TLS state to the thread that owns it.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(self.sock, socket.SHUT_RDWR)

    @contextlib.contextmanager
    def running(self) -> Iterator["Deadline"]:
        self._timer.start()
        try:
            yield self
        finally:
            self._timer.cancel()
