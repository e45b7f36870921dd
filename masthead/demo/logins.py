"""The demo's logins: a superuser, and one user per role of the desk, each
with a fresh random password, printed once by `load_demo`."""

import secrets

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from masthead.articles.models import SectionPage
from masthead.desk.roles import ROLES, SECTION_EDITOR
from masthead.desk.services import roles_ensure, section_editor_assign

# The demo's section editor publishes these sections' pieces, and no others.
SECTION_EDITOR_SECTIONS = ("europe", "americas")


def _login(username: str, *, superuser: bool = False):
    password = secrets.token_urlsafe(12)
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"email": f"{username}@localhost"}
    )
    user.is_staff = user.is_superuser = superuser
    user.set_password(password)
    user.save()
    return user, password


def demo_editor_login(username: str = "editor") -> tuple[str, str]:
    """A superuser for the demo."""
    user, password = _login(username, superuser=True)
    return username, password


def demo_role_logins() -> list[tuple[str, str, str]]:
    """One user per role ("contributor", "section-editor", ...), as (role,
    username, password)."""
    groups = roles_ensure()
    logins = []
    for role in ROLES:
        username = slugify(role.name)
        user, password = _login(username)
        user.groups.add(groups[role.name])
        if role is SECTION_EDITOR:
            section_editor_assign(
                user, SectionPage.objects.filter(slug__in=SECTION_EDITOR_SECTIONS)
            )
        logins.append((role.name, username, password))
    return logins
