"""Newsletter benchmark: send one round-up issue to many readers through a local
SMTP sink with several worker processes, and measure messages per second and
the workers' peak memory.

    .venv/bin/python bench/newsletter.py                      # SQLite: bench/newsletter.sqlite3
    .venv/bin/python bench/newsletter.py --subscribers 10000 --workers 2
    .venv/bin/python bench/newsletter.py --database-url postgres://postgres@127.0.0.1:5432/masthead_bench_newsletter
    .venv/bin/python bench/newsletter.py --compare-memory     # 10,000 then 100,000 readers
    make bench-newsletter

Each run starts from an empty database of its own: the SQLite file is deleted,
a PostgreSQL database (its name must contain "bench" and "newsletter", so that
no other database is ever dropped) is dropped and created again, and dropped at
the end unless --keep-db. The benchmark migrates it, builds
a small magazine with the apps' factories (12 articles over 3 sections, published
in the last week), drafts an issue with `roundup_draft`, and bulk-creates the
confirmed readers (a few percent of them with a choice of sections, so that
several variants of the message exist).

Then, timed separately: `roundup_send_start` in this process (the delivery
rows), and the send itself: --workers processes of `manage.py roundup_send <id>
--quiet-progress`, from their start to the exit of the last one, into
bench/smtp_sink.py (its own process; counts messages, bytes and distinct
recipients). The send is checked against the database (every delivery SENT in
one attempt, the issue SENT) and against the sink (one message per reader).
Peak memory is each worker's VmHWM (peak resident set size) from /proc, read
every 10 ms while it runs; CPU seconds come from os.wait4.

Workers get PYTHONPYCACHEPREFIX (see PYCACHE_DIR) and a warm-up run, so that
their start-up is what a deployed worker's is; the figures include it.

This is a benchmark, not a test: it exits 0 and prints PASS/FAIL against the
floor (>= 1,000 messages/s) unless the send itself went wrong (exit 1).
"""

import argparse
import contextlib
import datetime
import json
import os
import signal
import smtplib
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import django
import psycopg
import wagtail
from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.models import Count, Max
from django.utils import timezone

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
DEFAULT_DATABASE_URL = f"sqlite:///{BENCH_DIR / 'newsletter.sqlite3'}"
MEDIA_DIR = BENCH_DIR / "media" / "newsletter"
SINK = BENCH_DIR / "smtp_sink.py"
# Workers keep their compiled bytecode here, outside the tree (this machine sets
# PYTHONDONTWRITEBYTECODE, which would make every worker compile Django and Wagtail
# afresh: seconds of start-up that a deployed worker does not pay).
PYCACHE_DIR = Path(tempfile.gettempdir()) / "masthead-bench-pycache"

FLOOR_MESSAGES_PER_SECOND = 1000
COMPARE_SIZES = (10_000, 100_000)
# Memory "does not grow with the readers" if the peak at 100,000 is within this of 10,000.
MEMORY_TOLERANCE = 1.10
CHUNK = 5000

SECTION_TITLES = ("Europe", "Africa", "Asia-Pacific")
# (format kind, section index) of the week's 12 pieces, oldest first.
PIECES = [
    ("analysis", 0),
    ("news", 1),
    ("opinion", 2),
    ("brief", 0),
    ("analysis", 1),
    ("report", 2),
    ("news", 0),
    ("brief", 1),
    ("analysis", 2),
    ("opinion", 0),
    ("news", 1),
    ("brief", 2),
]
# The choices of sections (indexes) of the readers who do not take the whole round-up.
CHOICES = ((0,), (1,), (2,), (0, 1), (1, 2))


# -- command line and Django set-up ----------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL, help="%(default)s")
    parser.add_argument("--subscribers", type=int, default=100_000, help="%(default)s")
    parser.add_argument("--workers", type=int, default=2, help="%(default)s")
    parser.add_argument(
        "--batch-size", type=int, default=None, help="roundup_send --batch-size (default: settings)"
    )
    parser.add_argument(
        "--choosers",
        type=float,
        default=0.03,
        help="share of readers with a choice of sections (%(default)s)",
    )
    parser.add_argument(
        "--compare-memory",
        action="store_true",
        help=f"send to {COMPARE_SIZES[0]:,} then {COMPARE_SIZES[1]:,} readers; compare peak RSS",
    )
    parser.add_argument("--keep-db", action="store_true", help="keep a PostgreSQL database")
    return parser.parse_args(argv)


