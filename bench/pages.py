"""Page-quality benchmark: Lighthouse scores and first-view bytes of the demo magazine.

    .venv/bin/python bench/pages.py
    .venv/bin/python bench/pages.py --runs 5 --rebuild
    make bench-pages

Google Lighthouse (the npm package pinned in package.json; `npm ci` installs
it) drives Debian's Chromium (/usr/bin/chromium, headless, with the flags the
browser tests use) against the demo magazine, served by gunicorn as in
production: DEBUG off, the static files collected and served by whitenoise,
the pictures served by the app, and Varnish in front with the repository's
VCL when Debian's varnishd is installed (as in production, docs/serving.md:
pages come gzipped, as readers get them); without varnishd, gunicorn alone
sends them uncompressed, and the 'if gzipped' column estimates the difference.

Four pages: the front page, the newest article with a picture in its body, that
article's section and its first author. Each is audited --runs times (default
3), each time in a fresh browser profile (a first view: nothing cached), with
Lighthouse's default mobile form factor, emulation and simulated throttling.
The figures are the medians of the runs: the four category scores and the
bytes transferred (the total-byte-weight audit).

The demo is loaded into bench/pages.sqlite3 and bench/media/pages/ on the first
run (about two minutes) and reused after (--rebuild loads it afresh). The static
files are collected into bench/lighthouse/static/ on every run, and every
Lighthouse report is kept in bench/lighthouse/reports/ (JSON and HTML, to open
in a browser); all of it is git-ignored.

Floors: 100 in each of the four categories on every page, and at most 150 KB
(150,000 bytes) transferred for the front page and the article. For every
median score below 100 the audits that did not pass are listed, with their
displayed value and a few of the elements or files they name.

This is a benchmark, not a test: it always exits 0 and prints PASS/FAIL against
the floors (a run Lighthouse could not finish is printed as not measured).
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
sys.path.insert(0, str(BASE_DIR))

from bench.serving_stack import Stack, fetch  # noqa: E402 (after the path is set)
from tests.serving.varnish import Varnish, backend_vcl, varnishd_path  # noqa: E402

DEFAULT_DATABASE_URL = f"sqlite:///{BENCH_DIR / 'pages.sqlite3'}"
MEDIA_ROOT = BENCH_DIR / "media" / "pages"
OUTPUT_DIR = BENCH_DIR / "lighthouse"
STATIC_ROOT = OUTPUT_DIR / "static"
REPORTS_DIR = OUTPUT_DIR / "reports"
LIGHTHOUSE = BASE_DIR / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = Path("/usr/bin/chromium")
# As tests/browser/conftest.py launches it, headless.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]

CATEGORIES = {
    "performance": "perf",
    "accessibility": "a11y",
    "best-practices": "best",
    "seo": "seo",
}
FLOOR_SCORE = 100
FLOOR_BYTES = 150_000
BYTE_FLOOR_PAGES = {"front page", "article"}
# Audits that hold no verdict: they inform, or ask a person to check.
UNSCORED_MODES = {"informative", "manual", "notApplicable"}
EXAMPLES_PER_AUDIT = 3


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL, help="%(default)s")
    parser.add_argument("--runs", type=int, default=3, help="Lighthouse runs per page")
    parser.add_argument("--rebuild", action="store_true", help="load the demo afresh")
    return parser.parse_args(argv)


# -- the demo magazine, served -----------------------------------------------------


def app_environment(args) -> dict[str, str]:
    """What manage.py, gunicorn and this process run with: production settings
    (DEBUG off, hashed and compressed static files) on the benchmark's own
    database, media and static folders."""
    return {
        "DATABASE_URL": args.database_url,
        "DJANGO_MEDIA_ROOT": str(MEDIA_ROOT),
        "DJANGO_STATIC_ROOT": str(STATIC_ROOT),
        "DJANGO_DEBUG": "false",
        # The development secret key is fine for a server only this machine reaches.
        "MASTHEAD_DEVELOPMENT_SERVER": "1",
        "MASTHEAD_SERVE_MEDIA": "true",
        "MASTHEAD_CACHE_PURGER": "",
        "LOG_LEVEL": "ERROR",
    }


def demo_prepare(args) -> None:
    """Load the demo into the benchmark's database the first time; migrate it and
    collect the static files (they follow the templates' stylesheet) every time."""
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    commands = [["migrate", "--noinput", "-v0"], ["createcachetable", "-v0"]]
    if args.database_url == DEFAULT_DATABASE_URL:
        database = Path(args.database_url.removeprefix("sqlite:///"))
        if args.rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{database}{suffix}").unlink(missing_ok=True)
            shutil.rmtree(MEDIA_ROOT, ignore_errors=True)
        if not database.exists():
            print(f"Loading the demo magazine into {database.name} (once; about two minutes)...")
            commands.append(["load_demo", "--no-login"])
    elif args.rebuild:
        print("--rebuild only empties the default database; loading the demo into yours.")
        commands.append(["load_demo", "--no-login"])
    commands.append(["collectstatic", "--noinput", "-v0"])
    for command in commands:
        subprocess.run([*manage, *command], check=True, cwd=BASE_DIR, timeout=900)  # noqa: S603


def django_setup() -> None:
    import django  # noqa: PLC0415 (only once the environment is set)

    os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings"
    django.setup()


def site_answers_on(port: int) -> None:
    """The default site answers on the benchmark's address, so canonical links and
    share URLs name the server Lighthouse audits (as the browser tests do)."""
    from wagtail.models import Site  # noqa: PLC0415 (after django.setup)

    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=port)


