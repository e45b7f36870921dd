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


def _pages_changed(pages: list[tuple[Page, str | None]]) -> None:
    """Purge each page's key and address; with each, the tree path it had
    before a move, if it moved: a cache without keys (a CDN) knows the copy at
    the old address by its address only."""
    if not purging():
        return
    keys, urls = {SITEMAPS}, set()
    for page, url_path_before in pages:
        keys.add(key_of(page))
        url = page.get_full_url()
        if url:
            # A "not found" (or a redirect) kept from before the page was at its
            # address: an embargoed piece asked for before its time.
            keys.add(address_key(unquote(urlsplit(url).path)))
            urls.add(url)
        former = _full_url_at(page, url_path_before) if url_path_before else None
        if former:
            urls.add(former)
    purge(keys, urls)


def _page_changed(page: Page) -> None:
    _pages_changed([(page, None)])


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
    if url_path_before == url_path_after or not purging():
        return
    # The pages below it moved with it: their addresses changed too.
    below = Page.objects.descendant_of(instance).live().only("id", "path", "url_path", "locale")
    _pages_changed(
        [
            (instance, url_path_before),
            *((page, url_path_before + page.url_path[len(url_path_after) :]) for page in below),
        ]
    )


@receiver(post_delete, dispatch_uid="masthead_purge_deleted_page")
def on_page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        purge({key_of(instance), SITEMAPS})


@receiver(post_save, sender=SiteSettings, dispatch_uid="masthead_purge_site_settings")
def on_site_settings_saved(sender, instance, **kwargs):
    purge({SETTINGS}, {instance.site.root_url + "/"} if instance.site_id else set())
