"""A local HTTP(S) server giving the safe fetcher every awkward answer a partner site can.

It listens on 127.0.0.1 on a free port; tests put its "127.0.0.1:<port>" in
MASTHEAD_FETCH_ALLOW_HOSTS, the only way the fetcher will talk to loopback.
"""

import contextlib
import json
import shutil
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ARTICLE = "<html><head><title>Élan vital</title></head><body><p>Analysis.</p></body></html>"
FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Partner</title></channel></rss>'
FEED_ETAG = '"feed-v1"'


class FixtureServer:
    """Start with `with FixtureServer() as server:`; `server.requests` records what arrived."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.httpd.fixture = self
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.scheme = "https" if tls is not None else "http"
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.stopping = threading.Event()
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def host_port(self) -> str:
        return f"127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"{self.scheme}://{host}:{self.httpd.server_address[1]}{path}"

    def __enter__(self) -> "FixtureServer":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()  # wakes handlers that are sleeping on purpose
        self.httpd.shutdown()
        self.httpd.server_close()


def make_certificate(directory: Path, host_name: str) -> tuple[Path, Path] | None:
    """A self-signed certificate for `host_name`, or None when openssl is not installed."""
    openssl = shutil.which("openssl")
    if openssl is None:
        return None
    cert, key = directory / f"{host_name}.crt", directory / f"{host_name}.key"
    subprocess.run(  # noqa: S603 (fixed arguments, no shell)
        [
            openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-days", "2", "-subj", f"/CN={host_name}",
            "-addext", f"subjectAltName=DNS:{host_name}",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass  # keep pytest's output clean

    @property
    def fixture(self) -> FixtureServer:
        return self.server.fixture

    def do_GET(self) -> None:  # noqa: N802 (the name http.server looks for)
        self.close_connection = True
        self.fixture.requests.append((self.path, dict(self.headers.items())))
        route, _, rest = urlsplit(self.path).path.strip("/").partition("/")
        handler = getattr(self, f"route_{route.replace('-', '_')}", self.route_missing)
        # The fetcher hangs up on purpose when a limit or the deadline is reached.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            handler(rest)

    def answer(self, status: int, content_type: str, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.send_header("Connection", "close")
        self.end_headers()

    def route_article(self, rest: str) -> None:
        self.answer(200, "text/html; charset=utf-8", ARTICLE.encode())

    def route_headers(self, rest: str) -> None:
        body = json.dumps(dict(self.headers.items())).encode()
        self.answer(200, "application/json", body)

    def route_pixel(self, rest: str) -> None:
        self.answer(200, "image/png", b"\x89PNG\r\n\x1a\n")

    def route_report(self, rest: str) -> None:
        self.answer(200, "application/pdf", b"%PDF-1.7\n")

    def route_compressed(self, rest: str) -> None:
        self.answer(200, "text/html", b"\x1f\x8b\x08\x00", Content_Encoding="gzip")

    def route_missing(self, rest: str) -> None:
        self.answer(404, "text/html", b"<h1>Not found</h1>")

    def route_feed(self, rest: str) -> None:
        if self.headers.get("If-None-Match") == FEED_ETAG:
            self.send_response(304)
            self.send_header("ETag", FEED_ETAG)
            self.send_header("Connection", "close")
            self.end_headers()
            return
        self.answer(200, "application/rss+xml", FEED.encode(), ETag=FEED_ETAG)

    def route_chain(self, rest: str) -> None:
        """/chain/3 -> 2 -> 1 -> 0 -> /article, with relative Locations."""
        hops = int(rest)
        self.redirect(str(hops - 1) if hops > 0 else "/article")

    def route_loop(self, rest: str) -> None:
        self.redirect("/loop")

    def route_redirect(self, rest: str) -> None:
        """/redirect?to=<url>: anywhere the test asks."""
        self.redirect(parse_qs(urlsplit(self.path).query)["to"][0])

    def route_announced_too_large(self, rest: str) -> None:
        """Announces ten gigabytes, sends ten bytes, then waits: only a header check is quick."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(10 * 1024**3))
        self.end_headers()
        self.wfile.write(b"<html>....")
        self.wfile.flush()
        self.fixture.stopping.wait(5)

    def route_endless(self, rest: str) -> None:
        """No Content-Length; keeps sending until the reader hangs up."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        for _ in range(10_000):  # 40 MiB at most, should the fetcher fail to stop
            if self.fixture.stopping.is_set():
                return
            self.wfile.write(b"<p>" + b"x" * 4093)

    def route_slow(self, rest: str) -> None:
        """Thinks for two seconds before answering at all."""
        self.fixture.stopping.wait(2)
        self.answer(200, "text/html", b"<p>Finally.</p>")

    def route_drip(self, rest: str) -> None:
        """Answers at once, then sends its 60-byte body one byte every 50 ms."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "60")
        self.end_headers()
        for _ in range(60):
            self.wfile.write(b"x")
            self.wfile.flush()
            if self.fixture.stopping.wait(0.05):
                return
