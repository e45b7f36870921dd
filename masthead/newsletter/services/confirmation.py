"""The email that asks a new reader to confirm their subscription (double opt-in).

Sent by a task (`tasks.send_confirmation_email`) after the signup is committed,
so that the form answers at once; kept apart from subscriptions.py, which
enqueues that task.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Site

from masthead.core.models import SiteSettings

from ..mail.rendering import site_root_url
from ..models import Subscriber
from ..tokens import confirm_token


def confirmation_email_send(subscriber_id: int) -> None:
    subscriber = Subscriber.objects.get(pk=subscriber_id)
    if subscriber.status != Subscriber.Status.PENDING:
        return
    site = Site.objects.filter(is_default_site=True).first()
    site_settings = SiteSettings.for_site(site) if site else None
    context = {
        "site_name": site_settings.name if site_settings else "Masthead",
        "postal_address": site_settings.postal_address if site_settings else "",
        "confirm_url": site_root_url()
        + reverse("newsletter:confirm", args=[confirm_token(subscriber)]),
    }
    message = EmailMultiAlternatives(
        subject=f"Confirm your subscription to {context['site_name']}",
        body=render_to_string("newsletter/email/confirm.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[subscriber.email],
    )
    message.send()
