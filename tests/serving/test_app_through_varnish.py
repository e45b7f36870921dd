"""The magazine served through a real Varnish with the repo's VCL.

Django runs as pytest-django's live server; Varnish (deploy/varnish/masthead.vcl)
sits in front of it through a relay that can unplug the app; the app purges
this Varnish (MASTHEAD_CACHE_PURGER=varnish). A reader is a plain HTTP client
talking to Varnish.
"""

import re
import time
from importlib import import_module

import pytest
from django.conf import settings as django_settings
from django.core import mail
from django.utils import timezone
from wagtail.models import Site

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    paragraphs_body,
)
from masthead.articles.models import ArticleCorrection, ArticlePage
from masthead.core.models import SiteSettings
from masthead.newsletter.models import Subscriber
from masthead.readership.models import DailyReads

from .switch import Relay
from .varnish import Varnish, ask

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def stack(varnishd, live_server, settings):
    """Varnish in front of the live server, purged by the app."""
    host, port = live_server.thread.host, live_server.thread.port
    with Relay((host, port)) as relay, Varnish(backend=relay.address) as varnish:
        settings.MASTHEAD_CACHE_PURGER = "varnish"
        settings.MASTHEAD_VARNISH_URLS = [varnish.url("")]
        settings.ALLOWED_HOSTS = ["*"]
        varnish.relay = relay
        yield varnish


@pytest.fixture
def pieces(magazine):
    europe = SectionPageFactory(title="Europe")
    asia = SectionPageFactory(title="Asia")
    ines = AuthorPageFactory(title="Ines Moreau")
    # Nothing in common, so neither is printed under the other (related pieces).
    x = ArticlePageFactory(
        section=europe,
        authors=[ines],
        title="The grain corridor holds",
        dek="Odesa's exports keep moving.",
        body=paragraphs_body("Odesa's exports keep moving."),
    )
    y = ArticlePageFactory(
        section=asia,
        title="A quiet summit in Manila",
        dek="Coast guards talk.",
        body=paragraphs_body("Coast guards talk."),
    )
    return {"europe": europe, "asia": asia, "ines": ines, "x": x, "y": y}


def shows_within(varnish, path: str, text: str, seconds: float = 1.0) -> float:
    """How long until a reader of `path` sees `text` (fails past `seconds`)."""
    started = time.monotonic()
    while True:
        if text in ask(varnish, path).body.decode():
            return time.monotonic() - started
        if time.monotonic() - started > seconds:
            pytest.fail(f"{path} did not show {text!r} within {seconds} s")
        time.sleep(0.02)


def warm(varnish, *paths: str) -> None:
    for path in paths:
        ask(varnish, path)
        assert ask(varnish, path).cache == "HIT", path


def test_the_second_reader_is_served_from_the_cache_with_304s_for_known_copies(stack, pieces):
    path = pieces["x"].url
    first = ask(stack, path)
    second = ask(stack, path)
    assert (first.status, second.status) == (200, 200)
    assert second.cache == "HIT"
    assert first.body == second.body
    assert "xkey" not in second.headers  # internal: never shown to readers
    again = ask(stack, path, headers={"If-None-Match": second.headers["ETag"]})
    assert again.status == 304


def test_a_correction_shows_everywhere_within_a_second_and_other_pages_stay_cached(stack, pieces):
    x, europe, asia, y = pieces["x"], pieces["europe"], pieces["asia"], pieces["y"]
    warm(stack, x.url, "/", europe.url, asia.url, y.url)

    article = ArticlePage.objects.get(pk=x.pk)
    article.title = "The grain corridor holds, for now"
    article.corrections.add(
        ArticleCorrection(corrected_on=timezone.localdate(), text="The tonnage was 4.1 million.")
    )
    article.save_revision().publish()

    shows_within(stack, x.url, "The tonnage was 4.1 million.")
    for path in ("/", europe.url):
        shows_within(stack, path, "The grain corridor holds, for now")
    assert ask(stack, asia.url).cache == "HIT"
    assert ask(stack, y.url).cache == "HIT"


