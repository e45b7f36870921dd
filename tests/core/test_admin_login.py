"""Admin sign-in: failed attempts are counted, logged and, past a limit, refused."""

import logging

import pytest
from django.core.cache import caches

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture(autouse=True)
def _fresh_counts(settings):
    settings.MASTHEAD_LOGIN_FAILURES_PER_USER = 3
    settings.MASTHEAD_LOGIN_FAILURES_PER_ADDRESS = 5
    caches["ratelimit"].clear()
    yield
    caches["ratelimit"].clear()


def sign_in(client, username, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_a_wrong_password_is_logged_with_the_user_name_and_address(client, editor, caplog):
    with caplog.at_level(logging.WARNING, logger="masthead.security"):
        sign_in(client, "editor", "wrong")
    assert "Failed admin sign-in for 'editor' from 203.0.113.7" in caplog.text


def test_after_the_limit_even_the_right_password_must_wait(client, editor):
    for _ in range(3):
        assert sign_in(client, "editor", "wrong").status_code == 200
    refused = sign_in(client, "editor", "pw")
    assert refused.status_code == 200
    assert "Too many failed sign-in attempts" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_one_address_guessing_many_user_names_is_stopped(client, editor):
    for number in range(5):
        sign_in(client, f"guess{number}", "wrong")
    refused = sign_in(client, "editor", "pw")
    assert "Too many failed sign-in attempts" in refused.content.decode()


def test_a_right_password_within_the_limit_signs_in(client, editor):
    sign_in(client, "editor", "wrong")
    response = sign_in(client, "editor", "pw")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_other_readers_addresses_are_not_held_back_by_one_guesser(client, editor):
    for number in range(5):
        sign_in(client, f"guess{number}", "wrong", address="198.51.100.9")
    response = sign_in(client, "editor", "pw", address="203.0.113.7")
    assert response.status_code == 302
