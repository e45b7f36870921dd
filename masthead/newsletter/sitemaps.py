"""The round-up archive's addresses for the magazine's sitemap.

The sitemap is syndication's; the newsletter, a wing beside it, hands its
addresses over through the `masthead_sitemap_entries` hook (wagtail_hooks.py).
"""

from django.urls import reverse

from masthead.core.absolute_urls import site_absolute_url
from masthead.core.surrogate_keys import ROUNDUPS, shows

from .models import RoundupIssue


def roundup_sitemap_entries(request) -> list[dict]:
    """The archive and every round-up sent, each changed when it was sent."""
    shows(ROUNDUPS)
    issues = list(
        RoundupIssue.objects.filter(status=RoundupIssue.Status.SENT)
        .order_by("-sent_at")
        .values_list("pk", "sent_at")
    )
    if not issues:
        return []
    archive = {
        "location": site_absolute_url(request, reverse("newsletter:archive")),
        "lastmod": issues[0][1],
    }
    return [
        archive,
        *(
            {
                "location": site_absolute_url(
                    request, reverse("newsletter:archive_issue", args=[pk])
                ),
                "lastmod": sent_at,
            }
            for pk, sent_at in issues
        ),
    ]