def has_inline_picture(article) -> bool:
    return any(block.get("type") == "image" for block in article.body.raw_data)


def pages_to_audit() -> dict[str, str]:
    """The front page, the newest article with a picture in its body (else the
    newest article), its primary section and its first author: name -> path."""
    from wagtail.models import Site  # noqa: PLC0415 (after django.setup)

    from masthead.articles.models import ArticlePage  # noqa: PLC0415 (after django.setup)

    articles = list(ArticlePage.objects.live().order_by("-published_at")[:200])
    if not articles:
        raise SystemExit("The database has no live article: run with --rebuild.")
    article = next((page for page in articles if has_inline_picture(page)), articles[0])
    authors = article.authors
    pages = {
        "front page": Site.objects.get(is_default_site=True).root_page,
        "article": article,
        "section": article.section,
        "author": authors[0] if authors else None,
    }
    return {name: page.get_url() for name, page in pages.items() if page is not None}


def warm_up(port: int, paths: dict[str, str]) -> None:
    """Render every page a few times before auditing, so the picture renditions
    exist and both gunicorn workers hold the page's fragments: Lighthouse's
    first view is a reader's, not the first reader's since a deploy."""
    for path in paths.values():
        for _ in range(4):
            answer = fetch(f"http://127.0.0.1:{port}{path}", timeout=60)
            if answer.status != 200:
                print(f"  NOTE: {path} answered {answer.status} while warming up")


# -- Lighthouse --------------------------------------------------------------------


@dataclass
class Run:
    """One Lighthouse report, reduced to what the summary needs."""

    scores: dict[str, float | None]
    total_bytes: float
    gzip_savings: float
    bytes_by_type: dict[str, tuple[int, int]]  # resource type -> (requests, bytes)
    audits: dict
    categories: dict
    warnings: list[str]


@dataclass
class PageResult:
    name: str
    path: str
    runs: list[Run] = field(default_factory=list)
    failures: int = 0

    def score(self, category: str) -> float | None:
        values = [run.scores[category] for run in self.runs if run.scores[category] is not None]
        return statistics.median(values) if values else None

    def total_bytes(self) -> float | None:
        values = [run.total_bytes for run in self.runs]
        return statistics.median(values) if values else None

    def gzipped_bytes(self) -> float | None:
        values = [run.total_bytes - run.gzip_savings for run in self.runs]
        return statistics.median(values) if values else None

    def median_run(self, category: str) -> Run | None:
        """The run whose score is the median: its audits explain the median."""
        median = self.score(category)
        return next((run for run in self.runs if run.scores[category] == median), None)


