"""A real scheduler process for a test, and a stand-in for the Varnish it purges.

    with recording_purges() as purges, scheduler(purges.url) as process:
        wait_for(condition, process, "what we wait for")
    purges.keys  # every surrogate key the scheduler purged

The scheduler runs `manage.py scheduler` against the test database (the test
needs a transactional database, so the process sees its rows), publishing
every second instead of every minute, and is stopped with SIGTERM.
"""

import http.server
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .conftest import database_url

ROOT = Path(__file__).resolve().parents[2]


class PurgeRecorder(http.server.ThreadingHTTPServer):
    """Listens where Varnish would and records the keys of each PURGE."""

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _RecordPurge)
        self.keys: set[str] = set()
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"


class _RecordPurge(http.server.BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (http.server's name)
        with self.server.lock:
            self.server.keys.update(self.headers.get("xkey-purge", "").split())
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@contextmanager
def recording_purges() -> Iterator[PurgeRecorder]:
    server = PurgeRecorder()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def scheduler(purge_to: str) -> Iterator[subprocess.Popen]:
    """`manage.py scheduler`, publishing every second and purging the Varnish
    (or recorder) at `purge_to`; stopped with SIGTERM, and checked to have
    stopped cleanly, when the block ends."""
    environment = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DATABASE_CONN_MAX_AGE": "0",
        "MASTHEAD_SCHEDULE_PUBLISHING_SECONDS": "1",
        "MASTHEAD_CACHE_PURGER": "varnish",
        "MASTHEAD_VARNISH_URLS": purge_to,
        "MASTHEAD_BASE_URL": "http://testserver",
    }
    process = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, "manage.py", "scheduler", "-v", "2"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
        assert "stopped" in out, out
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def wait_for(
    condition: Callable[[], bool], process: subprocess.Popen, what: str, seconds: float
) -> None:
    """Wait until `condition()`, failing if the process ends or time runs out."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"{what}: not within {seconds:.0f} s"
        time.sleep(0.1)
