"""The desk in the admin: section editors under Settings, the article
permission tester that lets them publish in their sections, and draft links
(a page's "Share draft for review" screen, and their lines in its history)."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.timezone import localtime
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.articles.models import ArticlePage

from . import admin_views
from .models import SectionEditor
from .permissions import ArticlePermissionTester
from .services import DRAFT_LINK_CREATED, DRAFT_LINK_REVOKED, roles_ensure


class SectionEditorViewSet(SnippetViewSet):
    """Who publishes which sections; open to users with the section editor
    permissions (the Editor-in-chief role)."""

    model = SectionEditor
    icon = "user"
    menu_label = "Section editors"
    add_to_settings_menu = True
    list_display = ["__str__", "section_titles"]
    panels = [
        FieldPanel("user"),
        FieldPanel("sections", widget=forms.CheckboxSelectMultiple),
    ]


register_snippet(SectionEditorViewSet)

hooks.register("masthead_article_permission_tester", ArticlePermissionTester)


@hooks.register("masthead_after_magazine_setup")
def roles_on_the_new_magazine() -> str:
    """A new magazine's roles get their permissions on its pages (`magazine_setup`)."""
    groups = roles_ensure()
    return f"The desk's roles ({', '.join(groups)}) have their permissions on its pages."


@hooks.register("before_publish_page")
def refuse_publishing_outside_ones_sections(request, page):
    """The edit view asks the tester before the form is applied: a section
    editor who moves a piece into another section and publishes it in one
    go is asked again here, about the version going live. The changes stay
    saved as a draft."""
    if isinstance(page, ArticlePage) and not page.permissions_for_user(request.user).can_publish():
        messages.error(
            request,
            f"\u201c{page.title}\u201d was saved as a draft, not published: "
            "you may publish only the articles of your sections.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


# -- draft links ---------------------------------------------------------------

admin_urls = (
    [
        path("pages/<int:page_id>/draft-links/", admin_views.draft_links, name="draft_links"),
        path(
            "pages/<int:page_id>/draft-links/<int:link_id>/revoke/",
            admin_views.draft_link_revoke_view,
            name="draft_link_revoke",
        ),
    ],
    "desk_admin",
)


@hooks.register("register_admin_urls")
def register_desk_admin_urls():
    return [path("desk/", include(admin_urls))]


@hooks.register("register_page_header_buttons")
def share_draft_button(page, user, view_name, next_url=None):
    """In the page's header menu (the edit view's "⋮"), for whoever may edit it."""
    if admin_views.may_share(page, user):
        yield Button(
            "Share draft for review",
            reverse("desk_admin:draft_links", args=[page.pk]),
            icon_name="link",
            priority=67,
        )


class DraftLinkLogFormatter(LogFormatter):
    """A draft link's line in the page's history: "Draft link for “Dr Lena
    Berg” made, until 7 December 2026, 14:00"."""

    verb = ""

    def format_message(self, log_entry) -> str:
        note = log_entry.data.get("note")
        whom = f" for \u201c{note}\u201d" if note else ""
        expires = parse_datetime(log_entry.data.get("expires_at") or "")
        until = f", until {date_format(localtime(expires), 'j F Y, H:i')}" if expires else ""
        return f"Draft link{whom} {self.verb}{until}"


@hooks.register("register_log_actions")
def register_draft_link_log_actions(actions):
    @actions.register_action(DRAFT_LINK_CREATED)
    class DraftLinkCreated(DraftLinkLogFormatter):
        label = "Share draft for review"
        verb = "made"

    @actions.register_action(DRAFT_LINK_REVOKED)
    class DraftLinkRevoked(DraftLinkLogFormatter):
        label = "Revoke draft link"
        verb = "revoked"
