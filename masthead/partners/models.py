"""Partners whose pieces the magazine republishes with permission, and their feeds.

A partner is a record the articles point at (who wrote a republished piece,
under which terms); importing and polling their pieces is syndication's work.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from masthead.core.fetch import RefusedURL, check_url_without_lookup
from masthead.images.licences import Licence

DEFAULT_ATTRIBUTION = (
    "{title} appears originally at {partner} and is republished here with permission."
)
_HOST_NAME = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+")


def validate_fetchable_url(url: str) -> None:
    """Refuse an address the safe fetcher would refuse, as far as that is known
    without a DNS lookup (core.fetch.check_url_without_lookup)."""
    try:
        check_url_without_lookup(url)
    except RefusedURL as refusal:
        raise ValidationError(str(refusal), code="refused") from refusal


def site_host(url_or_host: str) -> str:
    """The host of an address or host name, lower-cased and without "www."."""
    text = url_or_host.strip().lower()
    try:
        host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    except ValueError:  # an unreadable address, such as an unclosed "[" of IPv6
        return ""
    return host.removesuffix(".").removeprefix("www.")


class Partner(index.Indexed, ClusterableModel):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(unique=True)
    site_url = models.URLField(
        "site URL", help_text="Pages on this host and its subdomains are this partner's."
    )
    other_hosts = models.TextField(
        "other sites",
        blank=True,
        help_text="Other host names the partner publishes under, one per line "
        "(ledger.news). Their subdomains count too.",
    )
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
        lines = [line.strip() for line in self.other_hosts.splitlines() if line.strip()]
        unreadable = [line for line in lines if not _HOST_NAME.fullmatch(site_host(line))]
        if unreadable:
            raise ValidationError(
                {
                    "other_hosts": f"Not a host name: {', '.join(unreadable)}. "
                    "Write one host name per line, such as ledger.news."
                }
            )
        self.other_hosts = "\n".join(dict.fromkeys(site_host(line) for line in lines))

    def attribution_for(self, title: str) -> str:
        return self.attribution_template.format(title=title, partner=self.name)

    @property
    def hosts(self) -> tuple[str, ...]:
        """The host names of the partner's sites, without "www."."""
        others = (site_host(line) for line in self.other_hosts.splitlines())
        return tuple(dict.fromkeys(host for host in (site_host(self.site_url), *others) if host))

    def publishes_at(self, url: str) -> bool:
        """Whether `url` is on one of the partner's sites or their subdomains
        ("www." or not)."""
        host = site_host(url)
        return bool(host) and any(host == own or host.endswith("." + own) for own in self.hosts)

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
    url = models.URLField("feed URL", max_length=500, validators=[validate_fetchable_url])
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
