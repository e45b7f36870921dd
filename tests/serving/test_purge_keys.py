"""Each change purges exactly the pages that show it.

A small magazine is rendered page by page to read the surrogate keys each page
names (`xkey`); then a change is made as an editor makes it, and the keys it
purged are compared with every page's: the pages that show the change must be
hit, and the others must stay cached.

The small magazine is built once for the module; a test that changes one of its
rows fetches its own copy first, so the next test reads the rows as built.
"""

import datetime
import http.server
import threading

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, Site

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import (
    ArticleCorrection,
    ArticleIndexPage,
    ArticlePage,
    AuthorPage,
    HomePage,
    SectionPage,
)
from masthead.articles.services import front_page_curate
from masthead.core import purge as purging
from masthead.core.models import SiteSettings
from masthead.core.surrogate_keys import address_key
from masthead.images.models import CreditedImage
from masthead.newsletter.factories import RoundupIssueFactory
from masthead.newsletter.models import RoundupIssue
from masthead.partners.factories import PartnerFactory
from masthead.partners.models import Partner

pytestmark = pytest.mark.django_db


class Magazine:
    """Two sections, two authors, an article in each, a republished piece."""

    def __init__(self):
        self.europe = SectionPageFactory(title="Europe")
        self.asia = SectionPageFactory(title="Asia")
        self.ines = AuthorPageFactory(title="Ines Moreau")
        self.kenji = AuthorPageFactory(title="Kenji Sato")
        self.partner = PartnerFactory(name="The Ledger", slug="ledger")
        self.x = ArticlePageFactory(section=self.europe, authors=[self.ines])
        self.y = ArticlePageFactory(section=self.asia, authors=[self.kenji])
        self.z = ArticlePageFactory(
            section=self.europe,
            authors=[self.ines],
            partner=self.partner,
            original_url="https://ledger.example/a",
            format_kind="republished",
        )

    def pages(self) -> dict[str, str]:
        return {
            "front": "/",
            "x": self.x.url,
            "y": self.y.url,
            "z": self.z.url,
            "europe": self.europe.url,
            "asia": self.asia.url,
            "ines": self.ines.url,
            "kenji": self.kenji.url,
            "feed": reverse("syndication:feed", kwargs={"feed_format": "atom"}),
            "asia feed": reverse(
                "syndication:scoped_feed",
                kwargs={"kind": "section", "slug": self.asia.slug, "feed_format": "rss"},
            ),
            "sitemap": reverse("syndication:sitemap"),
            "partner": reverse("articles:partner", args=[self.partner.slug]),
            "archive": reverse("newsletter:archive"),
        }


@pytest.fixture(scope="module")
def mag(shared_rows):
    with shared_rows():
        yield Magazine()


@pytest.fixture
def purged(settings):
    """The keys purged by the change made in the test, once committed."""
    settings.MASTHEAD_CACHE_PURGER = "memory"
    purging.memory_purges.clear()
    keys: set[str] = set()
    yield keys
    purging.memory_purges.clear()


@pytest.fixture(params=["cold fragments", "warm fragments"])
def page_keys(request, client, mag):
    """Each page's surrogate keys, read before the change: from pages drawn
    afresh, or from pages served from the fragments an earlier render kept
    (core/fragments.py), which must name the same keys."""
    if request.param == "warm fragments":
        for url in mag.pages().values():
            client.get(url)
    found = {}
    for name, url in mag.pages().items():
        response = client.get(url)
        assert response.status_code == 200, name
        found[name] = set(response["xkey"].split())
    return found


def hit_by(change, page_keys, purged, django_capture_on_commit_callbacks) -> set[str]:
    with django_capture_on_commit_callbacks(execute=True):
        change()
    for keys, _urls in purging.memory_purges:
        purged.update(keys)
    return {name for name, keys in page_keys.items() if keys & purged}


@pytest.fixture
def purge_of(page_keys, purged, django_capture_on_commit_callbacks):
    return lambda change: hit_by(change, page_keys, purged, django_capture_on_commit_callbacks)


EVERYTHING = {
    "front", "x", "y", "z", "europe", "asia", "ines", "kenji", "feed", "asia feed", "sitemap",
    "partner", "archive",
}  # fmt: skip


