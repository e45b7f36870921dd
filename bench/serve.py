"""Serving benchmark: how many article pages per second each layer serves.

    .venv/bin/python bench/serve.py
    .venv/bin/python bench/serve.py --database-url sqlite:////srv/demo.sqlite3
    .venv/bin/python bench/serve.py --steps c --varnish-param thread_pools=1
    make bench-serve              # installs wrk and nginx with apt when missing

All on this machine, each measured with wrk (2 threads, 50 connections, 10 s):

(a) nginx serving the article's HTML as a static file (a minimal config in a
    temporary folder; gzip_static, as Varnish serves compressed pages too);
(b) a bare Django view returning the same bytes through gunicorn
    (bench/bare_django.py), with the real app's gunicorn settings (2 workers);
(c) the article through Varnish (hits), with Varnish's default parameters and
    with the tuned ones below;
(d) the article uncached, through gunicorn: the real app on the demo magazine;
(e) purge latency: the article is published --publishes times from this
    process (Wagtail's save_revision().publish(), which purges through
    masthead/core/purge.py); each time Varnish is asked until the new text
    shows;

then the memory of the stack at rest (varnishd, gunicorn master and workers).
The demo magazine is loaded into bench/serve.sqlite3 on the first run (about
two minutes) and reused after; --database-url uses another database.

This is a benchmark, not a test: it always exits 0 and prints PASS/FAIL
against the floors.
"""

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
BASE_DIR = BENCH_DIR.parent
sys.path.insert(0, str(BASE_DIR))

from bench.serving_stack import (  # noqa: E402 (after the path is set)
    Stack,
    fetch,
    free_port,
    memory_of,
    run_wrk,
    wait_for,
)
from tests.serving.varnish import Varnish, backend_vcl, varnishd_path  # noqa: E402

DEFAULT_DATABASE_URL = f"sqlite:///{BENCH_DIR / 'serve.sqlite3'}"
MEDIA_ROOT = BENCH_DIR / "media" / "serve"
GZIP = {"Accept-Encoding": "gzip"}
PLAIN = {"Accept-Encoding": "identity"}

# Varnish parameters for the hit benchmark (see docs/serving.md, "Tuning").
TUNED_VARNISH = {
    # One pool: on two cores, a second pool only adds lock traffic and threads.
    "thread_pools": "1",
    "thread_pool_min": "100",
    "thread_pool_max": "1000",
    # Log less to shared memory per request (nobody runs varnishlog here).
    "vsl_mask": "-ReqHeader,-RespHeader,-ReqUnset,-RespUnset,-VCL_call,-VCL_return,"
    "-Timestamp,-ReqAcct,-Link,-Begin,-End,-ReqStart,-ReqMethod,-ReqURL,-ReqProtocol,"
    "-RespProtocol,-RespStatus,-RespReason,-Hit,-VCL_use,-Storage",
    "vsl_space": "1M",
}

FLOORS = {
    "varnish_vs_nginx": 0.50,
    "purge_p95_s": 1.0,
    "uncached_vs_bare": 0.05,
}


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL, help="%(default)s")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--publishes", type=int, default=20)
    parser.add_argument("--steps", default="abcde", help="which measures to run (%(default)s)")
    parser.add_argument(
        "--varnish-param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a tuned Varnish parameter (repeatable)",
    )
    parser.add_argument("--rebuild", action="store_true", help="load the demo afresh")
    return parser.parse_args(argv)


# -- the demo database -----------------------------------------------------------


def app_environment(args, varnish_port: int) -> dict[str, str]:
    """What gunicorn, manage.py and this process run with."""
    return {
        "DATABASE_URL": args.database_url,
        "DJANGO_MEDIA_ROOT": str(MEDIA_ROOT),
        # No collectstatic needed: the page only links to its stylesheet.
        "DJANGO_STATICFILES_STORAGE": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "DJANGO_DEBUG": "false",
        "MASTHEAD_DEVELOPMENT_SERVER": "1",
        "MASTHEAD_CACHE_PURGER": "varnish",
        "MASTHEAD_VARNISH_URLS": f"http://127.0.0.1:{varnish_port}",
        "LOG_LEVEL": "ERROR",
    }


