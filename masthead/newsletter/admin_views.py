"""Admin pages for the round-up: sending an issue, importing readers.

Each checks a permission, answered as Wagtail's own views answer: "send" on
round-up issues (a permission of its own: drafting is "change") and "add" on
readers. Sending and scheduling mail every reader, so each asks first, on a
page that says how many readers and when; only a second POST carrying
`confirm` acts.
"""

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods
from wagtail.admin.auth import PermissionPolicyChecker, require_admin_access
from wagtail.permission_policies import ModelPermissionPolicy

from .admin_forms import ScheduleForm, SendTestForm
from .magazine_time import magazine_time_display, magazine_time_input
from .mail.message import roundup_message_id
from .models import RoundupIssue, Subscriber
from .services.editing import (
    IssueNotEditable,
    roundup_resend_uncertain,
    roundup_schedule,
    roundup_send_now,
    roundup_send_test,
    roundup_unschedule,
)
from .services.importing import ConsentBasis, ImportReport, subscribers_import
from .services.progress import roundup_progress, roundup_uncertain

MAX_IMPORT_BYTES = 20 * 1024 * 1024
# Uncertain messages listed on the send page (all are counted, and "send all again" takes all).
UNCERTAIN_LISTED = 200

roundup_permission_policy = ModelPermissionPolicy(RoundupIssue)
reader_permission_policy = ModelPermissionPolicy(Subscriber)


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


def _readers(count: int) -> str:
    return f"{count} confirmed reader{'' if count == 1 else 's'}"


def _send_page(request, issue, *, test_form=None, schedule_form=None):
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
            "readers": _readers(Subscriber.objects.confirmed().count()),
            "scheduled_for": (
                magazine_time_display(issue.scheduled_for) if issue.scheduled_for else ""
            ),
            "test_form": test_form or SendTestForm(initial={"addresses": request.user.email}),
            "schedule_form": schedule_form or ScheduleForm(),
            "edit_url": reverse("wagtailsnippets_newsletter_roundupissue:edit", args=[issue.pk]),
        },
    )


def _confirmation_page(request, issue, action, when=None):
    """What a confirmed send or schedule will do, and the buttons that do it."""
    if not issue.is_editable:
        raise IssueNotEditable(f"This issue is already {issue.get_status_display().lower()}.")
    return render(
        request,
        "newsletter/admin/confirm_send.html",
        {
            "issue": issue,
            "action": action,
            "readers": _readers(Subscriber.objects.confirmed().count()),
            "when": magazine_time_display(when) if when else "",
            "when_input": magazine_time_input(when) if when else "",
            "now": magazine_time_display(timezone.now()),
            "send_url": reverse("newsletter_admin:send", args=[issue.pk]),
        },
    )


def _test(request, issue):
    form = SendTestForm(request.POST)
    if not form.is_valid():
        return _send_page(request, issue, test_form=form)
    addresses = form.cleaned_data["addresses"]
    roundup_send_test(issue, addresses)
    messages.success(request, f"A test was sent to {', '.join(addresses)}.")
    return None


def _schedule(request, issue, confirmed):
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        return _send_page(request, issue, schedule_form=form)
    when = form.cleaned_data["when"]
    if not confirmed:
        return _confirmation_page(request, issue, "schedule", when)
    roundup_schedule(issue, when)
    messages.success(request, f"Scheduled for {magazine_time_display(when)}.")
    return None


def _send(request, issue, confirmed):
    if not confirmed:
        return _confirmation_page(request, issue, "send")
    count = roundup_send_now(issue)
    messages.success(request, f"Sending to {count} readers.")
    return None


def _unschedule(request, issue):
    roundup_unschedule(issue)
    messages.success(request, "Unscheduled: the issue is a draft again and will not be sent.")


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
    messages.success(
        request, f"{count} uncertain message{'s' if count != 1 else ''} queued to be sent again."
    )


def _act(request, issue):
    """Do what the POST asks; a page to show instead of the send page, or None."""
    action = request.POST.get("action")
    confirmed = request.POST.get("confirm") == "yes"
    if action == "test":
        return _test(request, issue)
    if action == "schedule":
        return _schedule(request, issue, confirmed)
    if action == "send":
        return _send(request, issue, confirmed)
    if action == "unschedule":
        return _unschedule(request, issue)
    if action == "resend":
        return _resend(request, issue)
    raise ValueError("Unknown action.")


@require_admin_access
@PermissionPolicyChecker(roundup_permission_policy).require("send")
@require_http_methods(["GET", "POST"])
def roundup_send(request, pk):
    issue = get_object_or_404(RoundupIssue, pk=pk)
    if request.method == "GET":
        return _send_page(request, issue)
    try:
        page = _act(request, issue)
    except (IssueNotEditable, ValueError) as error:
        messages.error(request, str(error))
    else:
        if page is not None:
            return page
    return redirect("newsletter_admin:send", pk=issue.pk)


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
