"""Factories for readers and round-ups, shared by the demo, the tests and the benchmark."""

import datetime
from collections.abc import Callable, Sequence
from typing import Any

import factory
from django.db import transaction
from django.utils import timezone

from masthead.articles.models import ArticlePage, SectionPage

from .models import RoundupIssue, RoundupItem, Subscriber
from .services.drafting import DEFAULT_PERIOD


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed reader of the whole round-up.

    Traits for the other states: `pending=True`, `unsubscribed=True`,
    `bounced=True`, `complained=True`. `sections=[section, ...]` makes a reader
    who takes only those sections.
    """

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    class Params:
        pending = factory.Trait(
            status=Subscriber.Status.PENDING,
            confirmed_at=None,
            confirmation_sent_at=factory.LazyFunction(timezone.now),
        )
        unsubscribed = factory.Trait(
            status=Subscriber.Status.UNSUBSCRIBED,
            unsubscribed_at=factory.LazyFunction(timezone.now),
        )
        bounced = factory.Trait(status=Subscriber.Status.BOUNCED)
        complained = factory.Trait(status=Subscriber.Status.COMPLAINED)

    email = factory.Sequence(lambda n: f"subscriber{n}@example.org")
    status = Subscriber.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def sections(subscriber, create, extracted, **kwargs):
        if not extracted:
            return
        subscriber.all_sections = False
        if create:
            subscriber.save(update_fields=["all_sections"])
            subscriber.sections.set(extracted)


@transaction.atomic
def confirmed_readers_create(
    count: int,
    *,
    first: int = 0,
    email: str = "reader{n}@example.org",
    sections_of: Callable[[int], Sequence[SectionPage]] | None = None,
    ignore_conflicts: bool = False,
    batch_size: int = 2000,
    **fields: Any,
) -> list[Subscriber]:
    """`count` confirmed readers, numbered from `first`, made in bulk: a few
    queries whatever the count, where SubscriberFactory saves them one by one.

    Reader n's address is `email.format(n=n)`. `sections_of(n)` gives the
    sections reader n chose (nothing: the whole round-up). `fields` go on every
    reader (`source="demo"`). With `ignore_conflicts`, addresses that exist
    already are left alone, and the readers come back without primary keys (so
    without chosen sections).
    """
    if ignore_conflicts and sections_of:
        raise ValueError("Readers created with ignore_conflicts have no ids to choose sections.")
    fields = {"status": Subscriber.Status.CONFIRMED, "confirmed_at": timezone.now(), **fields}
    chosen = {n: list(sections_of(n)) if sections_of else [] for n in range(first, first + count)}
    readers = [
        Subscriber(email=email.format(n=n), all_sections=not sections, **fields)
        for n, sections in chosen.items()
    ]
    Subscriber.objects.bulk_create(
        readers, batch_size=batch_size, ignore_conflicts=ignore_conflicts
    )
    through = Subscriber.sections.through
    through.objects.bulk_create(
        [
            through(subscriber_id=reader.pk, sectionpage_id=section.pk)
            for reader, sections in zip(readers, chosen.values(), strict=True)
            for section in sections
        ],
        batch_size=batch_size,
    )
    return readers


class RoundupIssueFactory(factory.django.DjangoModelFactory):
    """A draft issue covering the past week.

    `picks=[article, ...]` are its editor's picks (first), `articles=[...]` the
    other pieces after them, in order. Traits: `scheduled=True`, `sent=True`.
    """

    class Meta:
        model = RoundupIssue

    class Params:
        scheduled = factory.Trait(
            status=RoundupIssue.Status.SCHEDULED,
            scheduled_for=factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1)),
        )
        sent = factory.Trait(
            status=RoundupIssue.Status.SENT,
            sending_started_at=factory.LazyAttribute(lambda o: o.period_end),
            sent_at=factory.LazyAttribute(lambda o: o.period_end),
        )

    period_end = factory.LazyFunction(timezone.now)
    period_start = factory.LazyAttribute(lambda o: o.period_end - DEFAULT_PERIOD)
    subject = factory.LazyAttribute(lambda o: f"The week in review: {o.period_end:%-d %B %Y}")
    intro = "<p>The week's analysis, opinion and news.</p>"

    @classmethod
    def _adjust_kwargs(cls, **kwargs: Any) -> dict[str, Any]:
        picks: Sequence[ArticlePage] = kwargs.pop("picks", ())
        articles: Sequence[ArticlePage] = kwargs.pop("articles", ())
        pieces = [(pick, True) for pick in picks] + [(article, False) for article in articles]
        if pieces:
            kwargs["items"] = [
                RoundupItem(article=article, is_pick=is_pick, sort_order=order)
                for order, (article, is_pick) in enumerate(pieces)
            ]
        return kwargs
