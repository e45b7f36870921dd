"""Keeps the index in step with publishing (indexing.py says when)."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from masthead.articles.models import ArticlePage, AuthorPage, FormatPage, SectionPage

from .engines import engine
from .indexing import documents_refresh
from .tasks import refresh_documents


@receiver(page_published, sender=ArticlePage, dispatch_uid="masthead_search_published")
@receiver(page_unpublished, sender=ArticlePage, dispatch_uid="masthead_search_unpublished")
def on_article_changed(sender, instance, **kwargs):
    # Every way of publishing sends these (the edit view, bulk actions, the
    # scheduler's go-live and expiry, workflows), inside its transaction.
    documents_refresh([instance.pk])


@receiver(post_delete, sender=ArticlePage, dispatch_uid="masthead_search_deleted")
def on_article_deleted(sender, instance, **kwargs):
    engine().remove([instance.pk])


def pieces_filed_under(page) -> list[int]:
    """The live pieces whose documents name this author, section or format."""
    if isinstance(page, AuthorPage):
        pieces = ArticlePage.objects.by_author(page)
    elif isinstance(page, SectionPage):
        pieces = ArticlePage.objects.in_section(page)
    else:
        pieces = ArticlePage.objects.filter(format=page)
    return list(pieces.live().values_list("pk", flat=True))


@receiver(page_published, sender=AuthorPage, dispatch_uid="masthead_search_author")
@receiver(page_published, sender=SectionPage, dispatch_uid="masthead_search_section")
@receiver(page_published, sender=FormatPage, dispatch_uid="masthead_search_format")
def on_name_published(sender, instance, **kwargs):
    """A name a reader can search by may have changed: the pieces filed under
    it are indexed again by a worker (a section may hold thousands)."""
    ids = pieces_filed_under(instance)
    if ids:
        transaction.on_commit(lambda: refresh_documents.enqueue(ids))


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="masthead_search_restricted")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="masthead_search_unrestricted")
def on_privacy_changed(sender, instance, **kwargs):
    """A page made private (or public again) takes the pieces under it out of
    the index (or back), at once: a private piece is never found."""
    pieces = ArticlePage.objects.descendant_of(instance.page, inclusive=True)
    documents_refresh(pieces.values_list("pk", flat=True))
