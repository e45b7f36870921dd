"""What the page cache forgets when pages and site settings change.

Any page published, unpublished, moved or deleted: the responses that show
it (`page-<id>`: its own page, and the teasers, kickers and bylines printing
it elsewhere), the sitemaps, and a "not found" kept at its address. The site
settings: every page (the header and footer print them). Articles add the
lists they newly appear in (articles/signal_handlers.py).
"""

from urllib.parse import unquote, urlsplit

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import SiteSettings
from .purge import purge, purging
from .surrogate_keys import SETTINGS, SITEMAPS, address_key, key_of


def _page_changed(page: Page, former_urls: frozenset[str] = frozenset()) -> None:
    """Purge the page's key and address; `former_urls`: where it was before
    (a cache without keys, a CDN, knows the old page by its address only)."""
    if not purging():
        return
    url = page.get_full_url()
    keys = {key_of(page), SITEMAPS}
    if url:
        # A "not found" (or a redirect) kept from before the page was at its
        # address: an embargoed piece asked for before its time.
        keys.add(address_key(unquote(urlsplit(url).path)))
    purge(keys, ({url} if url else set()) | former_urls)


def _full_url_at(page: Page, url_path: str) -> str | None:
    """The page's full URL had it the tree path `url_path`."""
    current = page.url_path
    page.url_path = url_path
    try:
        return page.get_full_url()
    finally:
        page.url_path = current


@receiver(page_published, dispatch_uid="masthead_purge_published_page")
def on_page_published(sender, instance, **kwargs):
    _page_changed(instance)


@receiver(page_unpublished, dispatch_uid="masthead_purge_unpublished_page")
def on_page_unpublished(sender, instance, **kwargs):
    _page_changed(instance)


@receiver(post_page_move, dispatch_uid="masthead_purge_moved_page")
def on_page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before != url_path_after:
        former = _full_url_at(instance, url_path_before)
        _page_changed(instance, frozenset({former} if former else ()))


@receiver(post_delete, dispatch_uid="masthead_purge_deleted_page")
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge({key_of(instance), SITEMAPS})


@receiver(post_save, sender=SiteSettings, dispatch_uid="masthead_purge_site_settings")
def on_site_settings_saved(sender, instance, **kwargs):
    purge({SETTINGS}, {instance.site.root_url + "/"} if instance.site_id else set())
