"""The image library: every picture carries its description and its credit."""

import secrets
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import format_html
from wagtail.images.models import AbstractImage, AbstractRendition, Image

from .alt_text import FILE_NAME_MESSAGE, looks_like_file_name
from .licences import REPUBLISHABLE, Licence, licence_url
from .logo import SiteLogo

__all__ = ["CreditedImage", "CreditedRendition", "SiteLogo"]

# The extensions an original may be stored under; the policy picks one from the
# decoded format (policy.EXTENSIONS), so only trusted code (factories) ever
# brings a name whose extension is not one of these.
STORED_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "webp"}


class CreditedImage(AbstractImage):
    alt_text = models.CharField(
        max_length=300,
        help_text="Describe what the picture shows for readers who cannot see it. "
        "Not the file name.",
    )
    caption = models.CharField(max_length=500, blank=True)
    credit = models.CharField(
        max_length=200,
        help_text='Who made it, as printed: "REUTERS/Jane Doe", "State Department photo".',
    )
    source_url = models.URLField(blank=True, help_text="Where the picture was obtained.")
    licence = models.CharField(max_length=20, choices=Licence.choices, default=Licence.STAFF)
    # Saved with every change (credit, caption, description, file, focal point):
    # the picture's version in the keys of the fragments printing it.
    updated_at = models.DateTimeField(auto_now=True)

    # Wagtail's own "description" is left out: `alt_text` is the description,
    # required and checked (alt_text.py), and the one every template prints.
    admin_form_fields = (
        *(name for name in Image.admin_form_fields if name != "description"),
        "alt_text",
        "caption",
        "credit",
        "source_url",
        "licence",
    )

    def clean(self):
        super().clean()
        file_name = self.file.name if self.file else ""
        if looks_like_file_name(self.alt_text, file_name):
            raise ValidationError({"alt_text": FILE_NAME_MESSAGE})

    def get_upload_to(self, filename):
        """A name of our own for the original: the sender's file name is never stored."""
        extension = PurePath(filename).suffix.lower().lstrip(".")
        if extension not in STORED_EXTENSIONS:
            extension = "bin"
        return f"original_images/{secrets.token_hex(16)}.{extension}"

    @property
    def default_alt_text(self):
        # Wagtail's {% image %} tag uses this when no alt is given.
        return self.alt_text

    @property
    def licence_url(self) -> str:
        return licence_url(self.licence)

    @property
    def is_republishable(self) -> bool:
        return self.licence in REPUBLISHABLE

    @property
    def has_credit(self) -> bool:
        return bool(self.alt_text.strip() and self.credit.strip())

    def credit_line_html(self):
        """The credit as printed under the picture: credit, then licence."""
        if not self.credit:
            return ""
        if self.licence_url:
            return format_html(
                '{} (<a href="{}" rel="license">{}</a>)',
                self.credit,
                self.licence_url,
                self.get_licence_display(),
            )
        return format_html("{}", self.credit)


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
