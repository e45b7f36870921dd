"""Test settings and the fixtures every app's tests share."""

import os
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.db import connections, transaction
from django.test import override_settings
from wagtail.models import GroupPagePermission
from wagtail.signal_handlers import (
    disable_reference_index_auto_update,
    reference_index_auto_update_disabled,
)

from masthead.articles.services import magazine_structure_ensure

from .magazine import structure_remove

# Playwright's sync API runs an event loop in the test thread; the ORM would
# refuse to run there otherwise. Tests only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def test_settings(tmp_path_factory) -> dict:
    """What every test runs with, in place of the environment's settings."""
    return {
        "MEDIA_ROOT": tmp_path_factory.getbasetemp() / "media",
        "STORAGES": {
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "WAGTAILADMIN_BASE_URL": "http://testserver",
        # Tasks run at once in tests; the sending tests start real worker processes.
        "TASKS": IMMEDIATE_TASKS,
        "MASTHEAD_NEWSLETTER_RETRY_DELAYS": [1, 1, 1],
    }


@pytest.fixture(autouse=True)
def _test_settings(settings, tmp_path_factory):
    for name, value in test_settings(tmp_path_factory).items():
        setattr(settings, name, value)


@pytest.fixture(scope="module")
def shared_rows(django_db_setup, django_db_blocker, tmp_path_factory):
    """Rows a module's tests only read, built once instead of before each test:

        @pytest.fixture(scope="module")
        def archive(shared_rows):
            with shared_rows():
                yield build_the_archive()

    They are written inside a transaction that is rolled back after the
    module, and each test's own changes roll back to them (pytest-django's
    savepoint). Not for transactional tests, which would flush them; a test
    that changes a shared row changes it in the database, not in the Python
    object another test reads, so such a test fetches the row afresh.
    """

    @contextmanager
    def rows():
        with (
            django_db_blocker.unblock(),
            override_settings(**test_settings(tmp_path_factory)),
            reference_index_off(),
            transaction.atomic(),
        ):
            yield
            transaction.set_rollback(True)

    return rows


@contextmanager
def reference_index_off():
    """Wagtail's index of what refers to what (its admin's "usage" counts) is
    not kept up to date in tests: no test reads it, and keeping it is a good
    part of the cost of saving a page (a query per field that may refer).
    Tests that start the app in processes of their own keep it, as a site
    does. (Wagtail's switch cannot be nested: entered once per thread.)"""
    if getattr(reference_index_auto_update_disabled, "value", False):
        yield
    else:
        with disable_reference_index_auto_update():
            yield


@pytest.fixture(autouse=True)
def _no_reference_index():
    with reference_index_off():
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty default cache: no page fragment drawn by
    another test (whose rows had the same ids) can answer for this one."""
    caches["default"].clear()
    yield


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, tmp_path_factory):
    """SQLite tests use a file, not memory, so worker processes can share it."""
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        database.setdefault("TEST", {})["NAME"] = str(
            tmp_path_factory.getbasetemp() / "test.sqlite3"
        )


IMMEDIATE_TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "db": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["default", "newsletter", "syndication"],
    },
}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test database starts with the magazine's structure (front page,
    indexes, one page per format), as every magazine has it: built once per
    database here instead of in each test (about a second each). Transactional
    tests flush it; it is part of what is restored after them. A test of
    building the structure itself removes it first (`empty_magazine`)."""
    with (
        django_db_blocker.unblock(),
        override_settings(TASKS=IMMEDIATE_TASKS, WAGTAILADMIN_BASE_URL="http://testserver"),
    ):
        magazine_structure_ensure()
        for connection in connections.all(initialized_only=True):
            if getattr(connection, "_test_serialized_contents", None) is not None:
                connection._test_serialized_contents = connection.creation.serialize_db_to_string()


@pytest.fixture
def magazine(db):
    """The front page, the indexes and the format pages."""
    return magazine_structure_ensure()


@pytest.fixture
def empty_magazine(db):
    """No front page, indexes or format pages: only Wagtail's root and site."""
    structure_remove()


@pytest.fixture
def editor(db, django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def _permission(name: str) -> Permission:
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@pytest.fixture
def staff_member(db, django_user_model):
    """Make a user who may enter the admin and do only what their group allows:
    `permissions` as "app.codename", `page_permissions` as (page, "add_page")."""

    def make(username, permissions=(), page_permissions=()):
        group = Group.objects.create(name=f"{username}'s group")
        group.permissions.add(_permission("wagtailadmin.access_admin"))
        group.permissions.add(*[_permission(name) for name in permissions])
        for page, codename in page_permissions:
            GroupPagePermission.objects.create(
                group=group, page=page, permission=_permission(f"wagtailcore.{codename}")
            )
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        user.groups.add(group)
        return user

    return make


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put the migrations' rows (Wagtail's root page, site and collection) back
    after a transactional test has flushed the database.

    Django restores them only when the next transactional test starts and runs
    such tests last for that reason; with tests spread over processes
    (pytest-xdist), a plain test may follow a transactional one on a worker.
    """
    yield
    if nextitem is None:
        # The run is over and the test database is gone: restoring now would
        # write into the database of DATABASE_URL (db.sqlite3 by default).
        return
    marker = item.get_closest_marker("django_db")
    blocker = item.config.stash.get(DB_BLOCKER, None)
    if marker is None or not marker.kwargs.get("transaction") or blocker is None:
        return
    with blocker.unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


DB_BLOCKER = pytest.StashKey()


@pytest.fixture(autouse=True, scope="session")
def _db_blocker_for_hooks(request, django_db_blocker):
    """pytest-django's switch for database access, for the teardown hook above."""
    request.config.stash[DB_BLOCKER] = django_db_blocker
