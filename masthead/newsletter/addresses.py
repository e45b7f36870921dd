"""Readers' email addresses: which are accepted, and when two are the same reader.

An address must be one the public internet delivers to: a local part of at
most 64 characters (RFC 5321) and a domain name with a dot, not an IP literal
(`reader@[10.0.0.1]`) or a host of our own network (`localhost`). Its domain is
compared in its ASCII (IDNA) form, so two spellings of an internationalised
domain are one reader; the local part is compared in lower case, as every
large provider delivers.
"""

import contextlib
import ipaddress

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

MAX_LOCAL_PART = 64
LOCAL_DOMAINS = {"localhost", "localdomain", "local", "internal", "invalid", "test", "example"}

NOT_AN_ADDRESS = "That does not look like an email address. Please check it and try again."


def address_normalise(email: str) -> str:
    """The form in which an address is stored and compared."""
    local, at, domain = email.strip().rpartition("@")
    if not at:
        return email.strip().lower()
    # An undecodable domain is refused by address_validate; keep it comparable.
    with contextlib.suppress(UnicodeError):
        domain = domain.encode("idna").decode("ascii")
    return f"{local.lower()}@{domain.lower().rstrip('.')}"


def address_validate(email: str) -> str:
    """The normalised address, or ValidationError with a message for the reader."""
    email = email.strip()
    try:
        validate_email(email)
    except ValidationError as error:
        raise ValidationError(NOT_AN_ADDRESS, code="invalid") from error
    local, _, domain = email.rpartition("@")
    if len(local) > MAX_LOCAL_PART:
        raise ValidationError(NOT_AN_ADDRESS, code="invalid")
    if domain.startswith("[") or _is_ip(domain):
        raise ValidationError(
            "Please use an address at a domain name, not at a numeric address.", code="numeric"
        )
    normalised = address_normalise(email)
    labels = normalised.rpartition("@")[2].split(".")
    if len(labels) < 2 or labels[-1] in LOCAL_DOMAINS:
        raise ValidationError(
            "Please use an address that can receive mail from the internet.", code="local"
        )
    return normalised


def mailbox_of(email: str) -> str:
    """The mailbox an address delivers to, for rate limits: `mei+news@x` is `mei@x`."""
    local, _, domain = address_normalise(email).rpartition("@")
    return f"{local.partition('+')[0]}@{domain}"


def _is_ip(domain: str) -> bool:
    try:
        ipaddress.ip_address(domain)
    except ValueError:
        return False
    return True
