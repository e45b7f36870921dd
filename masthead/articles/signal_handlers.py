"""Connects Wagtail's publishing to the articles' services."""

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .models import ArticlePage
from .purging import article_lists_purge
from .services import byline_drafts_publish


@receiver(page_published, sender=ArticlePage, dispatch_uid="masthead_article_published")
def on_article_published(sender, instance, revision, **kwargs):
    # The edit view, the admin API, bulk actions, scheduled publishing and
    # workflows each publish through their own call (Page.publish() is not on
    # every path); this signal is the one thing they all send.
    byline_drafts_publish(instance)
    article_lists_purge(instance)


@receiver(page_unpublished, sender=ArticlePage, dispatch_uid="masthead_article_unpublished")
def on_article_unpublished(sender, instance, **kwargs):
    article_lists_purge(instance)


@receiver(pre_delete, sender=ArticlePage, dispatch_uid="masthead_article_deleted")
def on_article_deleted(sender, instance, **kwargs):
    # Before: the byline and sections are gone once the page is.
    if instance.live:
        article_lists_purge(instance)
