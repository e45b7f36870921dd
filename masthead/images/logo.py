"""The magazine's logo, from which its favicon, touch icon and web app
manifest icons are drawn (icons.py).

A site setting of the images app rather than a field of core's SiteSettings:
core sits below images and may not point at the image model
(docs/architecture.md).
"""

from django.core.validators import RegexValidator
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

DEFAULT_THEME_COLOUR = "#9e1b1b"  # the stylesheet's accent


@register_setting(icon="image")
class SiteLogo(BaseSiteSetting):
    logo = models.ForeignKey(
        "images.CreditedImage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A square picture works best. The browser tab's icon, the phone's home-screen "
        "icon and the app icons are drawn from it; without one, the magazine's initial is used.",
    )
    theme_colour = models.CharField(
        max_length=7,
        default=DEFAULT_THEME_COLOUR,
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", "A colour such as #9e1b1b.")],
        help_text="The colour browsers may give the magazine's window, and the background "
        "of the default icon.",
    )
    # The version of the icons drawn from this row (icons.py).
    updated_at = models.DateTimeField(auto_now=True)

    panels = [FieldPanel("logo"), FieldPanel("theme_colour")]

    class Meta:
        verbose_name = "logo and icons"
