"""Admin pages for the round-up: sending an issue, importing readers.

Each checks a permission, answered as Wagtail's own views answer: "send" on
round-up issues (a permission of its own: drafting is "change") and "add" on
readers.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_http_methods
from wagtail.admin.auth import PermissionPolicyChecker, require_admin_access
from wagtail.permission_policies import ModelPermissionPolicy

from .mail.message import roundup_message_id
from .models import RoundupIssue, Subscriber
from .services.editing import (
    IssueNotEditable,
    roundup_resend_uncertain,
    roundup_schedule,
    roundup_send_now,
    roundup_send_test,
)
from .services.importing import ConsentBasis, ImportReport, subscribers_import
from .services.progress import roundup_progress, roundup_uncertain

MAX_IMPORT_BYTES = 20 * 1024 * 1024
# Uncertain messages listed on the send page (all are counted, and "send all again" takes all).
UNCERTAIN_LISTED = 200

roundup_permission_policy = ModelPermissionPolicy(RoundupIssue)
reader_permission_policy = ModelPermissionPolicy(Subscriber)


class ScheduleForm(forms.Form):
    when = forms.DateTimeField(
        label="Send at", widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )


class ImportForm(forms.Form):
    file = forms.FileField(label="CSV file", help_text='One address per line, in a column "email".')
    # No initial choice: the editor states the basis; the form never assumes consent.
    consent_basis = forms.ChoiceField(
        label="What these readers have done",
        choices=ConsentBasis.choices,
        widget=forms.RadioSelect,
        help_text="Choose the first only if every address in the file confirmed by email "
        "(double opt-in). Otherwise each reader is asked, and joins only once they confirm.",
    )
    consent_note = forms.CharField(
        label="Where these readers consented",
        max_length=500,
        help_text="Kept with each address, e.g. \u201cSigned up on our old site, 2019\u2013"
        "2025.\u201d",
    )


def _act(request, issue):
    action = request.POST.get("action")
    if action == "test":
        roundup_send_test(issue, request.user.email)
        return f"A test was sent to {request.user.email}."
    if action == "schedule":
        form = ScheduleForm(request.POST)
        if not form.is_valid():
            raise ValueError("Give a date and time to send at.")
        roundup_schedule(issue, form.cleaned_data["when"])
        return f"Scheduled for {form.cleaned_data['when']:%d %B %Y, %H:%M}."
    if action == "send":
        count = roundup_send_now(issue)
        return f"Sending to {count} readers."
    if action == "resend":
        return _resend(request, issue)
    raise ValueError("Unknown action.")


def _resend(request, issue):
    """Send uncertain messages again: all of them, or the ones ticked."""
    chosen = None
    if request.POST.get("which") != "all":
        chosen = [int(pk) for pk in request.POST.getlist("delivery") if pk.isdigit()]
        if not chosen:
            raise ValueError("Tick the messages to send again.")
    count = roundup_resend_uncertain(issue, chosen)
    if not count:
        raise ValueError("None of these messages is uncertain any more; nothing was sent.")
    return f"{count} uncertain message{'s' if count != 1 else ''} queued to be sent again."


@require_admin_access
@PermissionPolicyChecker(roundup_permission_policy).require("send")
@require_http_methods(["GET", "POST"])
def roundup_send(request, pk):
    issue = get_object_or_404(RoundupIssue, pk=pk)
    if request.method == "POST":
        if request.POST.get("action") == "test" and not request.user.email:
            messages.error(request, "Your account has no email address to send a test to.")
        else:
            try:
                messages.success(request, _act(request, issue))
            except (IssueNotEditable, ValueError) as error:
                messages.error(request, str(error))
        return redirect("newsletter_admin:send", pk=issue.pk)
    return render(
        request,
        "newsletter/admin/send.html",
        {
            "issue": issue,
            "progress": roundup_progress(issue),
            "uncertain": [
                (delivery, roundup_message_id(issue.pk, delivery.subscriber_id))
                for delivery in roundup_uncertain(issue)[:UNCERTAIN_LISTED]
            ],
            "schedule_form": ScheduleForm(),
            "edit_url": reverse("wagtailsnippets_newsletter_roundupissue:edit", args=[issue.pk]),
        },
    )


def _import_upload(form: ImportForm) -> tuple[ImportReport | None, str]:
    """The import's report, or the reason it could not run."""
    upload = form.cleaned_data["file"]
    if upload.size > MAX_IMPORT_BYTES:
        return None, "The file is larger than 20 MB. Split it and import the parts."
    try:
        report = subscribers_import(
            upload.read(),
            basis=ConsentBasis(form.cleaned_data["consent_basis"]),
            consent_note=form.cleaned_data["consent_note"],
        )
    except ValueError as problem:
        return None, str(problem)
    return report, ""


@require_admin_access
@PermissionPolicyChecker(reader_permission_policy).require("add")
@require_http_methods(["GET", "POST"])
def subscribers_import_view(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    report, error = None, ""
    if request.method == "POST" and form.is_valid():
        report, error = _import_upload(form)
    return render(
        request, "newsletter/admin/import.html", {"form": form, "report": report, "error": error}
    )
