"""The roles exist in every database, and setting them up again changes nothing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from masthead.desk.roles import ROLES
from masthead.desk.services import roles_ensure

from .admin import is_refused

pytestmark = pytest.mark.django_db

ROLE_NAMES = [role.name for role in ROLES]


def test_every_role_is_a_group_in_a_new_database(editor_client):
    """The migration made them: nothing else has run in the tests' database."""
    html = editor_client.get(reverse("wagtailusers_groups:index")).content.decode()
    for name in ROLE_NAMES:
        assert name in html, name


def test_setting_up_the_roles_again_duplicates_nothing(roles):
    before = (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    roles_ensure()
    assert sorted(Group.objects.filter(name__in=ROLE_NAMES).values_list("name", flat=True)) == (
        sorted(ROLE_NAMES)
    )
    after = (GroupPagePermission.objects.count(), GroupCollectionPermission.objects.count())
    assert after == before


def test_a_permission_taken_from_a_role_is_given_back_and_others_kept(roles, member):
    contributor = member("Contributor")
    GroupCollectionPermission.objects.filter(group=roles["Contributor"]).delete()
    assert contributor.get(reverse("wagtailimages:add")).status_code == 302
    roles_ensure()
    assert contributor.get(reverse("wagtailimages:add")).status_code == 200


def test_what_an_administrator_added_to_a_role_is_kept(roles, member):
    contributor = member("Contributor")
    partners = reverse("wagtailsnippets_partners_partner:list")
    roles["Contributor"].permissions.add(*roles["Partnerships"].permissions.all())
    roles_ensure()
    assert contributor.get(partners).status_code == 200


def test_a_new_magazine_set_up_by_its_command_gives_the_roles_their_pages(empty_magazine):
    """In production `magazine_setup` builds the pages after `migrate` made the
    groups; a contributor can then start an article at once."""
    out = io.StringIO()
    call_command("magazine_setup", stdout=out)
    assert "The desk's roles" in out.getvalue()
    contributor = Group.objects.get(name="Contributor")
    granted = GroupPagePermission.objects.filter(group=contributor)
    assert set(granted.values_list("permission__codename", flat=True)) == {"add_page"}
    assert granted.get().page.specific_class.__name__ == "ArticleIndexPage"


@pytest.mark.parametrize(
    "role",
    ["Contributor", "Section editor", "Copy editor", "Newsletter editor", "Partnerships"],
)
def test_only_the_editor_in_chief_of_the_roles_manages_accounts(member, role):
    client = member(role)
    assert is_refused(client.get(reverse("wagtailusers_users:index")))
    assert is_refused(client.get(reverse("wagtailusers_users:add")))
