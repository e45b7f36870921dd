"""An embargoed piece is nowhere before its time and everywhere within a
minute after, published by a real scheduler process (`manage.py scheduler`),
not by calling its job by hand.

The piece is scheduled as an editor schedules it (the admin's edit form, "Go
live date/time" tomorrow), then checked on every surface a reader or a
crawler reaches: the front page, the rivers of its section, format,
author and topic, the magazine's and those scoped feeds in each format, both
sitemaps, search, "Related" on another piece of its section, the next
round-up draft and its own address. The whole of each page is read, so its
JSON-LD too. After its time, the responses read before must have been purged
(their `xkey` hit by a purge the scheduler sent), and a reader behind a real
Varnish gets the piece without waiting for anything to age out.

Its time is brought forward to "now" in the scheduled revision once the
scheduler is running (there is no clock to move in another process): the
checks before it take as long as they take, on however busy a machine.
"""

import datetime
import time

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    TopicPageFactory,
)
from masthead.articles.models import ArticlePage, FormatKind
from masthead.core.surrogate_keys import address_key
from masthead.newsletter.services.drafting import roundup_draft
from masthead.scheduling.models import ScheduledJob

from ..articles.admin_forms import publish
from ..articles.pages import json_ld_of
from ..serving.varnish import Varnish, ask, varnishd_path
from .processes import recording_purges, scheduler, wait_for

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# How long the scheduler may take to start (a minute: a busy machine), and to
# put the piece live once it is due (it looks for due jobs every 5 s).
STARTUP_SECONDS = 60
LIVE_SECONDS = 30
WORD = "quillfeather"  # in no other piece, so search finds this one alone


class Magazine:
    """A section, an author and a topic, a piece already out in them, and the
    embargoed piece, still a draft."""

    def __init__(self, structure):
        self.structure = structure
        self.section = SectionPageFactory(title="Shipping")
        self.author = AuthorPageFactory(title="Ines Moreau")
        self.topic = TopicPageFactory(title="Ports")
        self.neighbour = ArticlePageFactory(
            title="Harbour pilots strike over night shifts",
            section=self.section,
            authors=[self.author],
            topics=[self.topic],
        )
        self.piece = ArticlePageFactory(
            live=False,
            published_at=None,
            title=f"The {WORD} dredging contract, read line by line",
            slug="dredging-contract-read-line-by-line",
            section=self.section,
            authors=[self.author],
            topics=[self.topic],
        )
        # The factory tags a draft after saving its revision; the edit form
        # opens the latest revision, which must have the topic too.
        self.piece.save_revision()

    @property
    def piece_path(self) -> str:
        return self.piece.url  # /articles/<slug>/, known before it is live

    def surfaces(self) -> dict[str, str]:
        """Every page that lists the piece once it is out, by name."""
        analysis = self.structure.formats[FormatKind.ANALYSIS]
        pages = {
            "front page": "/",
            "articles river": self.structure.articles.url,
            "section": self.section.url,
            "format": analysis.url,
            "author": self.author.url,
            "topic": self.topic.url,
            "related (another piece of the section)": self.neighbour.url,
            "sitemap": reverse("syndication:sitemap"),
            "news sitemap": reverse("syndication:news_sitemap"),
            "search": f"{reverse('search:search')}?q={WORD}",
        }
        scopes = {
            "section": self.section,
            "format": analysis,
            "author": self.author,
            "topic": self.topic,
        }
        for feed_format in ("rss", "atom", "json"):
            pages[f"{feed_format} feed"] = reverse(
                "syndication:feed", kwargs={"feed_format": feed_format}
            )
            for kind, page in scopes.items():
                pages[f"{kind} {feed_format} feed"] = reverse(
                    "syndication:scoped_feed",
                    kwargs={"kind": kind, "slug": page.slug, "feed_format": feed_format},
                )
        return pages


@pytest.fixture
def mag(magazine):
    return Magazine(magazine)


