"""deploy/varnish/masthead.vcl in a real varnishd, in front of a fake app
(fake_app.py) that answers as the contract in docs/serving.md says.

One varnishd serves the whole module (each test uses its own paths and keys);
the outage test starts its own, because it stops the app behind it.
"""

import gzip
import time

import pytest

from .fake_app import FakeApp
from .varnish import Answer, Varnish, ask


def purge(varnish, path="/", keys=None, source=None) -> Answer:
    return ask(varnish, path, "PURGE", headers={"xkey-purge": keys} if keys else {}, source=source)


# -- what is shared ----------------------------------------------------------


def test_the_second_anonymous_read_is_a_hit(fake_app, varnish):
    first = ask(varnish, "/hit/")
    second = ask(varnish, "/hit/")

    assert (first.cache, second.cache) == ("MISS", "HIT")
    assert second.body == fake_app.page("/hit/")
    assert fake_app.hits("/hit/") == 1


def test_a_reader_s_stray_cookies_are_not_sent_to_the_app_nor_split_the_cache(fake_app, varnish):
    ask(varnish, "/crumbs/", headers={"Cookie": "csrftoken=abc; _ga=GA1.2.3"})
    second = ask(varnish, "/crumbs/", headers={"Cookie": "other=1"})

    assert second.cache == "HIT"
    assert fake_app.hits("/crumbs/") == 1
    assert all(
        "Cookie" not in headers for _, path, headers in fake_app.requests if path == "/crumbs/"
    )


def test_a_logged_in_editor_is_passed_and_their_page_is_kept_from_readers(fake_app, varnish):
    editor = {"Cookie": "csrftoken=abc; sessionid=editor-1"}
    first = ask(varnish, "/desk/", headers=editor)
    second = ask(varnish, "/desk/", headers=editor)
    reader = ask(varnish, "/desk/")

    assert first.body == second.body == b"private page for csrftoken=abc; sessionid=editor-1"
    assert second.cache == "PASS"
    assert reader.body == fake_app.page("/desk/")
    assert fake_app.hits("/desk/") == 3


def test_an_editor_never_gets_the_readers_cached_copy(fake_app, varnish):
    ask(varnish, "/lead/")
    editor = ask(varnish, "/lead/", headers={"Cookie": "sessionid=editor-2"})

    assert editor.body == b"private page for sessionid=editor-2"
    assert fake_app.hits("/lead/") == 2


def test_a_response_setting_a_cookie_is_never_stored(fake_app, varnish):
    fake_app.set_cookie["/cookie/"] = 2
    first = ask(varnish, "/cookie/")
    second = ask(varnish, "/cookie/")

    assert first.headers["Set-Cookie"] == second.headers["Set-Cookie"] == "messages=hello; Path=/"
    assert fake_app.hits("/cookie/") == 2
    # Hit-for-miss, not hit-for-pass: the next answer without a cookie is kept.
    third, fourth = ask(varnish, "/cookie/"), ask(varnish, "/cookie/")
    assert "Set-Cookie" not in third.headers and "Set-Cookie" not in fourth.headers
    assert fourth.cache == "HIT"
    assert fake_app.hits("/cookie/") == 3


def test_the_admin_is_passed_with_its_cookies(fake_app, varnish):
    for _ in range(2):
        answer = ask(varnish, "/admin/pages/", headers={"Cookie": "csrftoken=abc"})
        assert answer.cache == "PASS"
        assert answer.body == b"private page for csrftoken=abc"
    assert fake_app.hits("/admin/pages/") == 2


def test_newsletter_token_pages_are_passed(fake_app, varnish):
    ask(varnish, "/newsletter/confirm/tok3n/")
    ask(varnish, "/newsletter/confirm/tok3n/")

    assert fake_app.hits("/newsletter/confirm/tok3n/") == 2


def test_draft_links_are_passed_even_if_the_app_called_them_public(fake_app, varnish):
    """A revoked draft link must stop working at once (docs/draft-links.md)."""
    answers = [ask(varnish, "/draft/t0ken/") for _ in range(2)]

    assert [answer.cache for answer in answers] == ["PASS", "PASS"]
    assert fake_app.hits("/draft/t0ken/") == 2


