"""Draft links: a page's newest draft shown to one outside reviewer, for a while.

The address carries a random token (`secrets.token_urlsafe`, 256 bits). Only
its SHA-256 digest is stored, so a copy of the database or a backup holds no
working link; the editor sees the address once, when the link is made. A
token that long needs no key or salt: nobody can guess one, nor work back
from its digest. Looking a token up by its digest (a unique index) makes the
database compare digests, not the token itself, so how long a lookup takes
tells nobody how close a guess came. See docs/draft-links.md.
"""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

DEFAULT_DAYS = 7
MAX_DAYS = 30
# token_urlsafe(32) is 43 characters; anything much longer is not ours.
TOKEN_BYTES = 32
LONGEST_TOKEN = 64


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class DraftLinkQuerySet(models.QuerySet):
    def active(self, now: datetime.datetime | None = None) -> "DraftLinkQuerySet":
        """Links that still open their page: not revoked, not expired."""
        return self.filter(revoked_at__isnull=True, expires_at__gt=now or timezone.now())

    def for_token(self, token: str) -> "DraftLink | None":
        """The active link of `token`, with its page; None for an unknown,
        expired or revoked token alike (one query whichever it is)."""
        if not token or len(token) > LONGEST_TOKEN:
            return None
        return self.active().filter(token_digest=token_digest(token)).select_related("page").first()


class DraftLink(models.Model):
    """A revocable, expiring address at which anyone holding it may read the
    newest draft of one page, never published, never cached, never indexed."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    note = models.CharField(
        "for whom",
        max_length=200,
        blank=True,
        help_text="Who the link is for, so that you know which one to revoke.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = DraftLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "expires_at"], name="desk_draftlink_page_expiry")]

    def __str__(self) -> str:
        return f"Draft link to page {self.page_id}" + (f" for {self.note}" if self.note else "")

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()
