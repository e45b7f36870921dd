"""Fault benchmark for the round-up send: workers killed, PostgreSQL restarted
and Redis stopped while an issue goes to 100,000 readers; then, per reader,
what the mail server accepted against what the database says.

    .venv/bin/python bench/faults.py                     # the full run (several minutes)
    .venv/bin/python bench/faults.py --readers 10000 --kills 5 --redis-outage 10
    make bench-faults

Everything runs on services of its own: a PostgreSQL cluster (initdb on a
spare port, as the `postgres` OS user, its data in a temporary folder removed
at the end), a Redis (REDIS_URL points at it, so the workers' cache is Redis)
and bench/smtp_sink.py, which counts per recipient the messages whose DATA
completed (the final "." arrived; a connection dropped before it withdraws the
message). Two `manage.py roundup_send` workers each run under a supervisor
loop that starts it again when it exits non-zero, as systemd's
Restart=on-failure would.

First a send without faults (the baseline); then the deliveries are emptied
and the same issue is sent again while, at random moments (--seed), a worker
is killed with SIGKILL --kills times, PostgreSQL is restarted once
(`pg_ctl restart -m fast`) and Redis is stopped for --redis-outage seconds.
A fault counts as recovered when every row leased at that moment has left its
lease (sent, taken over, or settled as uncertain) and the sink has accepted
messages since. At the end the script reads the send page in the admin (as a
superuser, with Django's test client) and the workers' summaries.

Floors, printed as PASS/FAIL: no reader got the issue twice; no reader who got
nothing is recorded as anything but uncertain; the uncertain count on the send
page and in the `roundup_send` summary equals the uncertain rows; each fault
recovered within 15 s; the faulted send's wall time at most 1.5x the
baseline's. This is a benchmark, not a test: it exits 0 unless it could not
run (1).
"""

import argparse
import contextlib
import datetime
import json
import os
import pwd
import random
import re
import shutil
import signal
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import django
import psycopg

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
SINK = BENCH_DIR / "smtp_sink.py"
PYCACHE_DIR = Path(tempfile.gettempdir()) / "masthead-bench-pycache"
DATABASE_NAME = "masthead_faults"

RECOVERY_FLOOR_SECONDS = 15.0
WALL_FLOOR_RATIO = 1.5
RESTART_DELAY = 0.2  # systemd's RestartSec= (its default is 100 ms)
CHUNK = 5000


# -- command line and Django set-up ----------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=100_000, help="%(default)s")
    parser.add_argument("--kills", type=int, default=20, help="SIGKILLs (%(default)s)")
    parser.add_argument(
        "--redis-outage", type=float, default=60, help="seconds Redis is stopped (%(default)s)"
    )
    parser.add_argument(
        "--postgres-restarts", type=int, default=1, help="pg_ctl restarts (%(default)s)"
    )
    parser.add_argument("--workers", type=int, default=2, help="%(default)s")
    parser.add_argument("--seed", type=int, default=2025, help="for the fault times (%(default)s)")
    parser.add_argument(
        "--postgres-bin", default=None, help="folder of initdb and pg_ctl (default: newest found)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and logs")
    return parser.parse_args(argv)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def bench_environ(database_url: str, redis_url: str, media: Path) -> dict:
    return {
        "DJANGO_SETTINGS_MODULE": "masthead.settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DJANGO_MEDIA_ROOT": str(media),
        "DJANGO_STATICFILES_STORAGE": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "DJANGO_DEBUG": "false",
    }


# The command line and the ports come first: settings read them at import.
ARGS = parse_args()
WORKDIR = Path(tempfile.mkdtemp(prefix="masthead-faults-"))
WORKDIR.chmod(0o755)  # the postgres user reaches its data folder through it
PG_PORT, REDIS_PORT = free_port(), free_port()
DATABASE_URL = f"postgres://postgres@127.0.0.1:{PG_PORT}/{DATABASE_NAME}"
REDIS_URL = f"redis://127.0.0.1:{REDIS_PORT}/0"
ENVIRON = bench_environ(DATABASE_URL, REDIS_URL, WORKDIR / "media")
sys.path.insert(0, str(BASE_DIR))
os.environ.update(ENVIRON)
warnings.filterwarnings("ignore", message="No directory at")
django.setup()

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.services import magazine_structure_ensure
from masthead.core.models import SiteSettings
from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.models import Delivery, RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.progress import roundup_progress
from masthead.newsletter.services.sending import roundup_send_start

