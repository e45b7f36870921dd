"""Round-up messages for each reader, built fast.

Building a MIME message with Python's email package costs more than sending
it, so each variant of an issue (the whole round-up, or a choice of sections)
is built once with Django's mail classes, using ASCII placeholders for what
differs per reader: the address, the Message-ID and the signed links. Each
reader's message is then the template's bytes with the placeholders replaced.
"""

import re
from dataclasses import dataclass, field
from email.utils import parseaddr
from urllib.parse import quote

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse

from ..models import RoundupIssue, Subscriber
from ..tokens import manage_token
from .rendering import (
    PREFERENCES_URL,
    UNSUBSCRIBE_URL,
    RenderedRoundup,
    roundup_render,
    site_root_url,
)

TO_PLACEHOLDER = "reader-placeholder@masthead.invalid"
MESSAGE_ID_PLACEHOLDER = "MESSAGEIDPLACEHOLDER"
TOKEN_PLACEHOLDER = "TOKENPLACEHOLDER"  # noqa: S105 - a marker, not a secret
_PLACEHOLDERS = re.compile(
    b"(%s)"
    % b"|".join(
        re.escape(p.encode()) for p in (TO_PLACEHOLDER, MESSAGE_ID_PLACEHOLDER, TOKEN_PLACEHOLDER)
    )
)


def unsubscribe_mailbox() -> str:
    if settings.MASTHEAD_UNSUBSCRIBE_MAILBOX:
        return settings.MASTHEAD_UNSUBSCRIBE_MAILBOX
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"
    return f"unsubscribe@{domain}"


def message_id_domain() -> str:
    return parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or "localhost"


def roundup_message_id(issue_id: int, subscriber_id: int, domain: str | None = None) -> str:
    """The Message-ID of an issue's message to one reader: the same at every
    attempt, so that a mailbox or provider can drop a second copy."""
    return f"roundup-{issue_id}-{subscriber_id}@{domain or message_id_domain()}"


@dataclass
class ReaderLinks:
    unsubscribe: str
    preferences: str
    mailto: str


def reader_links(subscriber_id: int, root: str) -> ReaderLinks:
    token = manage_token(subscriber_id)
    return ReaderLinks(
        unsubscribe=root + reverse("newsletter:unsubscribe", args=[token]),
        preferences=root + reverse("newsletter:preferences", args=[token]),
        mailto=f"mailto:{unsubscribe_mailbox()}?subject={quote('unsubscribe ' + token)}",
    )


def build_email(
    issue: RoundupIssue,
    rendered: RenderedRoundup,
    *,
    to: str,
    links: ReaderLinks,
    message_id: str,
) -> EmailMultiAlternatives:
    """A complete Django email for one reader (also the template for bytes)."""
    html = rendered.html.replace(UNSUBSCRIBE_URL, links.unsubscribe).replace(
        PREFERENCES_URL, links.preferences
    )
    text = rendered.text.replace(UNSUBSCRIBE_URL, links.unsubscribe).replace(
        PREFERENCES_URL, links.preferences
    )
    email = EmailMultiAlternatives(
        subject=rendered.subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={
            "Message-ID": f"<{message_id}>",
            "List-Id": f"<roundup.{message_id_domain()}>",
            "List-Unsubscribe": f"<{links.unsubscribe}>, <{links.mailto}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    email.attach_alternative(html, "text/html")
    return email


@dataclass
class RoundupMessages:
    """Messages of one issue for many readers; variants are built on first use."""

    issue: RoundupIssue
    root: str = field(default_factory=site_root_url)
    prebuilt_allowed: bool = True
    _variants: dict[frozenset[int] | None, tuple[RenderedRoundup, bytes | None]] = field(
        default_factory=dict
    )
    # Per variant: the template's bytes split at the placeholders (odd items).
    _template_parts: dict[frozenset[int] | None, list[bytes]] = field(default_factory=dict)
    _domain: str = field(default_factory=message_id_domain)

    def rendered(self, section_ids: frozenset[int] | None) -> tuple[RenderedRoundup, bytes | None]:
        if section_ids not in self._variants:
            rendered = roundup_render(self.issue, sorted(section_ids) if section_ids else None)
            template = None
            if not rendered.is_empty:
                template = self._template_bytes(rendered)
            self._variants[section_ids] = (rendered, template)
            if template is not None:
                self._template_parts[section_ids] = _PLACEHOLDERS.split(template)
        return self._variants[section_ids]

    def _template_bytes(self, rendered: RenderedRoundup) -> bytes | None:
        token_links = ReaderLinks(
            unsubscribe=f"{self.root}/newsletter/unsubscribe/{TOKEN_PLACEHOLDER}/",
            preferences=f"{self.root}/newsletter/preferences/{TOKEN_PLACEHOLDER}/",
            mailto=f"mailto:{unsubscribe_mailbox()}?subject=unsubscribe%20{TOKEN_PLACEHOLDER}",
        )
        email = build_email(
            self.issue,
            rendered,
            to=TO_PLACEHOLDER,
            links=token_links,
            message_id=MESSAGE_ID_PLACEHOLDER,
        )
        data = email.message().as_bytes(linesep="\r\n")
        placeholders = (TO_PLACEHOLDER, MESSAGE_ID_PLACEHOLDER, TOKEN_PLACEHOLDER)
        # If the mail library encoded a part (e.g. base64), the placeholders are
        # not visible in the bytes; such variants are built per reader instead.
        if all(p.encode() in data for p in placeholders) and b"base64" not in data:
            return data
        return None

    def message_id(self, subscriber_id: int) -> str:
        return roundup_message_id(self.issue.pk, subscriber_id, self._domain)

    def for_reader(
        self, subscriber: Subscriber, section_ids: frozenset[int] | None
    ) -> bytes | EmailMultiAlternatives | None:
        """One reader's message: the raw bytes when the fast path applies, else a
        Django email; None when the reader's choice of sections is empty."""
        rendered, template = self.rendered(section_ids)
        if rendered.is_empty:
            return None
        if self.prebuilt_allowed and template is not None and subscriber.email.isascii():
            # One pass over the template: its literal parts, and this reader's
            # value for each placeholder between them.
            values = {
                TO_PLACEHOLDER.encode(): subscriber.email.encode(),
                MESSAGE_ID_PLACEHOLDER.encode(): self.message_id(subscriber.pk).encode(),
                TOKEN_PLACEHOLDER.encode(): manage_token(subscriber.pk).encode(),
            }
            parts = self._template_parts[section_ids].copy()
            parts[1::2] = [values[placeholder] for placeholder in parts[1::2]]
            return b"".join(parts)
        return build_email(
            self.issue,
            rendered,
            to=subscriber.email,
            links=reader_links(subscriber.pk, self.root),
            message_id=self.message_id(subscriber.pk),
        )
