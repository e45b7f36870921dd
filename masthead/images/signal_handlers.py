"""The page cache forgets the pages printing a picture whose credit, caption
or description changed (they carry its `image-<id>` key)."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from masthead.core.purge import purge
from masthead.core.surrogate_keys import key_of

from .models import CreditedImage


@receiver(post_save, sender=CreditedImage, dispatch_uid="masthead_purge_saved_image")
@receiver(post_delete, sender=CreditedImage, dispatch_uid="masthead_purge_deleted_image")
def on_image_changed(sender, instance, created=False, **kwargs):
    if not created:  # a new picture is on no page yet
        purge({key_of(instance)})
