"""The site a request is for, found as Wagtail finds it, in a lighter query.

Wagtail's `Site.find_for_request` ranks the candidate sites in SQL (a CASE
for each way a site can match); the ranking costs more to build than the
query costs to run, on every request. This reads the same candidates (the
sites of the request's hostname, and the default site) and ranks them here,
by Wagtail's rules, then leaves the site where Wagtail looks for it first
(`request._wagtail_site`), so the rest of the request uses it. The site's
settings (the magazine's name, navigation, footer) come in the same query and
are left where `SiteSettings.for_request` looks first: every page prints them.
"""

from django.db.models import Q
from django.http import HttpRequest
from django.http.request import split_domain_port
from wagtail.models import Site

from .models import SiteSettings

# Wagtail's ranks (wagtail.models.sites), best first.
HOSTNAME_PORT, HOSTNAME_DEFAULT, DEFAULT, HOSTNAME = range(4)


def _rank(site: Site, hostname: str, port: int | None) -> int:
    if site.hostname == hostname and site.port == port:
        return HOSTNAME_PORT
    if site.hostname == hostname and site.is_default_site:
        return HOSTNAME_DEFAULT
    if site.is_default_site:
        return DEFAULT
    return HOSTNAME


def best_site(sites: list[Site], hostname: str, port: int | None) -> Site | None:
    """The site Wagtail's `get_site_for_hostname` picks among `sites`."""
    ranked = sorted(sites, key=lambda site: _rank(site, hostname, port))
    if not ranked:
        return None
    best = _rank(ranked[0], hostname, port)
    if len(ranked) == 1 or best in (HOSTNAME_PORT, HOSTNAME_DEFAULT):
        return ranked[0]
    if best == DEFAULT:
        # The default and one site of this hostname (on another port): that one.
        return ranked[len(ranked) == 2]
    return None


def site_for_request(request: HttpRequest, *related: str) -> Site | None:
    """The request's site (with its root page, and the `related` relations the
    caller will read), as `Site.find_for_request` finds it."""
    if "_wagtail_site" not in request.__dict__:
        # As Wagtail does: the raw host, ALLOWED_HOSTS is checked elsewhere.
        hostname = split_domain_port(request._get_raw_host())[0]  # type: ignore[attr-defined]
        try:
            port = int(request.get_port())
        except ValueError:
            port = None
        candidates = (
            Site.objects.filter(Q(hostname=hostname) | Q(is_default_site=True))
            .order_by()
            .select_related("root_page", "sitesettings", *related)
        )
        site = best_site(list(candidates), hostname, port)
        request.__dict__["_wagtail_site"] = site
        if site is not None:
            _settings_remember(request, site)
    return request.__dict__["_wagtail_site"]


def _settings_remember(request: HttpRequest, site: Site) -> None:
    """Leave the site's settings, read with it, where `for_request` finds them
    (a site without a settings row yet gets one made there, as before)."""
    try:
        site_settings = site.sitesettings
    except SiteSettings.DoesNotExist:
        return
    site_settings._request = request  # as for_request does, for page URLs
    setattr(request, SiteSettings.get_cache_attr_name(), site_settings)
