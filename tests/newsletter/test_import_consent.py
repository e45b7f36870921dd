"""Imported readers join on the consent basis the editor states, never silently."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from masthead.newsletter.factories import SubscriberFactory
from masthead.newsletter.models import ConsentEvent, Subscriber
from masthead.newsletter.services.importing import ConsentBasis

pytestmark = pytest.mark.django_db

CSV = b"email\nana@example.org\nbo@example.org\n"


def import_readers(client, basis, csv=CSV):
    data = {"file": SimpleUploadedFile("readers.csv", csv), "consent_note": "Old site, 2024"}
    if basis is not None:
        data["consent_basis"] = basis
    return client.post(reverse("newsletter_admin:import"), data)


def test_the_import_form_states_no_consent_basis_until_the_editor_chooses(editor_client, magazine):
    html = editor_client.get(reverse("newsletter_admin:import")).content.decode()
    radios = re.findall(r'<input type="radio" name="consent_basis"[^>]*>', html)
    assert len(radios) == len(ConsentBasis.choices)
    assert not any("checked" in radio for radio in radios)


def test_an_import_without_a_stated_basis_is_refused(editor_client, magazine):
    response = import_readers(editor_client, basis=None)
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Subscriber.objects.exists()


def test_readers_without_a_prior_confirmation_are_pending_and_get_the_confirmation_email(
    editor_client, magazine, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = import_readers(editor_client, ConsentBasis.CONFIRM_NOW)
    assert "Sent a confirmation email: 2." in response.content.decode()
    statuses = set(Subscriber.objects.values_list("status", flat=True))
    assert statuses == {Subscriber.Status.PENDING}
    assert sorted(message.to[0] for message in mail.outbox) == ["ana@example.org", "bo@example.org"]
    assert all("/newsletter/confirm/" in message.body for message in mail.outbox)


def test_asking_to_confirm_is_recorded_with_the_stated_basis(editor_client, magazine):
    import_readers(editor_client, ConsentBasis.CONFIRM_NOW)
    record = Subscriber.objects.get(email="ana@example.org").consent_records.get()
    assert record.event == ConsentEvent.REQUESTED
    assert record.source == "import"
    assert ConsentBasis.CONFIRM_NOW.label in record.wording
    assert "Old site, 2024" in record.wording


def test_readers_who_confirmed_before_are_added_confirmed_with_the_basis_recorded(
    editor_client, magazine
):
    import_readers(editor_client, ConsentBasis.CONFIRMED_BEFORE)
    reader = Subscriber.objects.get(email="ana@example.org")
    assert reader.status == Subscriber.Status.CONFIRMED
    record = reader.consent_records.get()
    assert record.event == ConsentEvent.IMPORTED
    assert ConsentBasis.CONFIRMED_BEFORE.label in record.wording
    assert "Old site, 2024" in record.wording
    assert mail.outbox == []


def test_an_unsubscribed_reader_is_not_asked_again_by_an_import(
    editor_client, magazine, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="ana@example.org", unsubscribed=True)
    with django_capture_on_commit_callbacks(execute=True):
        import_readers(editor_client, ConsentBasis.CONFIRM_NOW)
    assert Subscriber.objects.get(email="ana@example.org").status == "unsubscribed"
    assert [message.to for message in mail.outbox] == [["bo@example.org"]]
