"""Whose piece an address is, and whether we may still import from them."""

from django.utils import timezone

from masthead.partners.models import Partner, site_host


class ImportRefused(Exception):
    """The piece cannot be imported; the message says why, for the editor."""


def partner_for_url(url: str) -> Partner | None:
    return next((partner for partner in Partner.objects.all() if partner.publishes_at(url)), None)


def partner_for_import(url: str, partner: Partner | None = None) -> Partner:
    """The partner whose piece `url` is: the one chosen, if the address is on
    one of its sites, else the one that publishes there. ImportRefused,
    saying what the editor can do, if there is none."""
    host = site_host(url) or url
    if partner is not None and not partner.publishes_at(url):
        raise ImportRefused(
            f"{host} is not {partner.name}'s site ({', '.join(partner.hosts)}). Choose the "
            f"partner that publishes at {host}, or add {host} to {partner.name}'s other sites "
            "under Partners."
        )
    partner = partner or partner_for_url(url)
    if partner is None:
        raise ImportRefused(
            f"No partner publishes at {host}. Add the partner and its permission under "
            f"Partners, or add {host} to a partner's other sites."
        )
    return partner


def permission_check(partner: Partner) -> None:
    """Refuse to import once the partner's permission has expired."""
    expires = partner.permission_expires_on
    if expires is not None and expires < timezone.localdate():
        raise ImportRefused(
            f"The permission from {partner.name} expired on {expires:%-d %B %Y}. "
            "Renew it (and record it on the partner) before importing."
        )