def lighthouse_command(url: str, output_stem: Path) -> list[str]:
    return [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output=html",
        f"--output-path={output_stem}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={' '.join(CHROMIUM_FLAGS)}",
    ]


def lighthouse_run(url: str, output_stem: Path) -> Run | None:
    """One audit in a fresh Chromium; None (and why) when Lighthouse fails."""
    environment = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    try:
        finished = subprocess.run(  # noqa: S603 (our own arguments)
            lighthouse_command(url, output_stem),
            capture_output=True,
            text=True,
            timeout=300,
            env=environment,
            cwd=BASE_DIR,
        )
    except subprocess.TimeoutExpired:
        print(f"    Lighthouse did not finish {url} within 300 s")
        return None
    report_file = output_stem.with_name(f"{output_stem.name}.report.json")
    if finished.returncode != 0 or not report_file.exists():
        print(f"    Lighthouse failed on {url} (exit {finished.returncode}):")
        print("      " + (finished.stderr.strip() or finished.stdout.strip())[-1500:])
        return None
    return run_from_report(json.loads(report_file.read_text()))


def run_from_report(report: dict) -> Run | None:
    if report.get("runtimeError"):
        error = report["runtimeError"]
        print(f"    Lighthouse could not audit the page: {error.get('code')}")
        print(f"      {error.get('message')}")
        return None
    categories = report["categories"]
    audits = report["audits"]
    scores = {
        name: None if categories[name]["score"] is None else round(categories[name]["score"] * 100)
        for name in CATEGORIES
    }
    return Run(
        scores=scores,
        total_bytes=audits["total-byte-weight"].get("numericValue", 0),
        gzip_savings=gzip_savings(audits.get("uses-text-compression", {})),
        bytes_by_type=bytes_by_type(audits.get("network-requests", {})),
        audits=audits,
        categories=categories,
        warnings=list(report.get("runWarnings", [])),
    )


def bytes_by_type(network_requests: dict) -> dict[str, tuple[int, int]]:
    """Requests and bytes per resource type: every request the page made, as
    total-byte-weight counts them (the favicon too)."""
    totals: dict[str, tuple[int, int]] = {}
    for item in network_requests.get("details", {}).get("items", []):
        kind = item.get("resourceType") or "Other"
        count, size = totals.get(kind, (0, 0))
        totals[kind] = (count + 1, size + item.get("transferSize", 0))
    return totals


def gzip_savings(text_compression: dict) -> float:
    """Bytes gzip would save on what went uncompressed: the pages themselves,
    which Varnish compresses in production but gunicorn alone does not."""
    items = text_compression.get("details", {}).get("items", [])
    return sum(item.get("wastedBytes", 0) for item in items)


def audit_page(name: str, path: str, port: int, runs: int) -> PageResult:
    result = PageResult(name, path)
    url = f"http://127.0.0.1:{port}{path}"
    slug = name.replace(" ", "-")
    for number in range(1, runs + 1):
        started = time.perf_counter()
        run = lighthouse_run(url, REPORTS_DIR / f"{slug}-{number}")
        if run is None:
            # Lighthouse now and then loses the trace on a busy machine (NO_NAVSTART).
            print("    trying once more")
            run = lighthouse_run(url, REPORTS_DIR / f"{slug}-{number}")
        if run is None:
            result.failures += 1
            continue
        result.runs.append(run)
        figures = " ".join(f"{CATEGORIES[c]} {score_text(run.scores[c])}" for c in CATEGORIES)
        print(
            f"  {name} run {number}: {figures}, {kilobytes(run.total_bytes)} "
            f"({time.perf_counter() - started:.0f} s)"
        )
        for warning in run.warnings:
            print(f"    Lighthouse warns: {warning}")
    return result


