"""A stand-in for the app behind Varnish, answering as the contract says
(docs/serving.md) and counting what reaches it.

- `/healthz/` answers 200 and how often it was asked (never cached);
- `/admin/...`, `/django-admin/...`, a request with a `sessionid` cookie, and
  every POST get a `private, no-store` answer (the admin also sets a cookie);
- `/static/...` answers as WhiteNoise does for a hashed name (immutable);
- every other GET or HEAD is a public page: `Cache-Control: public,
  max-age=60, s-maxage=...`, an ETag, and an `xkey` header (`keys[path]`,
  or `page<path>`), like core/http_cache.py.

Tests change a page (`versions[path] += 1`), give it keys (`keys`), a shorter
life (`s_maxage`) or a cookie on its next n answers (`set_cookie[path] = n`),
and read `hits(path)` and `requests` (method, path with query, headers as the
app saw them).
"""

import hashlib
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FILLER = " ".join(["An analysis paragraph that compresses well."] * 60)


class FakeApp:
    def __init__(self) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.httpd.app = self
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.versions: Counter[str] = Counter()
        self.keys: dict[str, str] = {}
        self.s_maxage: dict[str, int] = {}
        self.set_cookie: Counter[str] = Counter()
        self.stale_while_revalidate = 1
        self.stale_if_error = 3600
        self._thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.httpd.server_address[1])

    def __enter__(self) -> "FakeApp":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop listening: Varnish's next connection is refused."""
        if self.httpd.socket.fileno() != -1:
            self.httpd.shutdown()
            self.httpd.server_close()

    def hits(self, path: str) -> int:
        """How many requests for `path` (with its query string) reached the app."""
        with self.lock:
            return self.counts[path]

    def page_text(self, path: str) -> str:
        return f"{path} version {self.versions[path]}"

    def page(self, path: str) -> bytes:
        return (
            f"<!doctype html><html><head><title>{path}</title></head>"
            f"<body><h1>{self.page_text(path)}</h1><p>{FILLER}</p></body></html>"
        ).encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    @property
    def app(self) -> FakeApp:
        return self.server.app

    def _record(self) -> str:
        path = self.path
        with self.app.lock:
            self.app.counts[path] += 1
            self.app.requests.append((self.command, path, dict(self.headers.items())))
        return path

    def do_GET(self):
        path = self._record()
        bare = path.split("?", 1)[0]
        cookie = self.headers.get("Cookie", "")
        if bare == "/healthz/":
            body = f"ok, asked {self.app.hits(bare)} times".encode()
            self._answer(body, {"Cache-Control": "no-store"}, "text/plain")
        elif bare.startswith(("/admin/", "/django-admin/")) or "sessionid=" in cookie:
            body = f"private page for {cookie or 'nobody'}".encode()
            headers = {"Cache-Control": "private, no-store", "Vary": "Cookie"}
            if bare.startswith("/admin/"):
                headers["Set-Cookie"] = "csrftoken=abc; Path=/"
            self._answer(body, headers)
        elif bare.startswith("/static/"):
            headers = {"Cache-Control": "max-age=315360000, public, immutable"}
            self._answer(b"body { color: #111; }" * 50, headers, "text/css")
        else:
            self._answer(self.app.page(path), self._public_headers(path))

    def do_HEAD(self):
        self.do_GET()

    def do_POST(self):
        self._record()
        length = int(self.headers.get("Content-Length", "0"))
        received = self.rfile.read(length)
        self._answer(b"thanks for " + received, {"Cache-Control": "private, no-store"})

    def _public_headers(self, path: str) -> dict[str, str]:
        app = self.app
        headers = {
            "Cache-Control": (
                f"max-age=60, public, s-maxage={app.s_maxage.get(path, 3600)}, "
                f"stale-while-revalidate={app.stale_while_revalidate}, "
                f"stale-if-error={app.stale_if_error}"
            ),
            "ETag": f'"{hashlib.md5(app.page(path)).hexdigest()}"',  # noqa: S324
            "xkey": app.keys.get(path, "page" + path.replace("/", "-").rstrip("-")),
            "Vary": "Cookie",
            "Server": "gunicorn",
        }
        if app.set_cookie[path] > 0:
            app.set_cookie[path] -= 1
            headers["Set-Cookie"] = "messages=hello; Path=/"
        return headers

    def _answer(self, body: bytes, headers: dict[str, str], content_type="text/html") -> None:
        self.send_response(200)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
