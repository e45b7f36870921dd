"""Test helpers about the magazine's structure (see django_db_setup in conftest.py)."""

from wagtail.models import Page, Site

from masthead.articles.models import HomePage


def structure_remove() -> None:
    """Delete the front page and everything under it (indexes, formats), so
    that a test starts from Wagtail's bare root, as a new installation does."""
    site = Site.objects.get(is_default_site=True)
    site.root_page = Page.get_first_root_node()
    site.save()
    for home in HomePage.objects.all():
        home.delete()