def demo_database_ensure(args) -> None:
    """Load the demo into bench/serve.sqlite3 the first time; migrate it on later runs."""
    database = args.database_url.removeprefix("sqlite:///")
    if args.database_url != DEFAULT_DATABASE_URL:
        return
    if args.rebuild:
        for suffix in ("", "-wal", "-shm"):
            Path(database + suffix).unlink(missing_ok=True)
        shutil.rmtree(MEDIA_ROOT, ignore_errors=True)
    manage = [sys.executable, str(BASE_DIR / "manage.py")]
    commands = [["migrate", "--noinput", "-v0"], ["createcachetable"]]
    if not Path(database).exists():
        print("Loading the demo magazine into bench/serve.sqlite3 (once; about two minutes)...")
        commands.append(["load_demo"])
    for command in commands:
        subprocess.run([*manage, *command], check=True, cwd=BASE_DIR, timeout=900)  # noqa: S603


def django_setup() -> None:
    import django  # noqa: PLC0415 (only once the environment is set)

    os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings"
    django.setup()


def the_article():
    """The newest live article: the page readers open most."""
    from masthead.articles.models import ArticlePage  # noqa: PLC0415 (after django.setup)

    page = ArticlePage.objects.live().order_by("-first_published_at").first()
    if page is None:
        raise SystemExit("The database has no live article: load the demo first.")
    return page


# -- the measures ------------------------------------------------------------------


def measure(name, url, args, headers, results, check=None):
    print(f"\n{name}: {url}")
    if check is not None:
        check()
    result = run_wrk(url, args, headers)
    results[name] = result
    print(f"  {result.summary()}")
    return result


def varnish_keeps(varnish, path) -> None:
    fetch(varnish.url(path), GZIP)
    answer = fetch(varnish.url(path), GZIP)
    verdict = answer.headers.get("X-Cache")
    print(f"  X-Cache {verdict}, Cache-Control: {answer.headers.get('Cache-Control')}")
    if verdict != "HIT":
        print("  NOTE: Varnish is not keeping the article: this measures pass-through to the app.")


def start_varnish(stack, app_port, params, port=None) -> Varnish:
    site = backend_vcl(
        "127.0.0.1",
        app_port,
        probe_interval="2s",
        probe_window=5,
        probe_threshold=3,
        grace_while_healthy="60s",
    )
    return stack.enter(Varnish(("127.0.0.1", app_port), site_vcl=site, params=params, port=port))


def shows(url: str, text: bytes) -> bool:
    return text in fetch(url, PLAIN).body


def purge_latency(varnish, page, rounds: int) -> list[float]:
    """Seconds from the start of each publish to the new text through Varnish.

    Also prints how long the publish call itself took (the purge is sent as
    its transaction commits, inside the call) and how long after it the new
    text showed."""
    path, original = page.get_url(), page.dek
    seconds, calls, after, misses = [], [], [], 0
    for number in range(rounds):
        fetch(varnish.url(path), GZIP)  # cached again before each change
        if fetch(varnish.url(path), GZIP).headers.get("X-Cache") != "HIT":
            misses += 1
        marker = f"bench-{uuid.uuid4().hex[:12]}"
        page.dek = f"{marker} {original}"[: page._meta.get_field("dek").max_length]
        started = time.perf_counter()
        page.save_revision().publish()
        returned = time.perf_counter()
        calls.append(returned - started)
        if wait_for(functools.partial(shows, varnish.url(path), marker.encode()), 5):
            seconds.append(time.perf_counter() - started)
            after.append(time.perf_counter() - returned)
        else:
            print(f"  publish {number + 1}: the new text did not show within 5 s")
    page.dek = original
    page.save_revision().publish()
    if misses:
        print(f"  NOTE: {misses} of {rounds} rounds started without the article cached")
    print(f"  the publish call itself: {milliseconds(calls)}")
    print(f"  from its return to the new text through Varnish: {milliseconds(after)}")
    return seconds


def milliseconds(values: list[float]) -> str:
    if not values:
        return "none"
    return f"median {statistics.median(values) * 1000:.0f} ms, max {max(values) * 1000:.0f} ms"


# -- the report --------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def ratio_line(label, numerator, denominator, floor) -> None:
    if numerator is None or denominator is None or not denominator.requests_per_second:
        print(f"  {label}: not measured")
        return
    ratio = numerator.requests_per_second / denominator.requests_per_second
    print(f"  {label}: {ratio:.1%} (floor {floor:.0%}) {verdict(ratio >= floor)}")


def purge_line(purges, rounds) -> None:
    if len(purges) < 2:
        print(f"  purge latency: {len(purges)} of {rounds} publishes showed within 5 s: FAIL")
        return
    p50 = statistics.median(purges)
    p95 = statistics.quantiles(purges, n=20, method="inclusive")[18]
    ok = p95 <= FLOORS["purge_p95_s"] and len(purges) == rounds
    print(
        f"  purge latency ({len(purges)}/{rounds} shown): p50 {p50 * 1000:.0f} ms, "
        f"p95 {p95 * 1000:.0f} ms (floor {FLOORS['purge_p95_s']:.0f} s) {verdict(ok)}"
    )