def is_sqlite(database_url: str) -> bool:
    return urlparse(database_url).scheme.startswith("sqlite")


def wipe_sqlite(database_url: str) -> None:
    path = Path(urlparse(database_url).path)
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def postgres_admin(database_url: str):
    """(database name, a psycopg connection to the server's `postgres` database)."""
    parsed = urlparse(database_url)
    name = parsed.path.strip("/")
    if "bench" not in name or "newsletter" not in name:
        sys.exit(
            f"Refusing to drop and create {name!r}: name a database of this benchmark's "
            "own, e.g. masthead_bench_newsletter."
        )
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    return name, psycopg.connect(admin_url, autocommit=True)


def postgres_recreate(database_url: str) -> None:
    name, admin = postgres_admin(database_url)
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


def postgres_drop(database_url: str) -> None:
    name, admin = postgres_admin(database_url)
    with admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def bench_environ(database_url: str) -> dict:
    """Settings for this process and the workers: the bench database and media,
    production-like (no DEBUG, so no query log growing in the workers)."""
    return {
        "DJANGO_SETTINGS_MODULE": "masthead.settings",
        "DATABASE_URL": database_url,
        "DJANGO_MEDIA_ROOT": str(MEDIA_DIR),
        "DJANGO_STATICFILES_STORAGE": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "DJANGO_DEBUG": "false",
    }


def django_setup(database_url: str) -> None:
    sys.path.insert(0, str(BASE_DIR))
    os.environ.update(bench_environ(database_url))
    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()


def prepare_database(args) -> None:
    """Every run starts from an empty database of its own."""
    if is_sqlite(args.database_url):
        wipe_sqlite(args.database_url)
    else:
        postgres_recreate(args.database_url)
    MEDIA_DIR.mkdir(parents=True, exist_ok=True)


# The command line names the database, so it is read and Django set up before
# anything that needs the app registry is imported (E402 in pyproject.toml).
ARGS = parse_args()
prepare_database(ARGS)
django_setup(ARGS.database_url)

from wagtail.models import Site

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import SectionPage
from masthead.articles.services import front_page_curate, magazine_structure_ensure
from masthead.core.models import SiteSettings
from masthead.newsletter.factories import confirmed_readers_create
from masthead.newsletter.mail.message import RoundupMessages
from masthead.newsletter.models import ConsentRecord, Delivery, RoundupIssue, Subscriber
from masthead.newsletter.services.drafting import roundup_draft
from masthead.newsletter.services.sending import roundup_send_start

# -- the magazine, the issue, the readers -------------------------------------------


def build_magazine():
    """Three sections, three authors, twelve pieces published in the last week
    (three of them on the front page: the editor's picks)."""

    now = timezone.now()
    with transaction.atomic():
        magazine_structure_ensure()
        site = Site.objects.get(is_default_site=True)
        site_settings = SiteSettings.for_site(site)
        site_settings.name = "The Benchmark Review"
        site_settings.postal_address = "1 Benchmark Row\nExample Town\nEX1 2MP"
        site_settings.save()
        sections = [SectionPageFactory(title=title) for title in SECTION_TITLES]
        authors = [
            AuthorPageFactory(title=name) for name in ("Ana Ruiz", "Bo Lin", "Chiara Dubois")
        ]
        articles = []
        for number, (kind, section) in enumerate(PIECES):
            articles.append(
                ArticlePageFactory(
                    title=f"Piece {number + 1}: what the week meant for {SECTION_TITLES[section]}",
                    section=sections[section],
                    authors=authors[: 1 + number % 2],
                    format_kind=kind,
                    dek="A close reading of the week's decisions and what they change.",
                    published_at=now - datetime.timedelta(hours=12 * (len(PIECES) - number)),
                )
            )
        front_page_curate(
            magazine_structure_ensure().home, lead=articles[-1], featured=articles[-4:-1]
        )
    return sections, articles