def schedule(client, page) -> None:
    """Schedule the page's first publication for tomorrow, as an editor does
    in the admin's edit form."""
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    response = publish(
        client,
        page,
        go_live_at=tomorrow.strftime("%Y-%m-%d %H:%M"),
        body=(f"The {WORD} clause binds the port to a single dredging firm for a decade.",),
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert not ArticlePage.objects.get(pk=page.pk).live


def time_comes(page) -> datetime.datetime:
    """The scheduled revision falls due now (the clock of the scheduler's
    process cannot be moved); the moment it is due."""
    now = timezone.now()
    revision = ArticlePage.objects.get(pk=page.pk).get_latest_revision()
    assert revision.approved_go_live_at is not None, "the piece is not scheduled"
    revision.content["go_live_at"] = now.isoformat()
    revision.approved_go_live_at = now
    revision.save(update_fields=["content", "approved_go_live_at"])
    return now


def read(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return response.content.decode(), set(response.get("xkey", "").split())


def round_up_paths(issue) -> set[str]:
    return {item.article.url for item in issue.items.select_related("article")}


def wait_until_live(page, process, seconds: float = LIVE_SECONDS) -> None:
    live = ArticlePage.objects.filter(pk=page.pk, live=True).exists
    wait_for(live, process, "the piece live", seconds)


def publishing_ran_since(moment: datetime.datetime):
    return ScheduledJob.objects.filter(name="publishing", last_success_at__gte=moment).exists


# -- the scenario -------------------------------------------------------------------


def test_an_embargoed_piece_is_nowhere_before_its_time_and_everywhere_after(mag, editor_client):
    schedule(editor_client, mag.piece)
    path = mag.piece_path
    client = Client()  # a reader (`client` is the editor's, logged in)

    # Before its time: on no surface, and its own address is not found.
    before = {name: read(client, url) for name, url in mag.surfaces().items()}
    for name, (body, _keys) in before.items():
        assert path not in body, f"{name} shows the embargoed piece before its time"
    for name in ("front page", "section"):
        assert all(path not in str(data) for data in json_ld_of(before[name][0])), name
    missing = client.get(path)
    assert missing.status_code == 404
    last_week = roundup_draft()  # the weekly draft, made just before its time
    assert mag.neighbour.url in round_up_paths(last_week)
    assert path not in round_up_paths(last_week)

    started = timezone.now()
    with recording_purges() as purges, scheduler(purges.url) as process:
        # The scheduler runs the publishing job and leaves the piece alone...
        ran = publishing_ran_since(started)
        wait_for(ran, process, "the publishing job run", STARTUP_SECONDS)
        assert not ArticlePage.objects.get(pk=mag.piece.pk).live
        assert not purges.keys & {f"page-{mag.piece.pk}", "list-all"}
        # ...until its time comes.
        due = time_comes(mag.piece)
        wait_until_live(mag.piece, process)

    # Put live by the scheduler, at its time and within a minute.
    piece = ArticlePage.objects.get(pk=mag.piece.pk)
    (entry,) = PageLogEntry.objects.filter(page=piece, action="wagtail.publish.scheduled")
    assert due <= entry.timestamp < due + datetime.timedelta(minutes=1)
    # Dated when it went live, not when the editor scheduled it.
    assert due <= piece.published_at < due + datetime.timedelta(minutes=1)

    # After: on every surface, and at its address.
    for name, url in mag.surfaces().items():
        body, _keys = read(client, url)
        assert path in body, f"{name} does not show the piece after its time"
    body, _keys = read(client, path)
    assert piece.title in body
    (article,) = [data for data in json_ld_of(body) if data.get("@type") == "NewsArticle"]
    assert article["datePublished"] == piece.published_at.replace(microsecond=0).isoformat()
    assert path in round_up_paths(roundup_draft())  # the next round-up has it

    # Every cached copy read before was purged by the scheduler's publishing.
    assert {
        f"page-{piece.pk}",
        "list-all",
        f"list-{mag.section.pk}",
        f"list-{piece.format_id}",
        f"list-{mag.author.pk}",
        f"list-{mag.topic.pk}",
        "sitemaps",
        address_key(path),
    } <= purges.keys
    for name, (_body, keys) in before.items():
        assert keys & purges.keys, f"{name} was not purged: it names {sorted(keys)}"
    assert set(missing["xkey"].split()) & purges.keys, "its not-found answer was not purged"


# -- through a real Varnish ---------------------------------------------------------


@pytest.fixture
def varnish(live_server, settings):
    """The repo's Varnish in front of the live server."""
    if varnishd_path() is None:
        pytest.skip(
            "varnishd is not installed (Debian: apt-get install varnish varnish-modules): "
            "the embargo through a real page cache is not checked here"
        )
    settings.ALLOWED_HOSTS = ["*"]
    with Varnish(backend=(live_server.thread.host, live_server.thread.port)) as running:
        yield running


def read_through(varnish, path: str):
    """A reader asking the cache for `path` under the magazine's own host name."""
    return ask(varnish, path, headers={"Host": "testserver"})


def test_a_reader_behind_varnish_gets_the_piece_as_soon_as_the_scheduler_publishes_it(
    mag, editor_client, varnish
):
    schedule(editor_client, mag.piece)
    path = mag.piece_path
    paths = ["/", mag.section.url, mag.neighbour.url, reverse("syndication:sitemap")]
    for page in [*paths, path]:
        read_through(varnish, page)
        assert read_through(varnish, page).cache == "HIT", page  # kept, as readers get it
    assert read_through(varnish, path).status == 404
    for page in paths:
        assert path.encode() not in read_through(varnish, page).body, page

    with scheduler(varnish.url("")) as process:
        time_comes(mag.piece)
        wait_until_live(mag.piece, process, STARTUP_SECONDS + LIVE_SECONDS)
        # The purge follows the commit at once: allow it a moment to arrive.
        deadline = time.monotonic() + 2
        while read_through(varnish, path).status != 200 and time.monotonic() < deadline:
            time.sleep(0.05)

    assert read_through(varnish, path).status == 200, (
        "the not-found page kept from before is served"
    )
    for page in paths:
        assert path.encode() in read_through(varnish, page).body, f"{page} is served stale"
