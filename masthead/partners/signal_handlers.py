"""The page cache forgets the pages naming a partner whose name, terms or
attribution changed: its page and the republished pieces' attribution lines
(they carry its `partner-<id>` key)."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from masthead.core.purge import purge
from masthead.core.surrogate_keys import key_of

from .models import Partner


@receiver(post_save, sender=Partner, dispatch_uid="masthead_purge_saved_partner")
def on_partner_saved(sender, instance, created=False, **kwargs):
    if not created:
        purge({key_of(instance)})
