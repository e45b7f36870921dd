"""Which addresses readers may sign up with, and when two are one reader."""

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from masthead.newsletter.addresses import address_normalise, address_validate, mailbox_of
from masthead.newsletter.models import Subscriber
from masthead.newsletter.protection import network_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed",
    [
        "reader@[127.0.0.1]",
        "reader@[IPv6:::1]",
        "reader@127.0.0.1",
        "reader@localhost",
        "reader@intranet",
        "reader@mail.internal",
        "x" * 65 + "@example.org",
        "not-an-address",
    ],
)
def test_addresses_no_public_mail_server_delivers_to_are_refused(typed):
    with pytest.raises(ValidationError):
        address_validate(typed)


def test_a_local_part_of_64_characters_is_accepted():
    assert address_validate("x" * 64 + "@example.org") == "x" * 64 + "@example.org"


def test_two_spellings_of_an_internationalised_domain_are_one_reader():
    assert address_normalise("Leser@BÜCHER.example.de") == address_normalise(
        "leser@xn--bcher-kva.example.de"
    )
    assert address_validate("leser@bücher.example.de") == "leser@xn--bcher-kva.example.de"


def test_plus_addressed_variants_count_as_one_mailbox():
    assert mailbox_of("Mei+news@Example.org") == mailbox_of("mei+other@example.org")
    assert mailbox_of("mei+news@example.org") == "mei@example.org"


def test_addresses_of_one_network_count_together():
    assert network_of("203.0.113.7") == network_of("203.0.113.200") == "203.0.113.0/24"
    assert network_of("2001:db8::1") == network_of("2001:db8::ffff") == "2001:db8::/64"


def test_the_signup_form_explains_a_numeric_address(client, magazine):
    response = client.post(
        "/newsletter/",
        {"email": "reader@[10.0.0.1]", "source": "signup-page"},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 400
    assert "not at a numeric address" in response.content.decode()
    assert not Subscriber.objects.exists()


@override_settings(MASTHEAD_SIGNUP_LIMIT_PER_ADDRESS=2)
def test_plus_variants_of_one_mailbox_share_its_confirmation_limit(
    client, magazine, mailoutbox, django_capture_on_commit_callbacks
):
    answers = []
    for tag in ("a", "b", "c", "d"):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                "/newsletter/",
                {"email": f"mei+{tag}@example.org", "source": "signup-page"},
                HTTP_ORIGIN="http://testserver",
            )
        answers.append(response.status_code)
    assert answers == [303, 303, 429, 429]
    assert len(mailoutbox) == 2
