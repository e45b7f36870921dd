"""Readers in the admin: the import is reached where the readers are, and each
reader's consent (when and how they consented) is on their page and in the export."""

import csv
import datetime
import html
import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags

from masthead.newsletter.factories import SubscriberFactory
from masthead.newsletter.models import ConsentEvent, ConsentRecord, Subscriber

pytestmark = pytest.mark.django_db

READERS_VIEWER = ["newsletter.view_subscriber", "newsletter.change_subscriber"]
READERS_ADDER = ["newsletter.view_subscriber", "newsletter.add_subscriber"]
SIGNED_UP = datetime.datetime(2026, 3, 2, 9, 15, tzinfo=datetime.UTC)
CONFIRMED = datetime.datetime(2026, 3, 2, 9, 20, tzinfo=datetime.UTC)


@pytest.fixture
def amara(magazine):
    """A reader who signed up from the box and confirmed by email."""
    reader = SubscriberFactory(email="amara@example.org", source="signup-box")
    ConsentRecord.objects.create(
        subscriber=reader,
        event=ConsentEvent.REQUESTED,
        at=SIGNED_UP,
        source="signup-box",
        wording="Send me the weekly round-up by email.",
    )
    ConsentRecord.objects.create(
        subscriber=reader, event=ConsentEvent.CONFIRMED, at=CONFIRMED, source="confirmation link"
    )
    return reader


def readers_list():
    return reverse("wagtailsnippets_newsletter_subscriber:list")


def reader_page(reader):
    return reverse("wagtailsnippets_newsletter_subscriber:edit", args=[reader.pk])


def text_of(response) -> str:
    return html.unescape(strip_tags(response.content.decode()))


def exported_rows(client, **filters) -> list[dict[str, str]]:
    response = client.get(readers_list(), {"export": "csv", **filters})
    body = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(body)))


def test_the_readers_listing_links_the_import(client, staff_member, magazine):
    client.force_login(staff_member("adder", READERS_ADDER))
    page = client.get(readers_list()).content.decode()
    assert f'href="{reverse("newsletter_admin:import")}"' in page
    assert "Import readers" in page


def newsletter_submenu(page: str) -> str:
    """The admin sidebar's Newsletter submenu, as the JSON the sidebar is drawn from."""
    props = re.search(r'<script id="wagtail-sidebar-props"[^>]*>(.*?)</script>', page, re.S)
    (submenu,) = [
        json.dumps(node)
        for node in _nodes(json.loads(props.group(1)))
        if isinstance(node, dict)
        and node.get("_type") == "wagtail.sidebar.SubMenuItem"
        and '"label": "Newsletter"' in json.dumps(node)
    ]
    return submenu


def _nodes(node):
    yield node
    children = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for child in children:
        yield from _nodes(child)


def test_the_import_is_in_the_newsletter_menu_with_the_readers(editor_client, magazine):
    submenu = newsletter_submenu(editor_client.get(reverse("wagtailadmin_home")).content.decode())
    assert f'"{readers_list()}"' in submenu
    assert f'"{reverse("newsletter_admin:import")}"' in submenu
    assert '"label": "Import readers"' in submenu


def test_a_user_who_may_not_add_readers_is_not_offered_the_import(client, staff_member, magazine):
    client.force_login(staff_member("viewer", READERS_VIEWER))
    page = client.get(readers_list()).content.decode()
    assert reverse("newsletter_admin:import") not in page


def test_a_readers_page_shows_when_and_how_they_consented(editor_client, amara, settings):
    settings.TIME_ZONE = "Europe/London"
    page = text_of(editor_client.get(reader_page(amara)))
    assert "Consent record" in page
    assert "Monday 2 March 2026, 09:15 (Europe/London)" in page
    assert "Asked to subscribe" in page and "signup-box" in page
    assert "Send me the weekly round-up by email." in page
    assert "Monday 2 March 2026, 09:20 (Europe/London)" in page
    assert "Confirmed by email" in page and "confirmation link" in page


def test_an_imported_readers_page_shows_the_stated_basis(editor_client, magazine):
    editor_client.post(
        reverse("newsletter_admin:import"),
        {
            "file": SimpleUploadedFile("readers.csv", b"email\nbo@example.org\n"),
            "consent_basis": "confirmed_before",
            "consent_note": "Signed up on our old site, 2024",
        },
    )
    bo = Subscriber.objects.get(email="bo@example.org")
    page = text_of(editor_client.get(reader_page(bo)))
    assert "Imported with prior consent" in page
    assert "Signed up on our old site, 2024" in page


def test_the_export_carries_each_readers_consent(editor_client, amara):
    SubscriberFactory(email="pending@example.org", pending=True)
    rows = {row["Email"]: row for row in exported_rows(editor_client)}
    row = rows["amara@example.org"]
    assert row["Consented at"].startswith("2026-03-02 09:20")
    assert row["How they consented"] == "Confirmed by email"
    assert row["Where they were asked"] == "signup-box"
    assert row["What they agreed to"] == "Send me the weekly round-up by email."
    # Asked, not yet confirmed: no consent in effect.
    assert rows["pending@example.org"]["Consented at"] == ""


def test_the_export_uses_the_latest_consent_of_a_reader_who_came_back(editor_client, amara):
    back = timezone.now()
    ConsentRecord.objects.create(
        subscriber=amara, event=ConsentEvent.UNSUBSCRIBED, at=back - datetime.timedelta(days=2)
    )
    ConsentRecord.objects.create(
        subscriber=amara,
        event=ConsentEvent.REQUESTED,
        at=back - datetime.timedelta(days=1),
        source="signup-page",
        wording="The new wording.",
    )
    ConsentRecord.objects.create(subscriber=amara, event=ConsentEvent.CONFIRMED, at=back)
    (row,) = exported_rows(editor_client)
    assert row["Consented at"].startswith(f"{back:%Y-%m-%d %H:%M}")
    assert row["Where they were asked"] == "signup-page"
    assert row["What they agreed to"] == "The new wording."
