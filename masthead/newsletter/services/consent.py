"""A reader's consent as the admin shows it and the readers' export carries it:
when and how they consented, and what they were shown."""

from django.db.models import OuterRef, QuerySet, Subquery

from ..models import ConsentEvent, ConsentRecord, Subscriber

# The events by which a reader's consent took effect ...
GIVEN = (ConsentEvent.CONFIRMED, ConsentEvent.IMPORTED)
# ... and those that say where they were asked and what they agreed to.
ASKED = (ConsentEvent.REQUESTED, ConsentEvent.IMPORTED)

# The export's columns, filled by subscribers_with_consent().
CONSENT_COLUMNS = {
    "consent_given_at": "Consented at",
    "consent_given_by": "How they consented",
    "consent_asked_on": "Where they were asked",
    "consent_wording": "What they agreed to",
}
CONSENT_EVENT_LABELS = dict(ConsentEvent.choices)


def _latest(events: tuple[ConsentEvent, ...], field: str) -> Subquery:
    records = ConsentRecord.objects.filter(subscriber=OuterRef("pk"), event__in=events)
    return Subquery(records.order_by("-at", "-pk").values(field)[:1])


def subscribers_with_consent(readers: QuerySet[Subscriber]) -> QuerySet[Subscriber]:
    """`readers`, each with the latest consent that took effect (when, by what
    event) and the latest request (on which form, with which wording), in one
    query: the export streams every reader without a query each."""
    return readers.annotate(
        consent_given_at=_latest(GIVEN, "at"),
        consent_given_by=_latest(GIVEN, "event"),
        consent_asked_on=_latest(ASKED, "source"),
        consent_wording=_latest(ASKED, "wording"),
    )


def consent_event_label(event: str | None) -> str:
    return CONSENT_EVENT_LABELS.get(event or "", event or "")