def test_a_post_is_passed(fake_app, varnish):
    for _ in range(2):
        answer = ask(varnish, "/newsletter/", "POST", body=b"email=a@example.org")
        assert answer.body == b"thanks for email=a@example.org"
    assert fake_app.hits("/newsletter/") == 2


def test_healthz_is_never_cached(fake_app, varnish):
    first = ask(varnish, "/healthz/")
    second = ask(varnish, "/healthz/")

    assert second.cache == "PASS"
    assert first.body != second.body  # "ok, asked <n> times": the app answered both


def test_the_read_beacon_always_reaches_the_app(fake_app, varnish):
    """Even answered as a public page, /read/ is never served from the cache:
    each request is a reader to count (readership/views.py)."""
    answers = [ask(varnish, "/read/42.gif") for _ in range(3)]

    assert [answer.cache for answer in answers] == ["PASS", "PASS", "PASS"]
    assert fake_app.hits("/read/42.gif") == 3


# -- the cache key -----------------------------------------------------------


def test_tracking_parameters_share_one_object_and_never_reach_the_app(fake_app, varnish):
    answers = [
        ask(varnish, "/campaign/?utm_source=a"),
        ask(varnish, "/campaign/?utm_source=b&fbclid=x"),
        ask(varnish, "/campaign/?gclid=1&mc_cid=2&mc_eid=3&_ga=4&ref_src=twsrc"),
        ask(varnish, "/campaign/"),
    ]

    assert [answer.cache for answer in answers] == ["MISS", "HIT", "HIT", "HIT"]
    assert fake_app.hits("/campaign/") == 1
    assert not [path for _, path, _ in fake_app.requests if "utm_" in path or "fbclid" in path]


def test_other_query_parameters_make_their_own_objects(fake_app, varnish):
    ask(varnish, "/river/?page=2")
    ask(varnish, "/river/?page=3")
    again = ask(varnish, "/river/?page=2&utm_medium=email")

    assert again.cache == "HIT"
    assert fake_app.hits("/river/?page=2") == fake_app.hits("/river/?page=3") == 1


def test_parameters_in_another_order_are_the_same_object(fake_app, varnish):
    ask(varnish, "/search/?q=grain&page=2")
    again = ask(varnish, "/search/?page=2&q=grain")

    assert again.cache == "HIT"
    assert fake_app.hits("/search/?page=2&q=grain") == 1


# -- purging -----------------------------------------------------------------


def test_purging_a_key_drops_exactly_the_pages_filed_under_it(fake_app, varnish):
    fake_app.keys.update(
        {"/k1/": "page-101 list-all", "/k2/": "page-102 list-all", "/k3/": "page-103"}
    )
    for path in ("/k1/", "/k2/", "/k3/"):
        ask(varnish, path)
        ask(varnish, path, headers={"Accept-Encoding": "gzip"})

    purged = purge(varnish, keys="page-101")

    assert purged.status == 200
    assert [ask(varnish, path).cache for path in ("/k1/", "/k2/", "/k3/")] == ["MISS", "HIT", "HIT"]


def test_a_purged_page_is_fetched_afresh_at_once(fake_app, varnish):
    fake_app.keys["/news/"] = "page-201 list-7"
    ask(varnish, "/news/")
    fake_app.versions["/news/"] += 1

    started = time.monotonic()
    purge(varnish, keys="list-9 list-7")
    answer = ask(varnish, "/news/")

    assert time.monotonic() - started < 1
    assert fake_app.page_text("/news/").encode() in answer.body
    assert answer.cache == "MISS"
    assert fake_app.hits("/news/") == 2


def test_a_purge_without_keys_drops_the_one_url(fake_app, varnish):
    for path in ("/url1/", "/url2/"):
        ask(varnish, path)

    answer = purge(varnish, "/url1/?utm_source=feed")

    assert answer.status == 200
    assert ask(varnish, "/url1/").cache == "MISS"
    assert ask(varnish, "/url2/").cache == "HIT"


def test_a_purge_from_a_foreign_address_is_refused(fake_app, varnish):
    fake_app.keys["/kept/"] = "page-301"
    ask(varnish, "/kept/")

    by_key = purge(varnish, keys="page-301", source="127.0.0.2")
    by_url = purge(varnish, "/kept/", source="127.0.0.2")

    assert (by_key.status, by_url.status) == (403, 403)
    assert ask(varnish, "/kept/").cache == "HIT"


