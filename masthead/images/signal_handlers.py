"""The page cache forgets the pages printing a picture whose credit, caption
or description changed (they carry its `image-<id>` key), and a deleted
picture's files themselves (a picture taken down must not stay cached).
A new logo or theme colour changes the icons and the manifest, which show
the site settings' key (icon_views.py)."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from masthead.core.purge import purge, purge_files, purging
from masthead.core.surrogate_keys import SETTINGS, key_of

from .models import CreditedImage, SiteLogo


@receiver(post_save, sender=CreditedImage, dispatch_uid="masthead_purge_saved_image")
@receiver(post_delete, sender=CreditedImage, dispatch_uid="masthead_purge_deleted_image")
def on_image_changed(sender, instance, created=False, **kwargs):
    if not created:  # a new picture is on no page yet
        purge({key_of(instance)})


@receiver(pre_delete, sender=CreditedImage, dispatch_uid="masthead_purge_deleted_image_files")
def on_image_deleted(sender, instance, **kwargs):
    # Before: the renditions are deleted with the image.
    if not purging():
        return
    files = [instance.file, *(rendition.file for rendition in instance.renditions.all())]
    purge_files(file.url for file in files if file)


@receiver(post_save, sender=SiteLogo, dispatch_uid="masthead_purge_site_logo")
def on_site_logo_saved(sender, instance, **kwargs):
    purge({SETTINGS})
