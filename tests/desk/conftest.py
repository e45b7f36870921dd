"""The desk's roles, one user each, and pieces in two sections."""

import pytest
from django.test import Client

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.desk.services import roles_ensure, section_editor_assign


@pytest.fixture
def roles(magazine):
    """Every role with its page permissions, as the demo sets them up."""
    return roles_ensure()


@pytest.fixture
def member(roles, django_user_model):
    """A user in one role, signed in: `member("Contributor")` is their client."""

    def make(role: str, username: str | None = None) -> Client:
        username = username or role.lower().replace(" ", "-")
        user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
        user.groups.add(roles[role])
        client = Client()
        client.force_login(user)
        client.user = user
        return client

    return make


@pytest.fixture
def sections(magazine):
    return {"europe": SectionPageFactory(title="Europe"), "asia": SectionPageFactory(title="Asia")}


@pytest.fixture
def author(magazine):
    return AuthorPageFactory(title="Ana Ruiz")


@pytest.fixture
def writer(db, django_user_model):
    return django_user_model.objects.create_user("writer", "writer@example.org", "pw")


@pytest.fixture
def draft(sections, author, writer):
    """A complete piece, saved as a draft: by default the writer's, in Europe."""

    def make(section: str = "europe", owner=None):
        return ArticlePageFactory(
            live=False, section=sections[section], authors=[author], owner=owner or writer
        )

    return make


@pytest.fixture
def section_editor(member, sections):
    """A section editor of Europe."""
    client = member("Section editor")
    section_editor_assign(client.user, [sections["europe"]])
    return client
