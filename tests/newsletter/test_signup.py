"""Subscribing: double opt-in, consent kept, abuse refused, nothing revealed."""

import re

import pytest
from django.core import mail
from django.core.cache import caches

from masthead.newsletter.factories import SubscriberFactory
from masthead.newsletter.models import ConsentEvent, Subscriber

from .conftest import ORIGIN

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    caches["ratelimit"].clear()


def sign_up(client, email="amara@example.org", origin=ORIGIN, **extra):
    data = {"email": email, "source": "signup-box", "website": "", **extra}
    headers = {"HTTP_ORIGIN": origin} if origin else {}
    return client.post("/newsletter/", data, **headers)


@pytest.fixture
def signed_up(client, magazine, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client)
    return response


def confirm_link(message) -> str:
    return re.search(r"http://testserver(/newsletter/confirm/\S+/)", message.body).group(1)


def test_signing_up_stores_a_pending_address_and_sends_a_confirmation(signed_up):
    assert signed_up.status_code == 303
    assert signed_up["Location"] == "/newsletter/check-your-inbox/"
    subscriber = Subscriber.objects.get(email="amara@example.org")
    assert subscriber.status == Subscriber.Status.PENDING
    (message,) = mail.outbox
    assert message.to == ["amara@example.org"]
    assert "/newsletter/confirm/" in message.body


def test_opening_the_link_asks_before_confirming(client, signed_up):
    response = client.get(confirm_link(mail.outbox[0]))
    assert response.status_code == 200
    assert "Yes, send me the round-up" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_confirming_makes_the_reader_a_recipient_and_keeps_the_consent(client, signed_up):
    response = client.post(confirm_link(mail.outbox[0]), HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 200
    assert "You are subscribed" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.CONFIRMED
    records = list(subscriber.consent_records.values_list("event", "source"))
    assert records == [
        (ConsentEvent.REQUESTED, "signup-box"),
        (ConsentEvent.CONFIRMED, "confirmation link"),
    ]
    assert "weekly round-up" in subscriber.consent_records.first().wording


def test_a_tampered_confirmation_link_is_refused(client, signed_up):
    link = confirm_link(mail.outbox[0])
    response = client.post(link[:-3] + "xx/", HTTP_ORIGIN=ORIGIN)
    assert response.status_code == 400
    assert "not valid" in response.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_the_consent_record_keeps_no_ip_address(client, signed_up):
    fields = {field.name for field in Subscriber._meta.get_fields()}
    fields |= {f.name for f in Subscriber.consent_records.rel.related_model._meta.get_fields()}
    assert not {name for name in fields if "ip" in name.split("_")}


def test_signing_up_again_when_confirmed_sends_nothing_and_answers_the_same(
    client, magazine, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="amara@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        response = sign_up(client)
    assert response.status_code == 303 and response["Location"] == "/newsletter/check-your-inbox/"
    assert mail.outbox == []


def test_a_pending_address_gets_at_most_one_confirmation_an_hour(
    client, signed_up, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        again = sign_up(client)
    assert again.status_code == 303
    assert len(mail.outbox) == 1


def test_a_form_posted_from_another_site_is_refused(client, magazine):
    response = sign_up(client, origin="https://evil.example")
    assert response.status_code == 403
    assert "did not confirm that this form came from our site" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_form_posted_without_origin_or_referer_is_refused(client, magazine):
    assert sign_up(client, origin=None).status_code == 403
    assert not Subscriber.objects.exists()


def test_the_referer_is_accepted_when_the_browser_sends_no_origin(client, magazine):
    response = client.post(
        "/newsletter/", {"email": "a@example.org"}, HTTP_REFERER="http://testserver/articles/"
    )
    assert response.status_code == 303


def test_a_filled_in_honeypot_is_refused_with_an_explanation(client, magazine):
    response = sign_up(client, website="http://spam.example")
    assert response.status_code == 400
    assert "filled in automatically" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_a_malformed_address_is_refused_with_an_explanation(client, magazine):
    response = sign_up(client, email="not-an-address")
    assert response.status_code == 400
    assert "does not look like an email address" in response.content.decode()


def test_too_many_signups_from_one_connection_are_refused(client, magazine, settings):
    settings.MASTHEAD_SIGNUP_LIMIT_PER_IP = 3
    statuses = [sign_up(client, email=f"r{n}@example.org").status_code for n in range(4)]
    assert statuses == [303, 303, 303, 429]
    assert "Too many signups from your connection" in sign_up(client).content.decode()


def test_too_many_attempts_for_one_address_are_refused(client, magazine, settings):
    settings.MASTHEAD_SIGNUP_LIMIT_PER_ADDRESS = 2
    statuses = [sign_up(client, REMOTE_ADDR=f"10.0.0.{n}").status_code for n in range(3)]
    assert statuses == [303, 303, 429]


def test_the_signup_box_on_public_pages_needs_no_cookie(client, magazine):
    response = client.get("/")
    html = response.content.decode()
    assert 'action="/newsletter/"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "Set-Cookie" not in response.headers


def test_a_bounced_address_is_never_mailed_again_even_if_it_signs_up(
    client, magazine, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="amara@example.org", bounced=True)
    with django_capture_on_commit_callbacks(execute=True):
        assert sign_up(client).status_code == 303
    assert mail.outbox == []
