"""Partners whose pieces the magazine republishes with permission, their
feeds, and the record of what was imported from where."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index

from masthead.images.licences import Licence

DEFAULT_ATTRIBUTION = (
    "{title} appears originally at {partner} and is republished here with permission."
)


class Partner(index.Indexed, ClusterableModel):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(unique=True)
    site_url = models.URLField("site URL", help_text="Pages on this host are this partner's.")
    logo = models.ForeignKey(
        "images.CreditedImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    attribution_template = models.CharField(
        max_length=500,
        default=DEFAULT_ATTRIBUTION,
        help_text="Printed on every republished piece. {title} and {partner} are filled in.",
    )
    licence = models.CharField(
        max_length=20,
        choices=Licence.choices,
        default=Licence.RIGHTS_MANAGED,
        help_text="The terms of the partner's text and pictures.",
    )
    permission_granted_on = models.DateField(null=True, blank=True)
    permission_granted_by = models.CharField(max_length=200, blank=True)
    permission_scope = models.CharField(
        max_length=200, blank=True, default="Full text with attribution"
    )
    permission_expires_on = models.DateField(null=True, blank=True)
    default_section = models.ForeignKey(
        "articles.SectionPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The section imported pieces start in.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("site_url"),
        FieldPanel("logo"),
        FieldPanel("attribution_template"),
        FieldPanel("default_section"),
        MultiFieldPanel(
            [
                FieldPanel("permission_granted_on"),
                FieldPanel("permission_granted_by"),
                FieldPanel("permission_scope"),
                FieldPanel("permission_expires_on"),
                FieldPanel("licence"),
            ],
            heading="Permission",
        ),
        InlinePanel("feeds", label="Feed", heading="Feeds polled for new pieces"),
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

    def get_absolute_url(self) -> str:
        return reverse("partners:partner", args=[self.slug])


class PartnerFeed(Orderable):
    """An RSS or Atom feed of a partner, polled for new pieces to republish."""

    partner = ParentalKey(Partner, on_delete=models.CASCADE, related_name="feeds")
    url = models.URLField("feed URL", max_length=500)
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=200, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_success_at = models.DateTimeField(null=True, blank=True, editable=False)
    last_error = models.TextField(blank=True, editable=False)

    panels = [FieldPanel("url"), FieldPanel("active")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["url"], name="one_feed_per_url")]

    def __str__(self) -> str:
        return self.url


class ImportedItem(models.Model):
    """What was imported, so the same piece is never imported twice."""

    partner = models.ForeignKey(Partner, on_delete=models.CASCADE, related_name="imported")
    feed = models.ForeignKey(
        PartnerFeed, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    entry_id = models.CharField(max_length=500, blank=True)
    url = models.URLField(max_length=500, unique=True)
    article = models.ForeignKey(
        "articles.ArticlePage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["feed", "entry_id"],
                condition=~models.Q(entry_id=""),
                name="one_import_per_feed_entry",
            )
        ]

    def __str__(self) -> str:
        return self.url
