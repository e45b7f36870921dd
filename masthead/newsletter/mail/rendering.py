"""The round-up as HTML (CSS inlined) and plain text.

Rendered once per issue and per choice of sections; the per-reader links are
placeholders that message.py fills in for each recipient.
"""

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import css_inline
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from masthead.core.models import SiteSettings

if TYPE_CHECKING:
    # Only for the annotations: the models import this module (their admin preview).
    from ..models import RoundupIssue

UNSUBSCRIBE_URL = "https://masthead.invalid/UNSUBSCRIBEPLACEHOLDER"
PREFERENCES_URL = "https://masthead.invalid/PREFERENCESPLACEHOLDER"

_inliner = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


@dataclass(frozen=True)
class RenderedRoundup:
    subject: str
    html: str
    text: str
    is_empty: bool


def _site() -> Site | None:
    return Site.objects.filter(is_default_site=True).first()


def site_root_url() -> str:
    site = _site()
    return site.root_url if site else ""


def roundup_context(
    issue: "RoundupIssue",
    section_ids: Collection[int] | None = None,
    *,
    unsubscribe_url: str = UNSUBSCRIBE_URL,
    preferences_url: str = PREFERENCES_URL,
) -> dict[str, Any]:
    site = _site()
    root = site.root_url if site else ""
    return {
        "issue": issue,
        "contents": issue.contents(section_ids),
        "site_settings": SiteSettings.for_site(site) if site else None,
        "root_url": root,
        "web_url": root + issue.get_absolute_url(),
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": preferences_url,
    }


def _wrap_long_lines(html: str) -> str:
    # SMTP forbids lines over 998 octets; break between tags to stay well under.
    return (
        html.replace("><", ">\n<") if any(len(line) > 900 for line in html.splitlines()) else html
    )


def roundup_render(
    issue: "RoundupIssue", section_ids: Collection[int] | None = None, **links: str
) -> RenderedRoundup:
    context = roundup_context(issue, section_ids, **links)
    contents = context["contents"]
    html = _inliner.inline(render_to_string("newsletter/email/roundup.html", context))
    return RenderedRoundup(
        subject=issue.subject,
        html=_wrap_long_lines(html),
        text=render_to_string("newsletter/email/roundup.txt", context),
        is_empty=not (contents["picks"] or contents["sections"] or contents["briefs"]),
    )


def roundup_preview_response(
    issue: "RoundupIssue", request: HttpRequest, mode_name: str
) -> HttpResponse:
    """The admin's preview: the email exactly as sent, links pointing at the archive."""
    archive = reverse("newsletter:archive")
    rendered = roundup_render(issue, unsubscribe_url=archive, preferences_url=archive)
    if mode_name == "text":
        return HttpResponse(rendered.text, content_type="text/plain; charset=utf-8")
    return HttpResponse(rendered.html)
