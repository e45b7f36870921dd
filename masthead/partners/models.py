"""Partners whose pieces the magazine republishes with permission, and their feeds.

A partner is a record the articles point at (who wrote a republished piece,
under which terms); importing and polling their pieces is syndication's work.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
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
    # The partner's version in the keys of the fragments printing its name or terms.
    updated_at = models.DateTimeField(auto_now=True)
    # A page, not a section: sections live in the articles app, above this one.
    # The admin (syndication/wagtail_hooks.py) offers only section pages.
    default_section = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The section imported pieces start in.",
    )

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

    @property
    def configured_ports(self) -> frozenset[int]:
        """Ports an editor wrote into the partner's site or feed addresses: the
        only ones besides 80 and 443 that fetching from this partner may use."""
        ports = set()
        for url in [self.site_url, *(feed.url for feed in self.feeds.all())]:
            try:
                port = urlsplit(url).port
            except ValueError:
                continue
            if port:
                ports.add(port)
        return frozenset(ports)


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

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["url"], name="one_feed_per_url")]

    def __str__(self) -> str:
        return self.url
