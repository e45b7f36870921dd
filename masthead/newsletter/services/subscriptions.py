"""Subscribing, confirming, choosing sections and leaving: the reader's side."""

import datetime
from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from masthead.articles.models import SectionPage

from ..models import ConsentEvent, ConsentRecord, Subscriber
from ..tasks import send_confirmation_email, send_welcome_email
from ..tokens import InvalidToken, subscriber_id_from_confirm_token

CONFIRMATION_INTERVAL = datetime.timedelta(hours=1)
SIGNUP_WORDING = (
    "Send me the weekly round-up by email. I can unsubscribe at any time from a link "
    "in every email."
)


def _record(
    subscriber: Subscriber, event: ConsentEvent, source: str = "", wording: str = ""
) -> None:
    ConsentRecord.objects.create(subscriber=subscriber, event=event, source=source, wording=wording)


@transaction.atomic
def subscriber_subscribe(email: str, *, source: str, wording: str = SIGNUP_WORDING) -> bool:
    """Ask for a subscription. Returns whether a confirmation email is due.

    The reader sees the same answer whatever happens here, so the form never
    tells whether an address is already subscribed.
    """
    email = Subscriber.normalise(email)
    subscriber, _ = Subscriber.objects.select_for_update().get_or_create(
        email=email, defaults={"source": source}
    )
    if subscriber.status == Subscriber.Status.CONFIRMED:
        return False
    if subscriber.status in Subscriber.UNDELIVERABLE:
        return False
    now = timezone.now()
    if (
        subscriber.confirmation_sent_at
        and now - subscriber.confirmation_sent_at < CONFIRMATION_INTERVAL
        and subscriber.status == Subscriber.Status.PENDING
    ):
        return False
    subscriber.status = Subscriber.Status.PENDING
    subscriber.source = source
    subscriber.confirmation_sent_at = now
    subscriber.save()
    _record(subscriber, ConsentEvent.REQUESTED, source, wording)
    transaction.on_commit(lambda: send_confirmation_email.enqueue(subscriber.pk))
    return True


@transaction.atomic
def subscriber_confirm(token: str) -> Subscriber:
    """Confirm from the emailed link, and welcome the reader by email (with
    their preferences and unsubscribe links). Raises tokens.InvalidToken."""
    subscriber_id, email = subscriber_id_from_confirm_token(token)
    subscriber = (
        Subscriber.objects.select_for_update().filter(pk=subscriber_id, email=email).first()
    )
    if subscriber is None:
        raise InvalidToken("This confirmation link is not valid.")
    if subscriber.status == Subscriber.Status.PENDING:
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["status", "confirmed_at"])
        _record(subscriber, ConsentEvent.CONFIRMED, "confirmation link")
        # Welcomed once per confirmation: opening the link again sends nothing.
        transaction.on_commit(lambda: send_welcome_email.enqueue(subscriber.pk))
    return subscriber


@transaction.atomic
def subscriber_unsubscribe(subscriber_id: int, *, source: str) -> Subscriber | None:
    subscriber = Subscriber.objects.select_for_update().filter(pk=subscriber_id).first()
    if subscriber is None:
        return None
    if subscriber.status in {Subscriber.Status.CONFIRMED, Subscriber.Status.PENDING}:
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["status", "unsubscribed_at"])
        _record(subscriber, ConsentEvent.UNSUBSCRIBED, source)
    return subscriber


@transaction.atomic
def subscriber_preferences_update(
    subscriber: Subscriber, *, all_sections: bool, sections: Iterable[SectionPage]
) -> None:
    sections = list(sections)
    if not all_sections and not sections:
        raise ValueError("Choose at least one section, or the whole round-up.")
    subscriber.all_sections = all_sections
    subscriber.save(update_fields=["all_sections"])
    subscriber.sections.set([] if all_sections else sections)
    chosen = "the whole round-up" if all_sections else ", ".join(s.title for s in sections)
    _record(subscriber, ConsentEvent.PREFERENCES, "preferences page", f"Receive: {chosen}")


@transaction.atomic
def subscriber_mark_undeliverable(email: str, *, complaint: bool, reason: str = "") -> bool:
    """A bounce or a spam complaint: never mail this address again."""
    subscriber = (
        Subscriber.objects.select_for_update().filter(email=Subscriber.normalise(email)).first()
    )
    if subscriber is None:
        return False
    subscriber.status = Subscriber.Status.COMPLAINED if complaint else Subscriber.Status.BOUNCED
    subscriber.save(update_fields=["status"])
    event = ConsentEvent.COMPLAINED if complaint else ConsentEvent.BOUNCED
    _record(subscriber, event, "email provider", reason[:500])
    return True
