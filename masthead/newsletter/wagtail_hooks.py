"""The newsletter in the Wagtail admin: readers, issues, sending, import."""

from django.template.loader import render_to_string
from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .admin_screens import ConsentRecordPanel, RoundupIssueEditView, SubscriberIndexView
from .models import RoundupIssue, Subscriber
from .services.consent import CONSENT_COLUMNS
from .sitemaps import roundup_sitemap_entries


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    index_view_class = SubscriberIndexView
    icon = "user"
    menu_label = "Readers"
    list_display = ["email", "status", "all_sections", "source", "created_at", "confirmed_at"]
    list_filter = ["status", "source"]
    list_export = [
        "email",
        "status",
        "all_sections",
        "source",
        "created_at",
        "confirmed_at",
        "unsubscribed_at",
        *CONSENT_COLUMNS,
    ]
    export_headings = CONSENT_COLUMNS
    export_filename = "round-up-readers"
    search_fields = ["email"]
    search_backend_name = None
    panels = [
        FieldPanel("email"),
        FieldPanel("status"),
        FieldPanel("all_sections"),
        FieldPanel("sections"),
        ConsentRecordPanel(heading="Consent record"),
    ]


class RoundupIssueViewSet(SnippetViewSet):
    model = RoundupIssue
    edit_view_class = RoundupIssueEditView
    icon = "mail"
    menu_label = "Round-ups"
    list_display = ["subject", "status", "period_end", "scheduled_for", "sent_at"]
    list_filter = ["status"]


class NewsletterGroup(SnippetViewSetGroup):
    items = (RoundupIssueViewSet, SubscriberViewSet)
    menu_icon = "mail"
    menu_label = "Newsletter"
    menu_order = 250
    submenu_hook = "register_newsletter_menu_item"


class ReaderImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.reader_permission_policy.user_has_permission(request.user, "add")


register_snippet(NewsletterGroup)

admin_urls = (
    [
        path("send/<int:pk>/", admin_views.roundup_send, name="send"),
        path("import/", admin_views.subscribers_import_view, name="import"),
    ],
    "newsletter_admin",
)


@hooks.register("register_admin_urls")
def register_newsletter_admin_urls():
    return [path("newsletter/", include(admin_urls))]


@hooks.register("register_newsletter_menu_item")
def register_reader_import_menu_item():
    return ReaderImportMenuItem(
        "Import readers", reverse("newsletter_admin:import"), icon_name="upload", order=3
    )


@hooks.register("register_snippet_listing_buttons")
def roundup_listing_buttons(snippet, user, next_url=None):
    may_send = admin_views.roundup_permission_policy.user_has_permission(user, "send")
    if isinstance(snippet, RoundupIssue) and may_send:
        yield ListingButton(
            "Test, schedule or send" if snippet.is_editable else "Sending progress",
            reverse("newsletter_admin:send", args=[snippet.pk]),
            priority=5,
        )


# The round-up archive in the magazine's sitemap (syndication/sitemaps.py).
hooks.register("masthead_sitemap_entries", roundup_sitemap_entries)


@hooks.register("masthead_front_page_side")
def front_page_signup_box(request) -> str:
    """The signup box in the front page's side column, with the archive's link."""
    return render_to_string(
        "newsletter/components/signup_box.html",
        {"compact": True, "archive_url": reverse("newsletter:archive")},
        request=request,
    )
