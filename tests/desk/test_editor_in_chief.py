"""The editor-in-chief publishes anything and opens every screen of the desk."""

import pytest
from django.urls import reverse

from tests.articles.admin_forms import article_edit_url, publish

from .admin import is_refused, offers_publish, site_settings_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def chief(member):
    return member("Editor-in-chief")


@pytest.mark.parametrize("section", ["europe", "asia"])
def test_the_editor_in_chief_publishes_a_piece_of_any_section(chief, draft, section):
    piece = draft(section)
    assert offers_publish(chief, piece)
    publish(chief, piece)
    piece.refresh_from_db()
    assert piece.live


def test_the_editor_in_chief_edits_the_front_page_and_sections(chief, magazine, sections):
    for page in (magazine.home, magazine.sections, sections["europe"]):
        assert chief.get(article_edit_url(page)).status_code == 200, page.title


@pytest.mark.parametrize(
    "url",
    [
        lambda: site_settings_url("core", "sitesettings"),
        lambda: site_settings_url("images", "sitelogo"),
        lambda: reverse("wagtailimages:add"),
        lambda: reverse("wagtaildocs:add"),
        lambda: reverse("wagtailsnippets_partners_partner:list"),
        lambda: reverse("wagtailsnippets_newsletter_roundupissue:list"),
        lambda: reverse("wagtailsnippets_newsletter_subscriber:list"),
        lambda: reverse("newsletter_admin:import"),
        lambda: reverse("wagtailsnippets_desk_sectioneditor:list"),
        lambda: reverse("wagtailsnippets_desk_sectioneditor:add"),
        lambda: reverse("syndication_import"),
    ],
    ids=[
        "site settings",
        "logo",
        "image upload",
        "document upload",
        "partners",
        "round-ups",
        "readers",
        "readers' import",
        "section editors",
        "naming a section editor",
        "partner import",
    ],
)
def test_the_editor_in_chief_opens_every_screen_of_the_desk(chief, magazine, url):
    assert chief.get(url()).status_code == 200


def new_member_form(roles, **overrides):
    form = {
        "username": "new-writer",
        "email": "new-writer@example.org",
        "first_name": "Noor",
        "last_name": "Haddad",
        "password1": "a long pass phrase 42",
        "password2": "a long pass phrase 42",
        "groups": [roles["Contributor"].pk],
    }
    form.update(overrides)
    return form


def test_the_editor_in_chief_adds_a_newsroom_member_in_a_role(chief, roles, django_user_model):
    form_page = chief.get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="groups"' in form_page
    assert 'name="is_superuser"' not in form_page  # no "Administrator" box for them
    response = chief.post(reverse("wagtailusers_users:add"), new_member_form(roles))
    assert response.status_code == 302
    member = django_user_model.objects.get(username="new-writer")
    assert [group.name for group in member.groups.all()] == ["Contributor"]
    assert not member.is_superuser


def test_the_editor_in_chief_cannot_make_an_administrator(chief, roles, django_user_model):
    chief.post(reverse("wagtailusers_users:add"), new_member_form(roles, is_superuser="on"))
    assert not django_user_model.objects.get(username="new-writer").is_superuser
    contributor = django_user_model.objects.create_user("c", "c@example.org", "pw")
    edit = reverse("wagtailusers_users:edit", args=[contributor.pk])
    chief.post(
        edit,
        {
            "username": "c",
            "email": "c@example.org",
            "first_name": "C",
            "last_name": "D",
            "is_active": "on",
            "is_superuser": "on",
            "groups": [roles["Copy editor"].pk],
        },
    )
    contributor.refresh_from_db()
    assert not contributor.is_superuser
    assert [group.name for group in contributor.groups.all()] == ["Copy editor"]


def test_the_editor_in_chief_cannot_open_or_remove_an_administrators_account(chief, editor):
    assert is_refused(chief.get(reverse("wagtailusers_users:edit", args=[editor.pk])))
    assert is_refused(
        chief.post(
            reverse("wagtailusers_users:edit", args=[editor.pk]),
            {"username": "editor", "email": "x@example.org", "password1": "p", "password2": "p"},
        )
    )
    assert is_refused(chief.post(reverse("wagtailusers_users:delete", args=[editor.pk])))
    editor.refresh_from_db()
    assert editor.email == "editor@example.org" and editor.check_password("pw")


def test_the_editor_in_chief_does_not_change_what_a_role_may_do(chief, roles):
    group_edit = reverse("wagtailusers_groups:edit", args=[roles["Contributor"].pk])
    assert is_refused(chief.get(group_edit))


def test_an_administrator_still_makes_administrators(editor_client, roles, django_user_model):
    form_page = editor_client.get(reverse("wagtailusers_users:add")).content.decode()
    assert 'name="is_superuser"' in form_page
    editor_client.post(reverse("wagtailusers_users:add"), new_member_form(roles, is_superuser="on"))
    assert django_user_model.objects.get(username="new-writer").is_superuser