def report(results, purges, memory, rounds) -> None:
    print("\n== Summary ==")
    for name, result in results.items():
        print(f"  {name:<44} {result.requests_per_second:>10,.0f} req/s")
    ratio_line(
        "Varnish hit / nginx static (gzip)",
        results.get("(c) Varnish hits, tuned, gzip"),
        results.get("(a) nginx static, gzip"),
        FLOORS["varnish_vs_nginx"],
    )
    ratio_line(
        "uncached article / bare Django view",
        results.get("(d) the article, uncached"),
        results.get("(b) bare Django view"),
        FLOORS["uncached_vs_bare"],
    )
    if purges is not None:
        purge_line(purges, rounds)
    for name, (rss, pss, count) in memory.items():
        print(f"  memory at rest, {name}: RSS {rss / 1024:.0f} MB, PSS {pss / 1024:.0f} MB", end="")
        print(f" ({count} processes)")


# -- the run -----------------------------------------------------------------------


def main(argv=None) -> None:
    args = parse_args(argv)
    if shutil.which("wrk") is None:
        raise SystemExit(
            "wrk is not installed: make bench-serve installs it (apt-get install wrk)."
        )
    if varnishd_path() is None:
        raise SystemExit("varnishd is not installed: apt-get install varnish varnish-modules")
    tuned = {**TUNED_VARNISH, **dict(item.split("=", 1) for item in args.varnish_param)}
    varnish_port = free_port()
    os.environ.update(app_environment(args, varnish_port))
    demo_database_ensure(args)
    django_setup()
    page = the_article()
    path = page.get_url()
    results, purges, memory = {}, None, {}
    with Stack() as stack:
        app_port = stack.gunicorn("masthead.wsgi", timeout=90)
        for _ in range(3):  # renditions and caches made before the clock starts
            article = fetch(f"http://127.0.0.1:{app_port}{path}", PLAIN)
        print(f"The article: {path} ({len(article.body):,} bytes, status {article.status})")
        if "a" in args.steps:
            nginx_port = stack.nginx(article.body)
            if nginx_port:
                url = f"http://127.0.0.1:{nginx_port}/article.html"
                measure("(a) nginx static, gzip", url, args, GZIP, results)
                measure("(a) nginx static, plain", url, args, PLAIN, results)
        if "b" in args.steps:
            bare_port = stack.bare_django(article.body)
            measure(
                "(b) bare Django view", f"http://127.0.0.1:{bare_port}{path}", args, PLAIN, results
            )
            stack.stop(bare_port)
        if "c" in args.steps:
            default = start_varnish(stack, app_port, {"vsl_space": "80M"})
            measure(
                "(c) Varnish hits, default parameters, gzip",
                default.url(path),
                args,
                GZIP,
                results,
                check=lambda: varnish_keeps(default, path),
            )
            stack.leave(default)
        varnish = start_varnish(stack, app_port, tuned, port=varnish_port)
        if "c" in args.steps:
            print(f"\nTuned Varnish: {' '.join(f'-p {k}={v}' for k, v in tuned.items())}")
            for label, headers in (("gzip", GZIP), ("plain", PLAIN)):
                measure(
                    f"(c) Varnish hits, tuned, {label}",
                    varnish.url(path),
                    args,
                    headers,
                    results,
                    check=lambda: varnish_keeps(varnish, path),
                )
        if "d" in args.steps:
            url = f"http://127.0.0.1:{app_port}{path}"
            measure("(d) the article, uncached", url, args, PLAIN, results)
        if "e" in args.steps:
            # wrk leaves requests queued in gunicorn's backlog: let the app drain
            # them, and Varnish's probe (which timed out meanwhile) call it healthy.
            fetch(f"http://127.0.0.1:{app_port}/healthz/", timeout=180)
            if not wait_for(lambda: fetch(varnish.url("/healthz/")).status == 200, 30, 0.2):
                print("  NOTE: Varnish still calls the app sick 30 s after the load")
            print(f"\n(e) purge latency: {args.publishes} publishes of {path}")
            purges = purge_latency(varnish, page, args.publishes)
        time.sleep(2)
        memory["varnishd (manager and child)"] = memory_of(varnish.pid)
        memory["gunicorn (master and 2 workers)"] = memory_of(stack.pid_of(app_port))
    report(results, purges, memory, args.publishes)


if __name__ == "__main__":
    main()
