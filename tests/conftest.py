"""Test settings and the fixtures every app's tests share."""

import os

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM would
# refuse to run there otherwise. Tests only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path_factory):
    settings.MEDIA_ROOT = tmp_path_factory.getbasetemp() / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.WAGTAILADMIN_BASE_URL = "http://testserver"


@pytest.fixture
def magazine(db):
    """The front page, the indexes and the format pages."""
    from masthead.articles.services import magazine_structure_ensure

    return magazine_structure_ensure()


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
