"""Partners whose pieces the magazine republishes with permission."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

DEFAULT_ATTRIBUTION = (
    "{title} appears originally at {partner} and is republished here with permission."
)


class Partner(index.Indexed, models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(unique=True)
    site_url = models.URLField("site URL")
    attribution_template = models.CharField(
        max_length=500,
        default=DEFAULT_ATTRIBUTION,
        help_text="Printed on every republished piece. {title} and {partner} are filled in.",
    )
    permission_granted_on = models.DateField(null=True, blank=True)
    permission_granted_by = models.CharField(max_length=200, blank=True)
    permission_scope = models.CharField(
        max_length=200, blank=True, default="Full text with attribution"
    )
    permission_expires_on = models.DateField(null=True, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("site_url"),
        FieldPanel("attribution_template"),
        MultiFieldPanel(
            [
                FieldPanel("permission_granted_on"),
                FieldPanel("permission_granted_by"),
                FieldPanel("permission_scope"),
                FieldPanel("permission_expires_on"),
            ],
            heading="Permission",
        ),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self):
        try:
            self.attribution_template.format(title="T", partner="P")
        except (KeyError, IndexError, ValueError) as error:
            raise ValidationError(
                {"attribution_template": "Use only {title} and {partner} as placeholders."}
            ) from error

    def attribution_for(self, title: str) -> str:
        return self.attribution_template.format(title=title, partner=self.name)