# -- what readers get --------------------------------------------------------


def test_pages_are_stored_compressed_and_served_plain_to_who_cannot_unzip(fake_app, varnish):
    zipped = ask(varnish, "/zip/", headers={"Accept-Encoding": "gzip, deflate, br"})
    plain = ask(varnish, "/zip/")

    assert zipped.headers["Content-Encoding"] == "gzip"
    assert len(zipped.body) < len(plain.body) / 3
    assert gzip.decompress(zipped.body) == plain.body == fake_app.page("/zip/")
    assert "Content-Encoding" not in plain.headers
    assert fake_app.hits("/zip/") == 1
    assert [
        headers.get("Accept-Encoding") for _, path, headers in fake_app.requests if path == "/zip/"
    ] == ["gzip"]


@pytest.mark.parametrize("encoding", ["gzip", "identity"])
def test_a_reader_with_the_current_etag_gets_304_from_varnish(fake_app, varnish, encoding):
    path = f"/etag-{encoding}/"
    first = ask(varnish, path, headers={"Accept-Encoding": encoding})
    again = ask(
        varnish, path, headers={"Accept-Encoding": encoding, "If-None-Match": first.headers["ETag"]}
    )

    assert again.status == 304
    assert again.cache == "HIT"
    assert fake_app.hits(path) == 1


def test_internal_headers_are_not_shown_and_s_maxage_is_for_varnish_only(fake_app, varnish):
    answer = ask(varnish, "/headers/")

    for internal in ("xkey", "X-Varnish", "Via", "Server", "Age"):
        assert internal not in answer.headers
    assert answer.headers["Cache-Control"] == (
        "max-age=60, public, stale-while-revalidate=1, stale-if-error=3600"
    )


def test_static_files_and_media_are_kept_long_and_immutable(fake_app, varnish):
    ask(varnish, "/static/css/site.0123456789ab.css", headers={"Cookie": "sessionid=editor-3"})
    static = ask(varnish, "/static/css/site.0123456789ab.css")
    ask(varnish, "/media/images/photo.2e16d0ba.fill-800x450.jpg")
    media = ask(varnish, "/media/images/photo.2e16d0ba.fill-800x450.jpg")

    assert (static.cache, media.cache) == ("HIT", "HIT")
    assert "immutable" in static.headers["Cache-Control"]
    assert media.headers["Cache-Control"] == "public, max-age=31536000, immutable"


# -- grace -------------------------------------------------------------------


def test_an_expired_page_is_served_stale_while_a_fresh_one_is_fetched(fake_app, varnish):
    # The module's Varnish serves a page 2 s past its s-maxage while the app is up.
    fake_app.s_maxage["/brief/"] = 1
    ask(varnish, "/brief/")
    fake_app.versions["/brief/"] += 1
    time.sleep(1.2)

    stale = ask(varnish, "/brief/")

    assert stale.cache == "HIT"
    assert b"/brief/ version 0" in stale.body
    # The stale answer started a fetch in the background: the fresh page
    # follows within a second (the app answering is not yet Varnish storing).
    deadline = time.monotonic() + 1
    fresh = ask(varnish, "/brief/")
    while b"/brief/ version 1" not in fresh.body and time.monotonic() < deadline:
        time.sleep(0.02)
        fresh = ask(varnish, "/brief/")
    assert b"/brief/ version 1" in fresh.body


def test_while_the_app_is_down_readers_still_get_the_cached_page(varnishd):
    # Its own app and Varnish, the app being stopped; no grace at all while it
    # is up, so only the probe seeing it down can explain a stale answer.
    with (
        FakeApp() as fake_app,
        Varnish(backend=fake_app.address, grace_while_healthy="0s") as varnish,
    ):
        fake_app.s_maxage["/outage/"] = 1
        ask(varnish, "/outage/")
        fake_app.stop()
        time.sleep(1.2)

        answer = ask(varnish, "/outage/")
        never_cached = ask(varnish, "/never-cached/")

    assert answer.status == 200
    assert answer.body == fake_app.page("/outage/")
    assert never_cached.status == 503
    assert b"Back in a moment" in never_cached.body
