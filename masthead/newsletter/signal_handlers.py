"""Connects the email provider's webhooks (through django-anymail) to the
newsletter's services: bounces, complaints and mailto unsubscribes; and tells
the page cache when the public archive changes."""

import re

from anymail.signals import inbound, tracking
from django.db.models.signals import post_save
from django.dispatch import receiver

from masthead.core.purge import purge
from masthead.core.surrogate_keys import ROUNDUPS

from .models import RoundupIssue, Subscriber
from .services.subscriptions import subscriber_mark_undeliverable, subscriber_unsubscribe
from .tokens import InvalidToken, subscriber_id_from_manage_token

UNDELIVERABLE_EVENTS = {"bounced": False, "rejected": False, "complained": True}
UNSUBSCRIBE_SUBJECT = re.compile(r"unsubscribe\s+(\S+)", re.IGNORECASE)


@receiver(tracking, dispatch_uid="masthead_newsletter_tracking")
def on_tracking_event(sender, event, esp_name, **kwargs):
    if event.event_type in UNDELIVERABLE_EVENTS and event.recipient:
        subscriber_mark_undeliverable(
            event.recipient,
            complaint=UNDELIVERABLE_EVENTS[event.event_type],
            reason=f"{esp_name}: {event.event_type} {event.description or ''}".strip(),
        )
    elif event.event_type == "unsubscribed" and event.recipient:
        subscriber = Subscriber.objects.filter(email=Subscriber.normalise(event.recipient)).first()
        if subscriber is not None:
            subscriber_unsubscribe(subscriber.pk, source=f"{esp_name} unsubscribe")


@receiver(inbound, dispatch_uid="masthead_newsletter_inbound")
def on_inbound_email(sender, event, esp_name, **kwargs):
    """The mailto: half of List-Unsubscribe: "unsubscribe <token>" in the subject."""
    match = UNSUBSCRIBE_SUBJECT.search(event.message.get("Subject", "") or "")
    if not match:
        return
    try:
        subscriber_id = subscriber_id_from_manage_token(match.group(1))
    except InvalidToken:
        return
    subscriber_unsubscribe(subscriber_id, source="mailto unsubscribe")


@receiver(post_save, sender=RoundupIssue, dispatch_uid="masthead_newsletter_archive_purge")
def on_issue_saved(sender, instance, **kwargs):
    # The public archive lists sent issues: the page cache forgets it when one
    # is sent (or a sent one is edited).
    if instance.status == RoundupIssue.Status.SENT:
        purge({ROUNDUPS})
