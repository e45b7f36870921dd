"""Importing readers from a CSV file, on the consent basis the editor states.

Readers who confirmed their address with us before (an earlier double opt-in)
are added as confirmed; everyone else is added as pending and gets the
confirmation email a reader who signs up gets. Nobody is confirmed silently.
"""

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from ..addresses import address_validate
from ..models import ConsentEvent, ConsentRecord, Subscriber
from .subscriptions import subscriber_subscribe

MAX_ROWS = 100_000
SOURCE = "import"

REJECTED_ADDRESS = {
    "invalid": "not a valid email address",
    "numeric": "at a numeric address, not a domain name",
    "local": "at a domain that does not receive mail from the internet",
}


class ConsentBasis(models.TextChoices):
    CONFIRMED_BEFORE = (
        "confirmed_before",
        "They confirmed their address with us before (an earlier double opt-in)",
    )
    CONFIRM_NOW = (
        "confirm_now",
        "Send each of them a confirmation email; they join once they confirm",
    )


@dataclass
class ImportReport:
    added: int = 0  # as confirmed readers
    asked_to_confirm: int = 0
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


def _new_addresses(data: bytes, report: ImportReport) -> Iterator[tuple[int, str]]:
    """Each valid address of the file once, with its line; the rest goes to the report."""
    seen: set[str] = set()
    for number, row in enumerate(_rows(data), start=2):
        if number > MAX_ROWS + 1:
            report.rejected.append(
                (number, "", f"more than {MAX_ROWS} rows; the rest was not read")
            )
            return
        typed = (row.get("email") or "").strip()
        try:
            email = address_validate(typed)
        except ValidationError as error:
            report.rejected.append((number, typed, REJECTED_ADDRESS[error.code or "invalid"]))
            continue
        if email in seen:
            report.rejected.append((number, email, "appears earlier in the file"))
            continue
        seen.add(email)
        yield number, email


def _consent_wording(basis: ConsentBasis, consent_note: str) -> str:
    return f"Basis: {basis.label}. Where they consented: {consent_note}"


def _add_confirmed(email: str, existing: Subscriber | None, wording: str) -> None:
    subscriber = existing or Subscriber(email=email, source=SOURCE)
    subscriber.status = Subscriber.Status.CONFIRMED
    subscriber.confirmed_at = timezone.now()
    subscriber.save()
    ConsentRecord.objects.create(
        subscriber=subscriber, event=ConsentEvent.IMPORTED, source=SOURCE, wording=wording
    )


@transaction.atomic
def subscribers_import(data: bytes, *, basis: ConsentBasis, consent_note: str) -> ImportReport:
    """Add each valid, new address as the stated `basis` allows, with a consent record.

    CONFIRMED_BEFORE adds readers as confirmed; CONFIRM_NOW adds them as pending
    and emails each one the confirmation link once the import is committed.
    Addresses that unsubscribed, bounced or complained are never re-added.
    """
    report = ImportReport()
    wording = _consent_wording(basis, consent_note)
    for number, email in _new_addresses(data, report):
        existing = Subscriber.objects.filter(email=email).first()
        if existing and existing.status == Subscriber.Status.CONFIRMED:
            report.already_subscribed += 1
        elif existing and existing.status != Subscriber.Status.PENDING:
            report.rejected.append(
                (number, email, f"{existing.get_status_display().lower()}: not re-added")
            )
        elif basis == ConsentBasis.CONFIRMED_BEFORE:
            _add_confirmed(email, existing, wording)
            report.added += 1
        elif subscriber_subscribe(email, source=SOURCE, wording=wording):
            report.asked_to_confirm += 1
        else:
            report.rejected.append(
                (number, email, "asked to confirm less than an hour ago; not asked again")
            )
    return report
