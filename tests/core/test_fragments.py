"""Fragments: drawn once, then served from the cache with the keys they showed."""

import pytest
from django.core.cache import caches
from django.template import Context, Template
from wagtail.models import Page, Site

from masthead.core import fragments
from masthead.core.fragments import fragment, fragment_key, prefetch
from masthead.core.surrogate_keys import collecting, shows

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_(rf, magazine):
    return rf.get("/")


class Drawing:
    """A fragment's drawing: counts its calls, says it shows a page."""

    def __init__(self, html="<p>The lead</p>", shown=("page-7",)):
        self.html, self.shown, self.calls = html, shown, 0

    def __call__(self):
        self.calls += 1
        shows(*self.shown)
        return self.html


def test_a_fragment_is_drawn_once_and_then_served_from_the_cache(request_):
    draw = Drawing()
    first = fragment(request_, "lead", (1, "v1"), draw)
    again = fragment(request_, "lead", (1, "v1"), draw)
    assert first == again == "<p>The lead</p>"
    assert draw.calls == 1


def test_a_fragment_from_the_cache_names_what_it_shows_as_when_it_was_drawn(request_):
    draw = Drawing(shown=("page-7", "image-3"))
    with collecting() as cold:
        fragment(request_, "lead", 1, draw)
    with collecting() as warm:
        fragment(request_, "lead", 1, draw)
    assert draw.calls == 1
    assert cold == warm == {"page-7", "image-3"}


def test_a_new_version_draws_the_fragment_afresh(request_):
    fragment(request_, "lead", (1, "v1"), Drawing("<p>Old</p>"))
    assert fragment(request_, "lead", (1, "v2"), Drawing("<p>New</p>")) == "<p>New</p>"


def test_a_preview_neither_takes_nor_keeps_a_fragment(request_, rf, magazine):
    fragment(request_, "lead", 1, Drawing("<p>Live</p>"))
    preview = rf.get("/")
    preview.is_preview = True
    draw = Drawing("<p>Draft</p>")
    assert fragment(preview, "lead", 1, draw) == "<p>Draft</p>"
    assert fragment(rf.get("/"), "lead", 1, Drawing("<p>Other</p>")) == "<p>Live</p>"


@pytest.mark.parametrize("version", [None, ""])
def test_a_fragment_without_a_version_is_never_kept(request_, version):
    draw = Drawing()
    fragment(request_, "lead", version, draw)
    fragment(request_, "lead", version, draw)
    assert draw.calls == 2


def test_fragments_are_off_without_a_lifetime(request_, settings):
    settings.MASTHEAD_FRAGMENT_SECONDS = 0
    draw = Drawing()
    fragment(request_, "lead", 1, draw)
    fragment(request_, "lead", 1, draw)
    assert draw.calls == 2


def test_each_site_keeps_its_own_fragments(rf, magazine):
    Site.objects.create(hostname="other.example", root_page=Page.objects.get(depth=1))
    ours, theirs = rf.get("/"), rf.get("/", HTTP_HOST="other.example")
    assert fragment_key(ours, "lead", 1) != fragment_key(theirs, "lead", 1)


def test_new_code_draws_every_fragment_afresh(request_, rf, monkeypatch):
    fragment(request_, "lead", 1, Drawing("<p>Drawn by the old release</p>"))
    monkeypatch.setattr(fragments, "source_digest", lambda: "the next release")
    assert fragment(rf.get("/"), "lead", 1, Drawing("<p>New</p>")) == "<p>New</p>"


def test_prefetched_fragments_are_served_without_asking_the_cache_again(request_, rf):
    fragment(request_, "lead", 1, Drawing())
    request = rf.get("/")
    prefetch(request, [("lead", 1)])
    caches["default"].clear()
    draw = Drawing()
    assert fragment(request, "lead", 1, draw) == "<p>The lead</p>"
    assert draw.calls == 0


def test_a_batch_readies_and_draws_only_the_fragments_the_cache_lacks(request_):
    fragments.fragments(request_, "teaser", [1, 3], lambda position: f"<li>{position}</li>")
    readied, drawn = [], []

    def prepare(positions):
        readied.append(positions)

    def render(position):
        drawn.append(position)
        return f"<li>{position}</li>"

    html = fragments.fragments(request_, "teaser", [1, 2, 3], render, prepare)
    assert html == ["<li>0</li>", "<li>1</li>", "<li>1</li>"]
    assert readied == [[1]] and drawn == [1]


def test_the_fragment_tag_keeps_what_its_block_renders(request_):
    template = Template(
        '{% load masthead_tags %}{% fragment "note" version %}<p>{{ text }}</p>{% endfragment %}'
    )
    first = template.render(Context({"request": request_, "version": 1, "text": "One"}))
    again = template.render(Context({"request": request_, "version": 1, "text": "Two"}))
    fresh = template.render(Context({"request": request_, "version": 2, "text": "Two"}))
    assert (first, again, fresh) == ("<p>One</p>", "<p>One</p>", "<p>Two</p>")