# -- the services of its own ------------------------------------------------------------


def as_postgres(command: list[str]) -> list[str]:
    """initdb and the server refuse to run as root: run them as `postgres`."""
    if os.geteuid() == 0:
        return [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "postgres", "--", *command]
    return command


def postgres_bin(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: p.parts[-3])
    if not found:
        sys.exit("No PostgreSQL server found (initdb); give --postgres-bin.")
    return found[-1].parent


@dataclass
class Postgres:
    bin: Path
    data: Path
    port: int
    log: Path

    def pg_ctl(self, *arguments: str) -> None:
        command = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-w"]
        subprocess.run(as_postgres([*command, *arguments]), check=True, capture_output=True)  # noqa: S603

    def start(self) -> None:
        self.data.mkdir(parents=True)
        if os.geteuid() == 0:
            owner = pwd.getpwnam("postgres")
            for path in (self.data.parent, self.data):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        initdb = [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres"]
        subprocess.run(  # noqa: S603 - our own command line
            as_postgres([*initdb, "--auth=trust", "-E", "UTF8", "--no-instructions"]),
            check=True,
            capture_output=True,
        )
        with (self.data / "postgresql.conf").open("a") as conf:
            conf.write(
                f"\nport = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.data.parent}'\nmax_connections = 60\n"
            )
        self.pg_ctl("start")
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{DATABASE_NAME}"')

    def url(self, name: str = DATABASE_NAME) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def restart(self) -> None:
        self.pg_ctl("restart", "-m", "fast")

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.pg_ctl("stop", "-m", "immediate")


@dataclass
class Redis:
    port: int
    log: Path
    process: subprocess.Popen | None = None

    def start(self) -> None:
        command = [shutil.which("redis-server") or "redis-server", "--port", str(self.port)]
        command += ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        with self.log.open("a") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=log)  # noqa: S603
        for _ in range(100):
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port)):
                return
            time.sleep(0.05)
        raise RuntimeError("Redis did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait()
            self.process = None


@dataclass
class Sink:
    process: subprocess.Popen
    port: int
    recipients_file: Path

    @classmethod
    def start(cls, directory: Path) -> "Sink":
        recipients_file = directory / "sink-recipients.json"
        recipients_file.unlink(missing_ok=True)
        process = subprocess.Popen(  # noqa: S603 - our own script and arguments
            [sys.executable, str(SINK), "--port", "0", "--recipients-file", str(recipients_file)],
            stdout=subprocess.PIPE,
            text=True,
        )
        first = process.stdout.readline().split()
        if len(first) != 2 or first[0] != "PORT":
            process.kill()
            raise RuntimeError(f"the SMTP sink did not start: {first}")
        return cls(process, int(first[1]), recipients_file)

    def figures(self) -> dict:
        smtp = smtplib.SMTP("127.0.0.1", self.port, timeout=10)
        try:
            code, reply = smtp.docmd("XSTAT")
        finally:
            smtp.quit()
        pairs = (item.split("=", 1) for item in reply.decode().split())
        return {key: float(value) if "." in value else int(value) for key, value in pairs}

    def stop(self) -> dict[str, int]:
        """Stop the sink; returns the accepted messages per recipient."""
        self.process.send_signal(signal.SIGTERM)
        self.process.wait()
        self.process.stdout.close()
        return json.loads(self.recipients_file.read_text())


# -- the magazine, the issue, the readers -------------------------------------------


def build_magazine_and_issue(readers: int) -> RoundupIssue:
    """Three sections, six pieces of the last week, the readers, the drafted issue."""
    now = timezone.now()
    magazine_structure_ensure()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.name = "The Fault Review"
    site_settings.postal_address = "1 Fault Line\nExample Town"
    site_settings.save()
    sections = [SectionPageFactory(title=title) for title in ("Europe", "Africa", "Asia")]
    author = AuthorPageFactory(title="Ana Ruiz")
    for number, kind in enumerate(("analysis", "news", "opinion", "brief", "report", "news")):
        ArticlePageFactory(
            title=f"Piece {number + 1} of the week",
            section=sections[number % 3],
            authors=[author],
            format_kind=kind,
            dek="What the week's decisions change.",
            published_at=now - datetime.timedelta(hours=12 * (6 - number)),
        )
    for start in range(0, readers, CHUNK):
        confirmed_readers_create(
            min(CHUNK, readers - start),
            first=start,
            email="reader{n:07d}@example.org",
            source="bench",
            created_at=now,
            confirmed_at=now,
            batch_size=CHUNK,
        )
    return roundup_draft()


def reset_send(issue: RoundupIssue) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {connection.ops.quote_name(Delivery._meta.db_table)}")
        cursor.execute("ANALYZE")
    RoundupIssue.objects.filter(pk=issue.pk).update(
        status=RoundupIssue.Status.DRAFT, sending_started_at=None, sent_at=None
    )


# -- workers under supervisors --------------------------------------------------------


@dataclass
class Supervisor:
    """Starts `roundup_send` again whenever it exits non-zero (Restart=on-failure)."""

    slot: int
    command: list[str]
    env: dict
    log: Path
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    exits: list[int] = field(default_factory=list)
    finished_at: float | None = None
    thread: threading.Thread | None = None

    def run(self) -> None:
        while True:
            with self.log.open("a") as log:
                log.write(f"\n--- start at {time.monotonic():.3f}\n")
                log.flush()
                self.process = subprocess.Popen(  # noqa: S603 - our own command line
                    self.command, cwd=BASE_DIR, env=self.env, stdout=log, stderr=log
                )
                self.started_at = time.monotonic()
                code = self.process.wait()
            self.exits.append(code)
            if code == 0:
                self.finished_at = time.monotonic()
                return
            time.sleep(RESTART_DELAY)

    def start(self) -> None:
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def alive_pid(self) -> int | None:
        process = self.process
        if process is not None and process.poll() is None:
            return process.pid
        return None


def supervisors_start(issue: RoundupIssue, sink: Sink, count: int, directory: Path, run: str):
    env = {
        **os.environ,
        **ENVIRON,
        "EMAIL_BACKEND": "masthead.newsletter.mail.smtp.RoundupSMTPBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "EMAIL_USE_TLS": "false",
        "PYTHONPYCACHEPREFIX": str(PYCACHE_DIR),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "manage.py", "roundup_send", str(issue.pk), "--quiet-progress"]
    supervisors = [
        Supervisor(n, command, env, directory / f"{run}-worker{n}.log") for n in range(count)
    ]
    for supervisor in supervisors:
        supervisor.start()
    return supervisors


def warm_bytecode(env_extra: dict) -> None:
    env = {**os.environ, **ENVIRON, **env_extra, "PYTHONPYCACHEPREFIX": str(PYCACHE_DIR)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(  # noqa: S603 - our own command line
        [sys.executable, "manage.py", "roundup_send", "--help"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
    )


# -- faults and their recovery --------------------------------------------------------


@dataclass
class Fault:
    kind: str
    at: float  # seconds since the send started
    leased: frozenset = frozenset()
    accepted_before: int = 0
    recovered_after: float | None = None
    note: str = ""


class Monitor:
    """Watches the leases and the sink, and times each fault's recovery."""

    def __init__(self, issue_id: int, sink: Sink, started: float):
        self.issue_id, self.sink, self.started = issue_id, sink, started
        self.faults: list[Fault] = []
        self.lock = threading.Lock()
        self.db_lock = threading.Lock()  # the injector's thread asks too
        self.stop = threading.Event()
        self.db = None
        self.thread = threading.Thread(target=self.run, daemon=True)

    def leased(self) -> frozenset:
        """(row, lease token) of every row held by a worker; reconnects as needed."""
        with self.db_lock:
            return self._leased()

    def _leased(self) -> frozenset:
        for _attempt in range(600):
            try:
                if self.db is None or self.db.closed:
                    self.db = psycopg.connect(DATABASE_URL, autocommit=True, connect_timeout=2)
                rows = self.db.execute(
                    "SELECT id, lease_token FROM newsletter_delivery "
                    "WHERE issue_id = %s AND state IN ('sending', 'handing_over')",
                    [self.issue_id],
                ).fetchall()
                return frozenset(rows)
            except psycopg.Error:
                with contextlib.suppress(Exception):
                    self.db.close()
                self.db = None
                time.sleep(0.1)
        raise RuntimeError("the benchmark's database stayed away")

    def accepted(self) -> int:
        return self.sink.figures()["messages"]

    def record(self, kind: str, note: str = "", leased: frozenset | None = None) -> Fault:
        fault = Fault(
            kind,
            time.monotonic() - self.started,
            self.leased() if leased is None else leased,
            self.accepted(),
            note=note,
        )
        with self.lock:
            self.faults.append(fault)
        return fault

    def run(self) -> None:
        while not self.stop.is_set():
            self.check()
            time.sleep(0.1)

    def check(self) -> None:
        with self.lock:
            pending = [f for f in self.faults if f.recovered_after is None]
        if not pending:
            return
        leased, accepted, now = self.leased(), self.accepted(), time.monotonic()
        for fault in pending:
            if not (fault.leased & leased) and accepted > fault.accepted_before:
                fault.recovered_after = now - self.started - fault.at

    def finish(self) -> None:
        self.stop.set()
        self.thread.join()
        self.check()
        if self.db is not None:
            self.db.close()


def fault_plan(args, expected_wall: float, rng: random.Random) -> list[tuple[float, str]]:
    """(seconds after the start, fault) for every fault, in order."""
    span = max(expected_wall * 0.85, 2.0)
    plan = [(rng.uniform(1.0, span), "kill") for _ in range(args.kills)]
    plan += [
        (rng.uniform(0.3 * span, 0.7 * span), "postgres") for _ in range(args.postgres_restarts)
    ]
    if args.redis_outage:
        plan.append((min(0.1 * span, 5.0), "redis-stop"))
    return sorted(plan)


def inject_faults(plan, supervisors, postgres, redis, monitor, rng, redis_outage, done):
    """Apply the plan while the send lasts; Redis comes back after its outage."""
    redis_back_at = None
    for at, kind in plan:
        while time.monotonic() - monitor.started < at and not done():
            if redis_back_at and time.monotonic() >= redis_back_at:
                redis.start()
                redis_back_at = None
            time.sleep(0.02)
        if done():
            break
        if kind == "kill":
            pids = [(s.slot, s.alive_pid()) for s in supervisors if s.alive_pid()]
            if not pids:
                time.sleep(0.2)
                pids = [(s.slot, s.alive_pid()) for s in supervisors if s.alive_pid()]
            if pids:
                slot, pid = rng.choice(pids)
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                monitor.record("kill", f"worker {slot}")
        elif kind == "postgres":
            leased = monitor.leased()
            fault = monitor.record("postgres restart", leased=leased)
            started = time.monotonic()
            postgres.restart()
            fault.note = f"pg_ctl restart took {time.monotonic() - started:.1f} s"
        elif kind == "redis-stop":
            redis.stop()
            monitor.record("redis stop", f"for {redis_outage:.0f} s")
            redis_back_at = time.monotonic() + redis_outage
    while redis_back_at:
        if time.monotonic() >= redis_back_at:
            redis.start()
            redis_back_at = None
        time.sleep(0.05)


# -- one send -------------------------------------------------------------------------


@dataclass
class Run:
    wall: float
    exits: list[int]
    accepted: dict[str, int]
    faults: list[Fault]
    logs: list[Path]


def send(issue, directory: Path, run: str, faults=None) -> Run:
    roundup_send_start(issue)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connections.close_all()  # no connection of this process across a restart
    sink = Sink.start(directory)
    started = time.monotonic()
    supervisors = supervisors_start(issue, sink, ARGS.workers, directory, run)
    monitor = Monitor(issue.pk, sink, started)
    monitor.thread.start()

    def done() -> bool:
        return all(s.finished_at for s in supervisors)

    injector = None
    if faults is not None:
        injector = threading.Thread(target=faults, args=(supervisors, monitor, done), daemon=True)
        injector.start()
    for supervisor in supervisors:
        supervisor.thread.join()
    wall = max(s.finished_at for s in supervisors) - started
    if injector is not None:
        injector.join()
    deadline = time.monotonic() + 30
    while any(f.recovered_after is None for f in monitor.faults) and time.monotonic() < deadline:
        time.sleep(0.1)
    monitor.finish()
    accepted = sink.stop()
    exits = [code for s in supervisors for code in s.exits]
    return Run(wall, exits, accepted, monitor.faults, [s.log for s in supervisors])


# -- what the database, the page and the summaries say ----------------------------------


def states_by_reader(issue) -> dict[str, str]:
    return dict(
        Delivery.objects.filter(issue=issue).values_list("subscriber__email", "state").iterator()
    )


def page_uncertain(issue) -> int:
    """The uncertain count the send page shows an editor."""
    user = get_user_model().objects.filter(username="faults-bench").first()
    if user is None:
        user = get_user_model().objects.create_superuser("faults-bench", "bench@example.org", "x")
    client = Client()
    client.force_login(user)
    page = client.get(reverse("newsletter_admin:send", args=[issue.pk])).content.decode()
    found = re.search(r'id="progress-uncertain">(\d+)<', page)
    return int(found.group(1)) if found else -1


def summaries_uncertain(logs: list[Path]) -> list[int]:
    """The uncertain count in each worker's last summary line."""
    counts = []
    for log in logs:
        found = re.findall(r"uncertain (\d+), remaining \d+\.", log.read_text())
        counts.append(int(found[-1]) if found else -1)
    return counts


def exits_text(exits: list[int]) -> str:
    counted: dict[int, int] = {}
    for code in exits:
        counted[code] = counted.get(code, 0) + 1
    return ", ".join(f"{code}: {n}" for code, n in sorted(counted.items()))


# -- main ----------------------------------------------------------------------------


def main(args) -> int:
    rng = random.Random(args.seed)
    postgres = Postgres(
        postgres_bin(args.postgres_bin),
        WORKDIR / "pg" / "data",
        PG_PORT,
        WORKDIR / "pg" / "postgres.log",
    )
    redis = Redis(REDIS_PORT, WORKDIR / "redis.log")
    try:
        postgres.start()
        redis.start()
        print(
            f"PostgreSQL {postgres.bin.parts[-2]} of its own on 127.0.0.1:{PG_PORT} "
            f"({postgres.data}), Redis on {REDIS_PORT}, seed {args.seed}"
        )
        print(
            f"Python {sys.version.split()[0]}, Django {django.get_version()}, {os.cpu_count()} "
            f"CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        )
        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        issue = build_magazine_and_issue(args.readers)
        took = time.perf_counter() - started
        print(f"{args.readers:,} readers and issue {issue.pk} in {took:.1f} s")
        warm_bytecode({})

        baseline = send(issue, WORKDIR, "baseline")
        print(
            f"\n== baseline, no faults: wall {baseline.wall:.1f} s "
            f"({args.readers / baseline.wall:,.0f} messages/s), "
            f"worker exits {exits_text(baseline.exits)}"
        )
        reset_send(issue)

        plan = fault_plan(args, baseline.wall, rng)

        def faults(supervisors, monitor, done):
            inject_faults(plan, supervisors, postgres, redis, monitor, rng, args.redis_outage, done)

        faulted = send(issue, WORKDIR, "faults", faults)
        return report(args, issue, baseline, faulted, plan)
    finally:
        connections.close_all()
        redis.stop()
        postgres.stop()
        if args.keep:
            print(f"Kept {WORKDIR}")
        else:
            shutil.rmtree(WORKDIR, ignore_errors=True)


def report(args, issue, baseline: Run, faulted: Run, plan) -> int:
    states = states_by_reader(issue)
    accepted = faulted.accepted
    uncertain = [email for email, state in states.items() if state == Delivery.State.UNCERTAIN]
    duplicated = {email: n for email, n in accepted.items() if n > 1}
    missed = [
        email
        for email, state in states.items()
        if not accepted.get(email) and state != Delivery.State.UNCERTAIN
    ]
    counts: dict[str, int] = {}
    for state in states.values():
        counts[state] = counts.get(state, 0) + 1
    progress = roundup_progress(issue)
    shown, summaries = page_uncertain(issue), summaries_uncertain(faulted.logs)
    kills = [f for f in faulted.faults if f.kind == "kill"]
    recoveries = [f.recovered_after for f in faulted.faults]
    worst = max((r for r in recoveries if r is not None), default=0.0)
    ratio = faulted.wall / baseline.wall

    print(
        f"\n== with faults: wall {faulted.wall:.1f} s ({args.readers / faulted.wall:,.0f} "
        f"messages/s, x{ratio:.2f} the baseline)"
    )
    print(f"faults planned: {len(plan)}; applied: {len(faulted.faults)}")
    for fault in faulted.faults:
        recovered = (
            "NOT recovered"
            if fault.recovered_after is None
            else (f"recovered in {fault.recovered_after:.1f} s")
        )
        print(
            f"  {fault.at:6.1f} s  {fault.kind:<17} {fault.note:<28} "
            f"{len(fault.leased):>4} rows leased, {recovered}"
        )
    if kills:
        times = [f.recovered_after for f in kills if f.recovered_after is not None]
        if times:
            print(f"kill recovery: median {statistics.median(times):.1f} s, max {max(times):.1f} s")
    print(f"worker exits (code: count): {exits_text(faulted.exits)}")
    print(
        f"sink: {sum(accepted.values()):,} messages accepted, {len(accepted):,} readers, "
        f"{len(duplicated)} readers twice"
    )
    status = RoundupIssue.objects.get(pk=issue.pk).status
    print(f"database: {dict(sorted(counts.items()))}, issue {status}")
    got = sum(1 for email in uncertain if accepted.get(email))
    print(
        f"uncertain: {len(uncertain)} rows ({got} accepted by the server, "
        f"{len(uncertain) - got} not); send page shows {shown}; "
        f"progress {progress['uncertain']}; roundup_send summaries {summaries}"
    )
    floors = {
        "0 readers got it twice": (not duplicated, f"{len(duplicated)}"),
        "0 missed without being recorded uncertain": (not missed, f"{len(missed)}"),
        "every uncertain shown (page == summaries == rows)": (
            shown == len(uncertain) and all(n == len(uncertain) for n in summaries),
            f"{shown}, {summaries}, {len(uncertain)}",
        ),
        f"each fault recovered within {RECOVERY_FLOOR_SECONDS:.0f} s": (
            bool(recoveries) and None not in recoveries and worst <= RECOVERY_FLOOR_SECONDS,
            f"max {worst:.1f} s",
        ),
        f"wall <= {WALL_FLOOR_RATIO}x baseline": (
            ratio <= WALL_FLOOR_RATIO,
            f"{faulted.wall:.1f} s vs {baseline.wall:.1f} s, x{ratio:.2f}",
        ),
    }
    for name, (ok, figure) in floors.items():
        print(f"  {name}: {'PASS' if ok else 'FAIL'} ({figure})")
    if missed[:5]:
        print(f"  missed, first few: {missed[:5]}")
    verdict = "PASS" if all(ok for ok, _ in floors.values()) else "FAIL"
    print(f"faults: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(ARGS))
