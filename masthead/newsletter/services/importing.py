"""Importing readers who already consented elsewhere, from a CSV file."""

import csv
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone

from ..models import ConsentEvent, ConsentRecord, Subscriber

MAX_ROWS = 100_000


@dataclass
class ImportReport:
    added: int = 0
    already_subscribed: int = 0
    rejected: list[tuple[int, str, str]] = field(default_factory=list)  # line, address, reason


def _rows(data: bytes) -> "csv.DictReader[str]":  # quoted: not subscriptable at run time on 3.11
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValueError(
            "The file is not UTF-8 text. Export it from your spreadsheet as CSV (UTF-8)."
        ) from error
    reader = csv.DictReader(io.StringIO(text))
    fields = [name.strip().lower() for name in reader.fieldnames or []]
    if "email" not in fields:
        raise ValueError('The first line must name the columns, with one called "email".')
    reader.fieldnames = fields
    return reader


@transaction.atomic
def subscribers_import(data: bytes, *, consent_note: str) -> ImportReport:
    """Add each valid, new address as confirmed, with a consent record.

    Addresses that unsubscribed, bounced or complained are never re-added.
    """
    report = ImportReport()
    seen: set[str] = set()
    for number, row in enumerate(_rows(data), start=2):
        if number > MAX_ROWS + 1:
            report.rejected.append(
                (number, "", f"more than {MAX_ROWS} rows; the rest was not read")
            )
            break
        email = Subscriber.normalise(row.get("email") or "")
        try:
            validate_email(email)
        except ValidationError:
            report.rejected.append((number, email, "not a valid email address"))
            continue
        if email in seen:
            report.rejected.append((number, email, "appears earlier in the file"))
            continue
        seen.add(email)
        existing = Subscriber.objects.filter(email=email).first()
        if existing and existing.status == Subscriber.Status.CONFIRMED:
            report.already_subscribed += 1
            continue
        if existing and existing.status != Subscriber.Status.PENDING:
            report.rejected.append(
                (number, email, f"{existing.get_status_display().lower()}: not re-added")
            )
            continue
        subscriber = existing or Subscriber(email=email, source="import")
        subscriber.status = Subscriber.Status.CONFIRMED
        subscriber.confirmed_at = timezone.now()
        subscriber.save()
        ConsentRecord.objects.create(
            subscriber=subscriber,
            event=ConsentEvent.IMPORTED,
            source="import",
            wording=consent_note,
        )
        report.added += 1
    return report
