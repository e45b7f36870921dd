"""A real varnishd running the repo's VCL, for the serving tests and benchmarks.

    with Varnish(backend=("127.0.0.1", 8000)) as varnish:
        urllib.request.urlopen(varnish.url("/"))

deploy/varnish/masthead.vcl is copied as it is into a temporary folder, beside
a masthead-backend.vcl written for the occasion (backend_vcl()): the backend
address, a probe and grace fast enough for tests, the purge ACL. varnishd
gets its own work folder (`-n`), so it runs beside any other Varnish on the
machine, and listens on a free port of 127.0.0.1.

Standard library only: bench/serve.py uses it outside pytest.
"""

import http.client
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

VCL_DIR = Path(__file__).resolve().parents[2] / "deploy" / "varnish"
MAIN_VCL = "masthead.vcl"
BACKEND_VCL = "masthead-backend.vcl"


def varnishd_path() -> str | None:
    """The varnishd binary (Debian puts it in /usr/sbin, often not on PATH)."""
    return shutil.which("varnishd") or shutil.which("varnishd", path="/usr/sbin:/usr/local/sbin")


def backend_vcl(
    host: str,
    port: int,
    *,
    probe_interval: str = "0.1s",
    probe_window: int = 2,
    probe_threshold: int = 1,
    grace_while_healthy: str = "2s",
    purgers: tuple[str, ...] = ("127.0.0.1", "::1"),
    proxies: tuple[str, ...] = ("127.0.0.1", "::1"),
    probe: bool = True,
) -> str:
    """A masthead-backend.vcl for `host:port`; the defaults suit tests: the
    probe notices a stopped backend within a few tenths of a second, and a
    page is served stale for a second past its s-maxage while the app is up."""
    probe_block = f"""
probe masthead_health {{
    .url = "/healthz/";
    .interval = {probe_interval};
    .timeout = 0.5s;
    .window = {probe_window};
    .threshold = {probe_threshold};
    .initial = {probe_threshold};
}}
"""
    acl = "\n".join(f'    "{address}";' for address in purgers)
    proxy_acl = "\n".join(f'    "{address}";' for address in proxies)
    return f"""# Written by tests/serving/varnish.py
{probe_block if probe else ""}
backend masthead {{
    .host = "{host}";
    .port = "{port}";
    {".probe = masthead_health;" if probe else ""}
    .connect_timeout = 0.5s;
    .first_byte_timeout = 10s;
}}

acl purgers {{
{acl}
}}

acl proxies {{
{proxy_acl}
}}

sub masthead_grace_while_healthy {{
    set req.grace = {grace_while_healthy};
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class VarnishError(RuntimeError):
    pass


class Varnish:
    """varnishd in the foreground (-F), stopped on exit; `log` holds its output."""

    def __init__(
        self,
        backend: tuple[str, int],
        *,
        site_vcl: str | None = None,
        storage: str = "malloc,64m",
        params: dict[str, str] | None = None,
        port: int | None = None,
        startup_timeout: float = 20.0,
        **backend_options,
    ) -> None:
        self.backend = backend
        self.site_vcl = site_vcl or backend_vcl(*backend, **backend_options)
        self.storage = storage
        # A small shared-memory log: tests and benchmarks read no varnishlog.
        self.params = {"vsl_space": "1M", **(params or {})}
        self.requested_port = port
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen | None = None
        self.port = 0
        self._folder: tempfile.TemporaryDirectory | None = None

    # -- life cycle ----------------------------------------------------------

    def __enter__(self) -> "Varnish":
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def folder(self) -> Path:
        assert self._folder is not None, "start() first"
        return Path(self._folder.name)

    def command(self) -> list[str]:
        binary = varnishd_path()
        if binary is None:
            raise VarnishError("varnishd is not installed")
        command = [
            binary,
            "-F",
            # No switch to the varnish user: it could not read our temporary
            # folder, and it needs root to switch anyway.
            "-j",
            "none",
            "-n",
            str(self.folder / "work"),
            "-a",
            f"127.0.0.1:{self.port}",
            "-p",
            f"vcl_path={self.folder}",
            "-f",
            str(self.folder / MAIN_VCL),
            "-s",
            self.storage,
        ]
        for name, value in self.params.items():
            command += ["-p", f"{name}={value}"]
        return command

    def start(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="masthead-varnish-")
        shutil.copy(VCL_DIR / MAIN_VCL, self.folder / MAIN_VCL)
        (self.folder / BACKEND_VCL).write_text(self.site_vcl)
        for _attempt in range(3):
            self.port = self.requested_port or free_port()
            log = (self.folder / "varnishd.log").open("wb")
            self.process = subprocess.Popen(
                self.command(), stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
            log.close()
            if self._wait_until_answering():
                return
            self._terminate()
            if self.requested_port or "Address already in use" not in self.log:
                break
        log = self.log
        self._cleanup()
        raise VarnishError(f"varnishd did not start:\n{log}")

    def _wait_until_answering(self) -> bool:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
                connection.request("GET", "/healthz/")
                connection.getresponse().read()
                connection.close()
                return True
            except OSError:
                time.sleep(0.05)
        return False

    def _terminate(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def _cleanup(self) -> None:
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def stop(self) -> None:
        self._terminate()
        self._cleanup()

    # -- use -----------------------------------------------------------------

    @property
    def log(self) -> str:
        try:
            return (self.folder / "varnishd.log").read_text(errors="replace")
        except (OSError, AssertionError):
            return ""

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    @property
    def cache(self) -> str | None:
        return self.headers.get("X-Cache")


def ask(varnish, path, method="GET", headers=None, body=None, source=None) -> Answer:
    """One request on a fresh connection; `source` binds the client to that address."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", varnish.port, timeout=5, source_address=(source, 0) if source else None
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()