def test_a_new_article_purges_the_lists_it_joins_and_nothing_else(mag, purge_of):
    def publish_new_piece():
        ArticlePageFactory(section=mag.asia, authors=[mag.kenji])

    hit = purge_of(publish_new_piece)
    # y's page lists Asia's newest pieces under "Related".
    assert hit == {"front", "asia", "kenji", "feed", "asia feed", "sitemap", "y"}


def test_a_correction_purges_the_pages_showing_the_article(mag, purge_of):
    def correct():
        article = ArticlePage.objects.get(pk=mag.x.pk)
        article.corrections.add(
            ArticleCorrection(corrected_on=timezone.localdate(), text="The date was wrong.")
        )
        article.save_revision().publish()

    hit = purge_of(correct)
    assert hit == {"front", "x", "z", "europe", "ines", "feed", "sitemap"}


def test_unpublishing_an_article_purges_the_pages_that_showed_it(mag, purge_of):
    hit = purge_of(lambda: ArticlePage.objects.get(pk=mag.y.pk).unpublish())
    assert hit == {"front", "y", "asia", "kenji", "feed", "asia feed", "sitemap"}


def test_deleting_an_article_purges_the_pages_that_showed_it(mag, purge_of):
    hit = purge_of(lambda: ArticlePage.objects.get(pk=mag.y.pk).delete())
    assert hit == {"front", "y", "asia", "kenji", "feed", "asia feed", "sitemap"}


def other_site_home() -> HomePage:
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Other", slug="other"))
    Site.objects.create(hostname="other.example", root_page=home)
    return home


def purged_urls() -> set[str]:
    return set().union(*(urls for _keys, urls in purging.memory_purges))


def test_moving_an_article_purges_its_old_address_and_the_pages_that_showed_it(mag, purge_of):
    """A piece moved to another site's magazine: its old address and every page
    listing it are purged, by key for Varnish and by address for a CDN."""
    other_index = other_site_home().add_child(
        instance=ArticleIndexPage(title="Latest", slug="articles")
    )
    old_url = ArticlePage.objects.get(pk=mag.y.pk).get_full_url()

    hit = purge_of(lambda: ArticlePage.objects.get(pk=mag.y.pk).move(other_index, "last-child"))
    assert hit == {"front", "y", "asia", "kenji", "feed", "asia feed", "sitemap"}
    new_url = ArticlePage.objects.get(pk=mag.y.pk).get_full_url()
    assert new_url.startswith("http://other.example/")
    assert {old_url, new_url} <= purged_urls()


def test_moving_a_page_moves_the_pages_below_it_and_purges_each_old_address(mag, purge_of):
    index = ArticlePage.objects.get(pk=mag.x.pk).get_parent()
    pieces = [ArticlePage.objects.get(pk=piece.pk) for piece in (mag.x, mag.y, mag.z)]
    old_urls = {piece.get_full_url() for piece in pieces}
    other_home = other_site_home()

    hit = purge_of(lambda: index.move(other_home, "last-child"))
    assert {"x", "y", "z", "sitemap"} <= hit
    new_urls = {ArticlePage.objects.get(pk=piece.pk).get_full_url() for piece in pieces}
    assert all(url.startswith("http://other.example/articles/") for url in new_urls)
    assert old_urls | new_urls <= purged_urls()


def test_an_authors_new_bio_purges_the_pages_printing_their_name_or_bio(mag, purge_of):
    def edit_bio():
        ines = AuthorPage.objects.get(pk=mag.ines.pk)
        ines.bio = "<p>Ines Moreau covers the European Union.</p>"
        ines.save_revision().publish()

    hit = purge_of(edit_bio)
    assert hit == {"front", "x", "z", "europe", "ines", "feed", "sitemap", "partner"}


def test_a_pictures_new_credit_purges_the_pages_printing_it(mag, purge_of):
    def recredit():
        image = CreditedImage.objects.get(pk=mag.y.hero_image_id)
        image.credit = "Photo: Kenji Sato"
        image.save()

    hit = purge_of(recredit)
    assert hit == {"front", "y", "asia", "kenji", "feed", "asia feed"}


def test_the_front_pages_curation_purges_the_front_page_alone(magazine, mag, purge_of):
    hit = purge_of(lambda: front_page_curate(magazine.home, lead=mag.y, featured=[mag.x]))
    assert hit == {"front", "sitemap"}


