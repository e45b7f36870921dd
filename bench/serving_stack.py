"""The processes bench/serve.py measures (gunicorn, nginx; Varnish comes from
tests/serving/varnish.py), wrk, and the memory of a process tree."""

import contextlib
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from tests.serving.varnish import free_port

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
GUNICORN = str(Path(sys.executable).parent / "gunicorn")


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes


def fetch(url: str, headers: dict[str, str] | None = None, timeout: float = 10) -> Answer:
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", target, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


def wait_for(predicate, timeout: float, interval: float = 0.005) -> bool:
    """Ask `predicate` until it is true (True) or `timeout` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError):
            if predicate():
                return True
        time.sleep(interval)
    return False


class Stack:
    """Processes started for the benchmark, each on a free port of 127.0.0.1,
    all stopped on exit (Varnish instances entered with `enter`)."""

    def __init__(self) -> None:
        self._contexts = contextlib.ExitStack()
        self._processes: dict[int, subprocess.Popen] = {}
        self._folder = tempfile.mkdtemp(prefix="masthead-bench-serve-")

    def __enter__(self) -> "Stack":
        return self

    def __exit__(self, *exc_info: object) -> None:
        for port in list(self._processes):
            self.stop(port)
        self._contexts.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def enter(self, context):
        return self._contexts.enter_context(context)

    def leave(self, varnish) -> None:
        varnish.stop()  # stopping again on exit does nothing

    def pid_of(self, port: int) -> int:
        return self._processes[port].pid

    def stop(self, port: int) -> None:
        process = self._processes.pop(port)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def _start(self, command: list[str], port: int, ready_path: str, timeout: float, **kw) -> int:
        log = open(Path(self._folder) / f"{port}.log", "wb")  # noqa: SIM115 (kept by the child)
        process = subprocess.Popen(  # noqa: S603 (our own arguments)
            command, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, **kw
        )
        log.close()
        self._processes[port] = process
        url = f"http://127.0.0.1:{port}{ready_path}"
        if not wait_for(lambda: fetch(url, timeout=5).status < 500, timeout, interval=0.2):
            output = (Path(self._folder) / f"{port}.log").read_text(errors="replace")
            self.stop(port)
            raise SystemExit(f"{command[0]} did not answer {url} within {timeout} s:\n{output}")
        return port

    def gunicorn(self, application: str, *, timeout: float, env=None, pythonpath=None) -> int:
        """gunicorn as the real app runs (2 sync workers), without an access log."""
        port = free_port()
        command = [GUNICORN, application, "--bind", f"127.0.0.1:{port}", "--workers", "2"]
        if pythonpath:
            command += ["--pythonpath", str(pythonpath)]
        ready = "/" if pythonpath else "/healthz/"
        environment = {**os.environ, **(env or {})}
        return self._start(command, port, ready, timeout, cwd=BASE_DIR, env=environment)

    def bare_django(self, body: bytes) -> int:
        body_file = Path(self._folder) / "bare-article.html"
        body_file.write_bytes(body)
        return self.gunicorn(
            "bare_django:application",
            timeout=30,
            env={"BENCH_BARE_BODY": str(body_file)},
            pythonpath=BENCH_DIR,
        )

    def nginx(self, body: bytes) -> int | None:
        """nginx serving `body` as /article.html (and its .gz, for gzip_static)."""
        binary = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
        if binary is None:
            print("  nginx is not installed (make bench-serve installs it): skipped")
            return None
        port = free_port()
        folder = Path(self._folder) / "nginx"
        (folder / "www").mkdir(parents=True)
        (folder / "www" / "article.html").write_bytes(body)
        subprocess.run(["gzip", "-k", "-6", str(folder / "www" / "article.html")], check=True)  # noqa: S603,S607
        (folder / "nginx.conf").write_text(NGINX_CONF.format(port=port, folder=folder))
        # nginx's workers (user nobody) read the page: open the folders to them.
        for path in (Path(self._folder), folder, folder / "www"):
            path.chmod(0o755)
        command = [binary, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e", "stderr"]
        return self._start(command, port, "/article.html", 10)


NGINX_CONF = """
daemon off;
worker_processes auto;
pid {folder}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    gzip_static on;
    types {{ text/html html; }}
    client_body_temp_path {folder}/tmp;
    proxy_temp_path {folder}/tmp;
    fastcgi_temp_path {folder}/tmp;
    uwsgi_temp_path {folder}/tmp;
    scgi_temp_path {folder}/tmp;
    server {{
        listen 127.0.0.1:{port};
        root {folder}/www;
    }}
}}
"""


# -- wrk ---------------------------------------------------------------------------


@dataclass
class WrkResult:
    requests_per_second: float
    latency_p50: str
    latency_p99: str
    non_2xx: int
    errors: str
    transfer: str

    def summary(self) -> str:
        problems = f", {self.non_2xx} non-2xx/3xx" if self.non_2xx else ""
        problems += f", socket errors: {self.errors}" if self.errors else ""
        return (
            f"{self.requests_per_second:,.0f} req/s, latency p50 {self.latency_p50} "
            f"p99 {self.latency_p99}, {self.transfer}/s{problems}"
        )


def run_wrk(url: str, args, headers: dict[str, str]) -> WrkResult:
    command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s"]
    command += ["--latency", "--timeout", "5s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    try:
        output = subprocess.run(  # noqa: S603 (our own arguments)
            [*command, url], capture_output=True, text=True, timeout=args.duration + 30
        ).stdout
    except subprocess.TimeoutExpired:
        output = ""

    def find(pattern: str, default: str = "") -> str:
        match = re.search(pattern, output)
        return match.group(1) if match else default

    return WrkResult(
        requests_per_second=float(find(r"Requests/sec:\s+([\d.]+)", "0")),
        latency_p50=find(r"\s50%\s+(\S+)", "?"),
        latency_p99=find(r"\s99%\s+(\S+)", "?"),
        non_2xx=int(find(r"Non-2xx or 3xx responses: (\d+)", "0")),
        errors=find(r"Socket errors: (.*)"),
        transfer=find(r"Transfer/sec:\s+(\S+)", "?"),
    )


# -- memory ------------------------------------------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry.name))
    return found


def memory_of(pid: int | None) -> tuple[int, int, int]:
    """RSS and PSS in kB of `pid` and its descendants, and how many processes.

    RSS counts the pages forked workers share with their master once per
    process; PSS divides shared pages among the processes sharing them."""
    if pid is None:
        return (0, 0, 0)
    pids, rss, pss = [pid], 0, 0
    for current in pids:
        pids.extend(_children(current))
        with contextlib.suppress(OSError):
            rollup = (Path("/proc") / str(current) / "smaps_rollup").read_text()
            rss += int(re.search(r"^Rss:\s+(\d+)", rollup, re.M).group(1))
            pss += int(re.search(r"^Pss:\s+(\d+)", rollup, re.M).group(1))
    return (rss, pss, len(pids))
