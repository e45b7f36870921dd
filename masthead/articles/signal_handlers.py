"""Connects Wagtail's publishing to the articles' services."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .models import ArticlePage
from .services import byline_drafts_publish


@receiver(page_published, sender=ArticlePage, dispatch_uid="masthead_article_published")
def on_article_published(sender, instance, revision, **kwargs):
    # The edit view, the admin API, bulk actions, scheduled publishing and
    # workflows each publish through their own call (Page.publish() is not on
    # every path); this signal is the one thing they all send.
    byline_drafts_publish(instance)