def create_readers(count: int, sections, choosers: float) -> int:
    """`count` confirmed readers, bulk-created CHUNK at a time (so that this
    process never holds them all); every 1/choosers-th one chooses sections
    (cycling through CHOICES). Returns the number of choosers."""

    every = round(1 / choosers) if choosers > 0 else 0

    def sections_of(n: int) -> list:
        if not every or n % every != every - 1:
            return []
        return [sections[i] for i in CHOICES[(n // every) % len(CHOICES)]]

    now = timezone.now()
    with transaction.atomic():
        for start in range(0, count, CHUNK):
            confirmed_readers_create(
                min(CHUNK, count - start),
                first=start,
                email="reader{n:07d}@example.org",
                sections_of=sections_of,
                source="bench",
                created_at=now,
                confirmed_at=now,
                batch_size=CHUNK,
            )
    return count // every if every else 0


def reset_send(issue) -> None:
    """Forget the readers and deliveries (for the next size of --compare-memory)."""

    tables = [
        Delivery._meta.db_table,
        Subscriber.sections.through._meta.db_table,
        ConsentRecord._meta.db_table,
        Subscriber._meta.db_table,
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608
    RoundupIssue.objects.filter(pk=issue.pk).update(
        status=RoundupIssue.Status.DRAFT, sending_started_at=None, sent_at=None
    )
    issue.refresh_from_db()


def analyze() -> None:
    """PostgreSQL: fresh planner statistics after the bulk inserts, as autovacuum
    would soon give them."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def message_variants(issue) -> list[tuple[str, int]]:
    """Render each variant once here (as a worker would) and report its size."""

    messages = RoundupMessages(issue)
    ids = dict(SectionPage.objects.values_list("title", "pk"))
    variants = [("whole", None)] + [
        (
            "+".join(SECTION_TITLES[i] for i in choice),
            frozenset(ids[SECTION_TITLES[i]] for i in choice),
        )
        for choice in CHOICES
    ]
    sizes = []
    for label, section_ids in variants:
        _rendered, template = messages.rendered(section_ids)
        sizes.append((label, len(template) if template else 0))
    return sizes


# -- the sink and the workers ---------------------------------------------------------


@dataclass
class Sink:
    process: subprocess.Popen
    port: int
    count_file: Path

    @classmethod
    def start(cls, directory: Path) -> "Sink":
        count_file = directory / "sink.json"
        process = subprocess.Popen(  # noqa: S603 - our own script and arguments
            [sys.executable, str(SINK), "--port", "0", "--count-file", str(count_file)],
            stdout=subprocess.PIPE,
            text=True,
        )
        first = process.stdout.readline().split()
        if len(first) != 2 or first[0] != "PORT":
            process.kill()
            raise RuntimeError(f"the SMTP sink did not start: {first}")
        return cls(process, int(first[1]), count_file)

    def figures(self) -> dict:
        smtp = smtplib.SMTP("127.0.0.1", self.port, timeout=10)
        try:
            code, reply = smtp.docmd("XSTAT")
        finally:
            smtp.quit()
        if code != 250:
            raise RuntimeError(f"XSTAT answered {code} {reply!r}")
        pairs = (item.split("=", 1) for item in reply.decode().split())
        return {key: float(value) if "." in value else int(value) for key, value in pairs}

    def stop(self) -> tuple[float, dict]:
        """Stop the sink; returns its CPU seconds and the figures it wrote on exit."""
        self.process.send_signal(signal.SIGTERM)
        _pid, status, usage = os.wait4(self.process.pid, 0)
        self.process.returncode = os.waitstatus_to_exitcode(status)
        self.process.stdout.close()
        try:
            written = json.loads(self.count_file.read_text())
        except (OSError, ValueError):
            written = {}
        return usage.ru_utime + usage.ru_stime, written


@dataclass
class WorkerResult:
    pid: int
    returncode: int
    max_rss_mb: float
    cpu_seconds: float
    output: str = ""


@dataclass
class SendResult:
    wall: float
    started_at: float  # time.time(), to compare with the sink's timestamps
    workers: list = field(default_factory=list)


def vm_hwm_kib(pid: int) -> int:
    """The peak resident set size of a running process (0 once it has exited)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def send_with_workers(issue, sink: Sink, count: int, batch_size, directory: Path) -> SendResult:
    env = {
        **os.environ,
        **bench_environ(os.environ["DATABASE_URL"]),
        "EMAIL_BACKEND": "masthead.newsletter.mail.smtp.RoundupSMTPBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_PORT": str(sink.port),
        "EMAIL_USE_TLS": "false",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE_DIR)
    command = [sys.executable, "manage.py", "roundup_send", str(issue.pk), "--quiet-progress"]
    if batch_size:
        command += ["--batch-size", str(batch_size)]
    # Compile (or find) the workers' bytecode before the clock starts.
    subprocess.run(
        [sys.executable, "manage.py", "roundup_send", "--help"],
        cwd=BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
    )
    logs = [directory / f"worker{number}.log" for number in range(count)]
    started, started_at = time.perf_counter(), time.time()
    processes = []
    for log in logs:
        with log.open("w") as out:
            worker = subprocess.Popen(  # noqa: S603 - our own command line
                command, cwd=BASE_DIR, env=env, stdout=out, stderr=out
            )
            processes.append(worker)
    # Peak memory is each worker's VmHWM, read while it runs: ru_maxrss from
    # wait4 is no good here, as a child's starts from its parent's RSS at fork
    # (Linux keeps the old memory's high-water mark across exec), and this
    # process is as large as a worker.
    peak_kib = {process.pid: 0 for process in processes}
    results = {}
    while len(results) < len(processes):
        for process in processes:
            if process.pid in results:
                continue
            peak_kib[process.pid] = max(peak_kib[process.pid], vm_hwm_kib(process.pid))
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid == 0:
                continue
            last_exit = time.perf_counter()
            process.returncode = os.waitstatus_to_exitcode(status)
            results[process.pid] = WorkerResult(
                pid=process.pid,
                returncode=process.returncode,
                max_rss_mb=peak_kib[process.pid] / 1024,
                cpu_seconds=usage.ru_utime + usage.ru_stime,
            )
        time.sleep(0.01)
    wall = last_exit - started
    for process, log in zip(processes, logs, strict=True):
        results[process.pid].output = log.read_text()
    workers = [results[process.pid] for process in processes]
    return SendResult(wall=wall, started_at=started_at, workers=workers)


def database_figures(issue) -> dict:

    issue.refresh_from_db()
    deliveries = Delivery.objects.filter(issue=issue)
    states = dict(deliveries.values_list("state").annotate(n=Count("pk")).values_list("state", "n"))
    sent = deliveries.filter(state=Delivery.State.SENT)
    return {
        "states": states,
        "sent": states.get(Delivery.State.SENT, 0),
        "distinct_sent": sent.values("subscriber_id").distinct().count(),
        "max_attempts": sent.aggregate(m=Max("attempts"))["m"] or 0,
        "issue_status": issue.status,
    }


# -- one run ---------------------------------------------------------------------------


def run_once(issue, readers: int, args, sections) -> dict:

    started = time.perf_counter()
    choosers = create_readers(readers, sections, args.choosers)
    created = time.perf_counter() - started
    print(
        f"\n== {readers:,} confirmed readers ({choosers:,} with a choice of sections) "
        f"bulk-created in {created:.1f} s"
    )

    started = time.perf_counter()
    total = roundup_send_start(issue)
    start_seconds = time.perf_counter() - started
    analyze()
    queued = Delivery.objects.filter(issue=issue, state=Delivery.State.QUEUED).count()

    connections.close_all()  # no open connection or transaction while the workers run

    with tempfile.TemporaryDirectory(prefix="bench-newsletter-") as tmp:
        directory = Path(tmp)
        sink = Sink.start(directory)
        try:
            result = send_with_workers(issue, sink, args.workers, args.batch_size, directory)
            figures = sink.figures()
        finally:
            sink_cpu, written = sink.stop()

    db = database_figures(issue)
    failed_workers = [w for w in result.workers if w.returncode != 0]
    rate = db["sent"] / result.wall if result.wall else 0.0
    window = figures["last"] - figures["first"] if figures["messages"] > 1 else 0.0
    checks = {
        "every delivery SENT": db["states"] == {Delivery.State.SENT: readers},
        "issue SENT": db["issue_status"] == "sent",
        "one attempt each": db["max_attempts"] == 1,
        "DB: one SENT row per reader": db["distinct_sent"] == db["sent"] == readers,
        "sink count == readers": figures["messages"] == readers,
        "sink: distinct recipients == messages": figures["recipients"] == figures["messages"],
        "sink: count file == XSTAT": written.get("messages") == figures["messages"],
        "workers exited 0": not failed_workers,
    }

    print(f"subscribers:               {readers:,}")
    batch = args.batch_size or f"{settings.MASTHEAD_NEWSLETTER_BATCH_SIZE} (settings)"
    print(f"workers:                   {args.workers}, batch size {batch}")
    print(f"delivery rows:             {total:,} ({queued:,} queued) in {start_seconds:.2f} s")
    print(f"send wall time:            {result.wall:.2f} s (workers' start to last exit)")
    print(f"messages/s:                {rate:,.0f} (DB sent / wall time)")
    if window:
        print(
            f"  while sending:           {figures['messages'] / window:,.0f} messages/s "
            f"(sink: {window:.2f} s from first to last message; "
            f"{figures['first'] - result.started_at:.2f} s from the workers' start to the "
            f"first, {result.started_at + result.wall - figures['last']:.2f} s from the last "
            "to their exit)"
        )
    for number, worker in enumerate(result.workers, 1):
        print(
            f"peak RSS worker {number}:         {worker.max_rss_mb:.1f} MB "
            f"(CPU {worker.cpu_seconds:.1f} s, exit {worker.returncode})"
        )
    print(
        f"sink count:                {figures['messages']:,} messages, "
        f"{figures['recipients']:,} distinct recipients, {figures['bytes'] / 1e6:,.0f} MB "
        f"(sink CPU {sink_cpu:.1f} s)"
    )
    print(
        f"DB sent count:             {db['sent']:,} (states {db['states']}, "
        f"max attempts {db['max_attempts']}, issue {db['issue_status']})"
    )
    for name, ok in checks.items():
        print(f"  check {name}: {'ok' if ok else 'FAILED'}")
    for worker in failed_workers:
        print(f"--- worker {worker.pid} output (exit {worker.returncode}):")
        print(worker.output[-3000:])
    verdict = "PASS" if rate >= FLOOR_MESSAGES_PER_SECOND and all(checks.values()) else "FAIL"
    print(f"floor: >= {FLOOR_MESSAGES_PER_SECOND:,} messages/s: {verdict}")
    return {
        "readers": readers,
        "rate": rate,
        "ok": all(checks.values()),
        "rss": [w.max_rss_mb for w in result.workers],
    }


# -- main ------------------------------------------------------------------------------


def main(args) -> int:

    try:
        started = time.perf_counter()
        call_command("migrate", interactive=False, verbosity=0)
        print(
            f"Database: {connection.vendor} {args.database_url} "
            f"(migrated in {time.perf_counter() - started:.1f} s)"
        )
        print(
            f"Python {sys.version.split()[0]}, Django {django.get_version()}, "
            f"Wagtail {wagtail.__version__}, {os.cpu_count()} CPUs, "
            f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
        )
        started = time.perf_counter()
        sections, articles = build_magazine()
        issue = roundup_draft()
        print(
            f"Magazine: {len(articles)} pieces in {len(sections)} sections; issue {issue.pk} "
            f"with {issue.items.count()} pieces ({time.perf_counter() - started:.1f} s)"
        )
        sizes = message_variants(issue)
        print(
            "Message sizes (bytes, per variant): "
            + ", ".join(f"{label} {size:,}" for label, size in sizes)
        )

        sizes_to_run = COMPARE_SIZES if args.compare_memory else (args.subscribers,)
        runs = []
        for number, readers in enumerate(sizes_to_run):
            if number:
                reset_send(issue)
            runs.append(run_once(issue, readers, args, sections))

        if args.compare_memory:
            small, large = runs
            print("\n== Peak RSS per worker against the number of readers")
            for run in runs:
                figures = ", ".join(f"{mb:.1f} MB" for mb in run["rss"])
                print(f"  {run['readers']:>7,} readers: {figures} (max {max(run['rss']):.1f} MB)")
            growth = max(large["rss"]) / max(small["rss"])
            verdict = "PASS" if growth <= MEMORY_TOLERANCE else "FAIL"
            print(
                f"memory flat ({COMPARE_SIZES[1]:,} vs {COMPARE_SIZES[0]:,} readers, "
                f"x{growth:.3f}, limit x{MEMORY_TOLERANCE}): {verdict}"
            )
        return 0 if all(run["ok"] for run in runs) else 1
    finally:
        connections.close_all()
        if not is_sqlite(args.database_url) and not args.keep_db:
            with contextlib.suppress(Exception):
                postgres_drop(args.database_url)
            print(f"Dropped {args.database_url} (--keep-db keeps it)")


if __name__ == "__main__":
    sys.exit(main(ARGS))
