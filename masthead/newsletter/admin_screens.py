"""Wagtail's snippet screens, adjusted for the round-up: an issue that is
sending or sent cannot be saved, a reader's page shows their consent record,
and the readers' export carries it."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.panels import Panel
from wagtail.admin.widgets import HeaderButton
from wagtail.locks import BaseLock
from wagtail.snippets.views.snippets import EditView, IndexView

from .magazine_time import magazine_time_display
from .models import RoundupIssue
from .services.consent import consent_event_label, subscribers_with_consent


def issue_read_only_message(issue: RoundupIssue) -> str:
    if issue.status == RoundupIssue.Status.SENDING:
        return (
            "This issue is being sent, so it can no longer be changed: "
            "readers receive it as it was when sending began."
        )
    return "This issue has been sent, so it can no longer be changed: readers have it as it is."


class IssueSentLock(BaseLock):
    """Locks a sending or sent issue for everyone: Wagtail then offers no Save."""

    def for_user(self, user) -> bool:
        return True

    def get_message(self, user) -> str:
        return issue_read_only_message(self.object)

    def get_locked_by(self, user) -> str:
        return self.object.get_status_display()

    def get_description(self, user) -> str:
        return issue_read_only_message(self.object)


class RoundupIssueEditView(EditView):
    """The issue editor, read-only once sending has begun."""

    def get_lock(self):
        if self.object.is_editable:
            return super().get_lock()
        return IssueSentLock(self.object)

    def get(self, request, *args, **kwargs):
        if not self.object.is_editable:
            messages.warning(request, issue_read_only_message(self.object))
        return super().get(request, *args, **kwargs)

    def is_valid(self, form):
        if not self.object.is_editable:
            self.produced_error_code = "locked"
            self.produced_error_message = issue_read_only_message(self.object)
            return False
        return super().is_valid(form)

    def save_instance(self):
        # Checked again under the row's lock: sending may have begun since the
        # form was read, and the save must not put a sending issue back to draft.
        current = RoundupIssue.objects.select_for_update().get(pk=self.object.pk)
        if not current.is_editable:
            raise PermissionDenied(issue_read_only_message(current))
        self.form.instance.status = current.status
        self.form.instance.scheduled_for = current.scheduled_for
        return super().save_instance()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Greys the form out (Wagtail's "content-locked").
        context["locked_for_user"] = self.locked_for_user
        return context


class SubscriberIndexView(IndexView):
    """The readers' listing, with the way in to the CSV import beside "Add";
    its export carries each reader's consent."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.permission_policy.user_has_permission(self.request.user, "add"):
            buttons.append(
                HeaderButton(
                    "Import readers", url=reverse("newsletter_admin:import"), icon_name="upload"
                )
            )
        return buttons

    # The event's label ("Confirmed by email"), not its code.
    custom_field_preprocess = {
        "consent_given_by": {"csv": consent_event_label, "xlsx": consent_event_label}
    }

    def get_base_queryset(self):
        readers = super().get_base_queryset()
        return subscribers_with_consent(readers) if self.is_export else readers


class ConsentRecordPanel(Panel):
    """A reader's consent log, read-only, on their admin page."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "newsletter/admin/consent_record_panel.html"

        def is_shown(self) -> bool:
            return self.instance is not None and self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["records"] = [
                (record, magazine_time_display(record.at), consent_event_label(record.event))
                for record in self.instance.consent_records.all()
            ]
            return context