def test_new_site_settings_purge_every_page(mag, purge_of):
    def rename():
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.tagline = "Analysis without the noise"
        site_settings.save()

    # Every page but the sitemap, which prints no settings.
    assert purge_of(rename) == EVERYTHING - {"sitemap"}


def test_a_partners_new_terms_purge_its_page_and_its_republished_pieces(mag, purge_of):
    def new_terms():
        partner = Partner.objects.get(pk=mag.partner.pk)
        partner.permission_scope = "Columns, with a link back"
        partner.save()

    assert purge_of(new_terms) == {"partner", "z"}


def test_sending_a_round_up_purges_the_archive(mag, purge_of):
    issue = RoundupIssueFactory(articles=[mag.x])

    def send():
        issue.status = RoundupIssue.Status.SENT
        issue.sent_at = timezone.now() - datetime.timedelta(minutes=1)
        issue.save()

    # The sitemap lists every issue sent.
    assert purge_of(send) == {"archive", "sitemap"}


class PurgeRecorder(http.server.BaseHTTPRequestHandler):
    received: list[tuple[str, str, str]] = []
    hosts: list[str] = []

    def do_PURGE(self):  # noqa: N802 (http.server's name)
        self.received.append((self.command, self.path, self.headers.get("xkey-purge", "")))
        self.hosts.append(self.headers.get("Host", ""))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_listener():
    PurgeRecorder.received = []
    PurgeRecorder.hosts = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


def test_varnish_is_sent_the_keys_in_a_purge_request(
    settings, mag, purge_listener, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_CACHE_PURGER = "varnish"
    settings.MASTHEAD_VARNISH_URLS = [f"http://127.0.0.1:{purge_listener.server_port}"]
    europe = SectionPage.objects.get(pk=mag.europe.pk)
    with django_capture_on_commit_callbacks(execute=True):
        europe.intro = "News and analysis from Europe."
        europe.save_revision().publish()
    ((method, path, keys),) = PurgeRecorder.received
    assert (method, path) == ("PURGE", "/")
    assert set(keys.split()) == {f"page-{mag.europe.pk}", "sitemaps", address_key(mag.europe.url)}


def test_a_cdn_without_keys_is_sent_the_addresses_of_the_pages_listing_an_article(
    settings, mag, purge_listener, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_CACHE_PURGER = "frontendcache"
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{purge_listener.server_port}",
        }
    }
    with django_capture_on_commit_callbacks(execute=True):
        ArticlePage.objects.get(pk=mag.y.pk).save_revision().publish()
    paths = {path for _method, path, _keys in PurgeRecorder.received}
    assert {"/", mag.y.url, mag.asia.url, mag.kenji.url} <= paths
    assert mag.europe.url not in paths


def test_a_cache_that_cannot_be_reached_does_not_stop_publishing(
    settings, mag, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_CACHE_PURGER = "varnish"
    settings.MASTHEAD_VARNISH_URLS = ["http://127.0.0.1:9"]  # nothing listens there
    europe = SectionPage.objects.get(pk=mag.europe.pk)
    with django_capture_on_commit_callbacks(execute=True):
        europe.save_revision().publish()
    europe.refresh_from_db()
    assert europe.live


def test_a_deleted_pictures_files_are_purged_with_its_renditions(
    settings, mag, purge_listener, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_CACHE_PURGER = "varnish"
    settings.MASTHEAD_VARNISH_URLS = [f"http://127.0.0.1:{purge_listener.server_port}"]
    # A piece with a picture of its own, as y has: deleting a picture deletes its
    # files, and the module's other tests still show y's.
    image = ArticlePageFactory(section=mag.asia, authors=[mag.kenji]).hero_image
    rendition = image.get_rendition("width-400")
    files = {image.file.url, rendition.url}
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    url_purges = {path for _method, path, keys in PurgeRecorder.received if not keys}
    assert files <= url_purges
    # Under the host readers use, which is what Varnish filed the files under.
    url_purge_hosts = {
        host
        for (_method, _path, keys), host in zip(
            PurgeRecorder.received, PurgeRecorder.hosts, strict=True
        )
        if not keys
    }
    assert url_purge_hosts == {"testserver"}
