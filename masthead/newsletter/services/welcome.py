"""The email that welcomes a reader who has just confirmed their address.

Until the first round-up arrives it is the reader's only copy of the links to
choose sections and to leave, so it carries both, and the one-click
unsubscribe headers every round-up carries. Sent by a task
(`tasks.send_welcome_email`) once the confirmation is committed.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from masthead.core.models import SiteSettings

from ..mail.message import message_id_domain, reader_links
from ..mail.rendering import site_root_url
from ..models import Subscriber


def welcome_email_send(subscriber_id: int) -> None:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    # A reader who left (or whose address bounced) between confirming and now
    # is not written to.
    if subscriber is None or not subscriber.is_mailable:
        return
    site = Site.objects.filter(is_default_site=True).first()
    site_settings = SiteSettings.for_site(site) if site else None
    root = site_root_url()
    links = reader_links(subscriber.pk, root)
    context = {
        "site_name": site_settings.name if site_settings else "Masthead",
        "postal_address": site_settings.postal_address if site_settings else "",
        "archive_url": root + reverse("newsletter:archive"),
        "preferences_url": links.preferences,
        "unsubscribe_url": links.unsubscribe,
    }
    stamp = f"{timezone.now():%Y%m%d%H%M%S}"
    message = EmailMultiAlternatives(
        subject=f"Welcome to the weekly round-up of {context['site_name']}",
        body=render_to_string("newsletter/email/welcome.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
        headers={
            # A reader who leaves and comes back is welcomed again, under a new ID.
            "Message-ID": f"<welcome-{subscriber.pk}-{stamp}@{message_id_domain()}>",
            "List-Id": f"<roundup.{message_id_domain()}>",
            "List-Unsubscribe": f"<{links.unsubscribe}>, <{links.mailto}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.send()
