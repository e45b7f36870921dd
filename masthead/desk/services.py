"""Operations of the editorial desk: setting up the roles, naming section editors."""

from collections.abc import Iterable

from django.apps import apps
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupPagePermission, Page

from masthead.articles.models import ArticleIndexPage, HomePage, SectionPage

from .models import SectionEditor
from .roles import ARTICLES, FRONT_PAGE, ROLES, role_groups_ensure


@transaction.atomic
def roles_ensure() -> dict[str, Group]:
    """Every role's group with all its permissions, page permissions included.

    The migration (desk/0002) creates the groups in every database, but their
    page permissions need the front page and the articles index, which a new
    magazine gets only later: `magazine_setup` calls this through its
    `masthead_after_magazine_setup` hook (wagtail_hooks.py), the demo builder
    right after building the structure (its users must work at once), the
    tests where they need the roles. Without the pages it grants the rest and
    skips them. Safe to run again: nothing is duplicated or taken away.
    """
    groups = role_groups_ensure(apps)
    pages: dict[str, Page | None] = {
        FRONT_PAGE: HomePage.objects.first(),
        ARTICLES: ArticleIndexPage.objects.first(),
    }
    for role in ROLES:
        for where, codename in role.page_permissions:
            page = pages[where]
            if page is None:
                continue
            GroupPagePermission.objects.get_or_create(
                group=groups[role.name],
                page=page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    return groups


def section_editor_assign(user: AbstractBaseUser, sections: Iterable[SectionPage]) -> SectionEditor:
    """Let `user` publish the articles of `sections` (besides those already theirs)."""
    desk, _ = SectionEditor.objects.get_or_create(user=user)
    desk.sections.add(*sections)
    return desk