def test_a_new_credit_and_new_site_settings_reach_the_pages_that_print_them(stack, pieces):
    x, y = pieces["x"], pieces["y"]
    warm(stack, x.url, y.url, "/")

    image = x.hero_image
    image.credit = "Photo: Olena Kovalenko"
    image.save()
    shows_within(stack, x.url, "Photo: Olena Kovalenko")
    assert ask(stack, y.url).cache == "HIT"

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.postal_address = "12 Harbour Street, Valletta"
    site_settings.save()
    for path in (x.url, y.url, "/"):
        shows_within(stack, path, "12 Harbour Street, Valletta")


def _session_cookie(user) -> str:
    engine = import_module(django_settings.SESSION_ENGINE)
    session = engine.SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.save()
    return f"{django_settings.SESSION_COOKIE_NAME}={session.session_key}"


def test_an_editor_never_gets_nor_fills_a_cached_page(stack, pieces, editor):
    path = pieces["x"].url
    cookie = {"Cookie": _session_cookie(editor)}
    as_editor = ask(stack, path, headers=cookie)
    assert as_editor.cache != "HIT"
    assert "private" in as_editor.headers["Cache-Control"]

    as_reader = ask(stack, path)
    assert as_reader.cache == "MISS"  # the editor's page was not stored for readers
    assert ask(stack, path, headers=cookie).cache != "HIT"
    assert ask(stack, path).cache == "HIT"


def test_a_reader_signs_up_through_the_cache_and_no_cookie_is_ever_stored(stack, pieces):
    form = ask(stack, "/newsletter/")
    assert form.status == 200
    assert "Set-Cookie" not in form.headers
    answer = ask(
        stack,
        "/newsletter/",
        "POST",
        headers={
            "Origin": stack.url("").rstrip("/"),
            "Content-Type": "application/x-www-form-urlencoded",
        },
        body="email=reader%40example.org&website=",
    )
    assert answer.status in (302, 303), answer.body[:500]
    assert Subscriber.objects.filter(email="reader@example.org").exists()
    assert len(mail.outbox) == 1  # the confirmation, sent once
    for path in ("/newsletter/", "/", pieces["x"].url):
        assert "Set-Cookie" not in ask(stack, path).headers


def test_every_reader_is_counted_though_the_page_comes_from_the_cache(stack, pieces):
    """Each reader's browser asks for the beacon the page carries; Varnish
    passes it to the app even when it served the page itself. Nothing sets a
    cookie, and the count is all that is kept."""
    article = pieces["x"]
    browser = {"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Firefox/140.0"}
    pages, beacons = [], []
    for _ in range(2):
        page = ask(stack, article.url, headers=browser)
        (beacon,) = re.findall(r'src="(/read/\d+\.gif)"', page.body.decode())
        pages.append(page)
        beacons.append(ask(stack, beacon, headers=browser))
    assert [page.cache for page in pages] == ["MISS", "HIT"]
    assert [beacon.cache for beacon in beacons] == ["PASS", "PASS"]
    assert all(beacon.status == 200 for beacon in beacons)
    assert not [answer for answer in pages + beacons if "Set-Cookie" in answer.headers]
    (row,) = DailyReads.objects.values()  # the whole row: no address, no browser
    assert row == {"id": row["id"], "page_id": article.pk, "day": timezone.localdate(), "count": 2}


def test_with_the_app_stopped_readers_still_get_cached_pages(stack, pieces):
    path = pieces["x"].url
    warm(stack, path)
    stack.relay.unplug()
    time.sleep(0.5)  # the probe notices
    for _ in range(3):
        answer = ask(stack, path)
        assert answer.status == 200
        assert "The grain corridor holds" in answer.body.decode()