# -- the report --------------------------------------------------------------------


def score_text(score: float | None) -> str:
    return "-" if score is None else f"{score:g}"


def kilobytes(size: float | None) -> str:
    return "-" if size is None else f"{size / 1000:.1f} KB"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def scores_pass(result: PageResult) -> bool:
    scores = [result.score(category) for category in CATEGORIES]
    return all(score is not None and score >= FLOOR_SCORE for score in scores)


def bytes_pass(result: PageResult) -> bool | None:
    """None when the page has no byte floor."""
    if result.name not in BYTE_FLOOR_PAGES:
        return None
    total = result.total_bytes()
    return total is not None and total <= FLOOR_BYTES


def summary_table(results: list[PageResult], runs: int) -> None:
    print(f"\n== Lighthouse, mobile, median of {runs} runs ==")
    header = f"  {'page':<11} {'path':<48}"
    header += "".join(f" {short:>5}" for short in CATEGORIES.values())
    print(f"{header} {'transferred':>12} {'if gzipped':>11}  4 x 100  <= 150 KB")
    for result in results:
        line = f"  {result.name:<11} {result.path:<48}"
        line += "".join(f" {score_text(result.score(c)):>5}" for c in CATEGORIES)
        line += f" {kilobytes(result.total_bytes()):>12} {kilobytes(result.gzipped_bytes()):>11}"
        byte_verdict = bytes_pass(result)
        line += f"  {verdict(scores_pass(result)):<7}  "
        line += "-" if byte_verdict is None else verdict(byte_verdict)
        if result.failures:
            line += f"  ({result.failures} of {runs} runs not measured)"
        print(line)
    print(
        f"  floors: {FLOOR_SCORE} in every category on every page; at most "
        f"{FLOOR_BYTES:,} bytes transferred for the {' and the '.join(sorted(BYTE_FLOOR_PAGES))}"
    )
    print(
        "  the verdicts are on the bytes transferred; 'if gzipped' is Lighthouse's estimate\n"
        "  with any uncompressed text gzipped, as Varnish serves pages in production\n"
        "  (the same figure when Varnish was in front)"
    )


def bytes_breakdown(results: list[PageResult]) -> None:
    print("\n== Bytes transferred, first view, by type: requests (the median run's) ==")
    for result in results:
        total = result.total_bytes()
        run = next((run for run in result.runs if run.total_bytes == total), None)
        if run is None:
            continue
        parts = [
            f"{kind.lower()} {kilobytes(size)} ({count})"
            for kind, (count, size) in sorted(run.bytes_by_type.items())
            if count
        ]
        print(f"  {result.name:<11} {', '.join(parts)}")


def audit_examples(audit: dict) -> list[str]:
    """A few of the elements or files an audit names, for a developer to find,
    and why the first of them fails when the audit says (axe's explanation)."""
    examples = []
    items = audit.get("details", {}).get("items", [])
    for item in items[:EXAMPLES_PER_AUDIT]:
        node = item.get("node") or {}
        text = node.get("snippet") or node.get("selector") or item.get("url") or item.get("source")
        if isinstance(text, dict):
            text = text.get("url") or text.get("snippet")
        if text:
            examples.append(" ".join(str(text).split())[:110])
    if len(items) > EXAMPLES_PER_AUDIT:
        examples[-1] += f"  ({len(items)} in all)"
    return examples


def audit_explanation(audit: dict) -> list[str]:
    items = audit.get("details", {}).get("items", [])
    explanation = (items[0].get("node") or {}).get("explanation", "") if items else ""
    reasons = [line.strip() for line in explanation.splitlines()[1:] if line.strip()]
    return reasons[:2]


