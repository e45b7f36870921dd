"""The newsroom's roles: one Django group each, and what it may do.

A role has three kinds of permission: model permissions ("app.codename", held
by the group), page permissions on a page of the magazine's structure (the
front page and all below, or the articles index and all below) and image or
document permissions on the root collection. Page permissions need the pages,
which exist only once the magazine's structure is built, so they are set by
`services.roles_ensure`; the migration creates the groups with the rest.

Wagtail's page permissions, as its group editor names them: "add" lets a user
create pages and edit the ones they own, "change" edit any page, "publish"
publish and unpublish. A section editor's right to publish the articles of
their sections is not a page permission (articles live under the articles
index, not under their sections): see permissions.py.
"""

from dataclasses import dataclass
from typing import Any

from django.apps.registry import Apps
from django.contrib.auth.models import Group

# Every role may enter the admin and see how much each piece is read
# (Reports → Most read): counts per piece and day, nothing about readers.
ADMIN = ("wagtailadmin.access_admin", "readership.view_dailyreads")
ROUNDUPS_AND_READERS = (
    "newsletter.add_roundupissue",
    "newsletter.change_roundupissue",
    "newsletter.delete_roundupissue",
    "newsletter.view_roundupissue",
    "newsletter.send_roundupissue",
    "newsletter.add_subscriber",
    "newsletter.change_subscriber",
    "newsletter.delete_subscriber",
    "newsletter.view_subscriber",
)
# A partner's feeds are edited on the partner's screen, under its permissions.
PARTNERS = (
    "partners.add_partner",
    "partners.change_partner",
    "partners.delete_partner",
    "partners.view_partner",
)
SITE_SETTINGS = ("core.change_sitesettings", "images.change_sitelogo")
SECTION_EDITORS = (
    "desk.add_sectioneditor",
    "desk.change_sectioneditor",
    "desk.delete_sectioneditor",
    "desk.view_sectioneditor",
)
# The newsroom's accounts and their roles. Only administrators make
# administrators or open their accounts (users.py); what a role may do (the
# groups themselves) stays with the administrators.
NEWSROOM_ACCOUNTS = ("auth.add_user", "auth.change_user", "auth.delete_user", "auth.view_user")
UPLOAD_IMAGES = ("wagtailimages.add_image", "wagtailimages.choose_image")
ALL_IMAGES_AND_DOCUMENTS = (
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtaildocs.choose_document",
)
EVERY_PAGE_PERMISSION = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)

FRONT_PAGE = "front page"
ARTICLES = "articles index"


@dataclass(frozen=True)
class Role:
    name: str
    permissions: tuple[str, ...] = ()
    # (FRONT_PAGE or ARTICLES, "add_page"): the page and everything below it.
    page_permissions: tuple[tuple[str, str], ...] = ()
    collection_permissions: tuple[str, ...] = ()


CONTRIBUTOR = Role(
    "Contributor",
    permissions=ADMIN,
    page_permissions=((ARTICLES, "add_page"),),
    collection_permissions=UPLOAD_IMAGES,
)
SECTION_EDITOR = Role(
    "Section editor",
    permissions=ADMIN,
    page_permissions=((ARTICLES, "add_page"), (ARTICLES, "change_page")),
    collection_permissions=UPLOAD_IMAGES,
)
COPY_EDITOR = Role(
    "Copy editor",
    permissions=ADMIN,
    page_permissions=((ARTICLES, "change_page"),),
    collection_permissions=("wagtailimages.choose_image",),
)
EDITOR_IN_CHIEF = Role(
    "Editor-in-chief",
    permissions=ADMIN
    + SITE_SETTINGS
    + ROUNDUPS_AND_READERS
    + PARTNERS
    + SECTION_EDITORS
    + NEWSROOM_ACCOUNTS,
    page_permissions=tuple((FRONT_PAGE, codename) for codename in EVERY_PAGE_PERMISSION),
    collection_permissions=ALL_IMAGES_AND_DOCUMENTS,
)
NEWSLETTER_EDITOR = Role("Newsletter editor", permissions=ADMIN + ROUNDUPS_AND_READERS)
# An import creates a draft under the articles index, owned by whoever asked
# for it (syndication/services/importing.py): "add" there lets them import
# and finish the draft, not publish it.
PARTNERSHIPS = Role(
    "Partnerships",
    permissions=ADMIN + PARTNERS,
    page_permissions=((ARTICLES, "add_page"),),
    collection_permissions=("wagtailimages.choose_image",),
)

ROLES = (CONTRIBUTOR, SECTION_EDITOR, COPY_EDITOR, EDITOR_IN_CHIEF, NEWSLETTER_EDITOR, PARTNERSHIPS)


def role_groups_ensure(apps: Apps, *, skip_missing: bool = False) -> dict[str, Group]:
    """Each role's group with its model and collection permissions, by name.

    An existing group of a role's name is completed, never duplicated; a
    permission an administrator added to it is kept. `apps` is Django's app
    registry or a migration's. A migration passes `skip_missing=True`: a
    permission of a model created by a later migration is granted when that
    one runs (`roles_ensure`), not at this point of the database's history.
    """
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    collection_permission_model = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_collection = apps.get_model("wagtailcore", "Collection").objects.get(depth=1)

    def permission(name: str) -> Any:
        app_label, codename = name.split(".")
        found = permission_model.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if found is None and not skip_missing:
            raise LookupError(f"No permission {name!r}: is its app installed and migrated?")
        return found

    groups = {}
    for role in ROLES:
        group, _ = group_model.objects.get_or_create(name=role.name)
        granted = [permission(name) for name in role.permissions]
        group.permissions.add(*[found for found in granted if found is not None])
        for name in role.collection_permissions:
            found = permission(name)
            if found is not None:
                collection_permission_model.objects.get_or_create(
                    group=group, collection=root_collection, permission=found
                )
        groups[role.name] = group
    return groups