def lost_points(run: Run, category: str) -> list[tuple[dict, dict]]:
    """The category's audits that did not pass in this run, with their reference."""
    failing = []
    for reference in run.categories[category]["auditRefs"]:
        audit = run.audits.get(reference["id"], {})
        mode = audit.get("scoreDisplayMode")
        if mode in UNSCORED_MODES or reference.get("group") == "hidden":
            continue
        if mode == "error" or (audit.get("score") is not None and audit["score"] < 1):
            failing.append((reference, audit))
    return failing


def failing_audits(results: list[PageResult]) -> None:
    print("\n== Audits that did not pass, for every median score below 100 (the median run's) ==")
    anything = False
    for result in results:
        for category in CATEGORIES:
            score = result.score(category)
            if score is None or score >= FLOOR_SCORE:
                continue
            anything = True
            print(f"\n  {result.name}, {category} {score_text(score)}:")
            seen = Counter(
                reference["id"]
                for run in result.runs
                for reference, _ in lost_points(run, category)
            )
            median_run = result.median_run(category)
            for reference, audit in lost_points(median_run, category):
                audit_line(reference, audit, seen[reference["id"]], len(result.runs))
    if not anything:
        print("  none: every page scored 100 in every category")


def audit_line(reference: dict, audit: dict, failed_runs: int, runs: int) -> None:
    weight = reference.get("weight", 0)
    weighed = f", weight {weight:g}" if weight else ", weight 0: a hint, costs no points itself"
    shown = audit.get("displayValue") or ""
    if audit.get("scoreDisplayMode") == "error":
        shown = f"error: {audit.get('errorMessage', '')}"
    score = audit.get("score")
    score_part = "" if score is None else f"score {score:.2f}, "
    print(f"    {audit.get('id')}: {audit.get('title')}")
    details = f"{score_part}failed in {failed_runs}/{runs} runs{weighed}"
    print(f"      {shown + '; ' if shown else ''}{details}")
    for example in audit_examples(audit):
        print(f"        e.g. {example}")
    for reason in audit_explanation(audit):
        print(f"        why: {reason}")


# -- the run -----------------------------------------------------------------------


def prerequisites_check() -> None:
    if not LIGHTHOUSE.exists():
        raise SystemExit("Lighthouse is not installed: run `npm ci` at the repository root.")
    if not CHROMIUM.exists():
        raise SystemExit(f"Chromium is not installed at {CHROMIUM}: apt-get install chromium")


def main(argv=None) -> None:
    args = parse_args(argv)
    prerequisites_check()
    started = time.perf_counter()
    os.environ.update(app_environment(args))
    demo_prepare(args)
    django_setup()
    shutil.rmtree(REPORTS_DIR, ignore_errors=True)  # no report of an earlier run is mistaken
    REPORTS_DIR.mkdir(parents=True)
    paths = pages_to_audit()
    results = []
    with Stack() as stack:
        # The port is known once gunicorn answers; the site is told before any page
        # renders, and gunicorn's workers read it from the database per request.
        port = stack.gunicorn("masthead.wsgi", timeout=90)
        front = "gunicorn alone (pages uncompressed: varnishd is not installed)"
        if varnishd_path() is not None:
            varnish = stack.enter(
                Varnish(("127.0.0.1", port), site_vcl=backend_vcl("127.0.0.1", port))
            )
            port, front = varnish.port, "Varnish in front of gunicorn, as in production"
        site_answers_on(port)
        warm_up(port, paths)
        print(f"Auditing on http://127.0.0.1:{port}/, {front} ({args.runs} runs a page)")
        for name, path in paths.items():
            results.append(audit_page(name, path, port, args.runs))
    summary_table(results, args.runs)
    bytes_breakdown(results)
    failing_audits(results)
    elapsed = time.perf_counter() - started
    print(f"\nReports in {REPORTS_DIR.relative_to(BASE_DIR)}/; the whole run took {elapsed:.0f} s")


if __name__ == "__main__":
    main()
