"""The reader's pages: signup, confirmation, preferences, unsubscribe, archive."""

from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from masthead.articles.models import SectionPage
from masthead.core.surrogate_keys import ROUNDUPS, shows

from . import protection
from .forms import PreferencesForm, SignupForm
from .mail.rendering import roundup_context
from .models import RoundupIssue, Subscriber
from .services.subscriptions import (
    subscriber_confirm,
    subscriber_preferences_update,
    subscriber_subscribe,
    subscriber_unsubscribe,
)
from .tokens import InvalidToken, manage_token, subscriber_id_from_manage_token

FOREIGN_FORM = (
    "Your browser did not confirm that this form came from our site, so we did not "
    "send it. Please use the form on this page."
)
TOO_MANY_FROM_CLIENT = "Too many signups from your connection. Please try again in an hour."
TOO_MANY_FOR_ADDRESS = "Too many attempts for this address. Please try again in an hour."
# Readers whose preferences page still offers a choice; the others have left.
PREFERENCES_STATUSES = {Subscriber.Status.CONFIRMED, Subscriber.Status.PENDING}


def _signup_page(request, form, error="", status=200):
    return render(
        request, "newsletter/signup_page.html", {"form": form, "error": error}, status=status
    )


@csrf_exempt  # protected by the Origin check, rate limits and double opt-in instead
@require_http_methods(["GET", "POST"])
def subscribe(request):
    if request.method == "GET":
        return _signup_page(request, SignupForm())
    form = SignupForm(request.POST)
    if not protection.origin_is_allowed(request):
        return _signup_page(request, form, FOREIGN_FORM, status=403)
    if not protection.signup_allowed_for_client(request):
        return _signup_page(request, form, TOO_MANY_FROM_CLIENT, status=429)
    if not form.is_valid():
        return _signup_page(request, form, status=400)
    email = form.cleaned_data["email"]
    if not protection.signup_allowed_for_address(email):
        return _signup_page(request, form, TOO_MANY_FOR_ADDRESS, status=429)
    subscriber_subscribe(email, source=form.cleaned_data["source"])
    return HttpResponseRedirect(reverse("newsletter:check_inbox"), status=303)


def check_inbox(request):
    return render(request, "newsletter/check_inbox.html")


@never_cache
@csrf_exempt  # the signed token in the URL is the credential
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    if request.method == "GET":
        # A GET never confirms: mail scanners open links before the reader does.
        return render(request, "newsletter/confirm.html", {"token": token})
    if not protection.origin_is_allowed(request):
        return render(
            request, "newsletter/confirm.html", {"token": token, "error": FOREIGN_FORM}, status=403
        )
    try:
        subscriber = subscriber_confirm(token)
    except InvalidToken as error:
        return render(request, "newsletter/link_problem.html", {"error": str(error)}, status=400)
    return render(
        request,
        "newsletter/confirmed.html",
        {"subscriber": subscriber, "manage_token": manage_token(subscriber.pk)},
    )


def _subscriber_from(token) -> Subscriber:
    try:
        return get_object_or_404(Subscriber, pk=subscriber_id_from_manage_token(token))
    except InvalidToken as error:
        raise Http404(str(error)) from error


@never_cache
@csrf_exempt  # RFC 8058: mail providers POST here with no cookie and no Origin
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    subscriber = _subscriber_from(token)
    if request.method == "POST":
        if request.POST.get("List-Unsubscribe") != "One-Click":
            # RFC 8058: a one-click request says so; anything else is not one.
            return HttpResponseBadRequest(
                "An unsubscribe request carries List-Unsubscribe=One-Click (RFC 8058)."
            )
        subscriber_unsubscribe(subscriber.pk, source="unsubscribe link")
        return render(request, "newsletter/unsubscribed.html", {"token": token})
    return render(
        request, "newsletter/unsubscribe.html", {"token": token, "subscriber": subscriber}
    )


@never_cache
@csrf_exempt  # the signed token in the URL is the credential; Origin is checked
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    subscriber = _subscriber_from(token)
    if subscriber.status not in PREFERENCES_STATUSES:
        # An old link of a reader who left: say so, and save nothing.
        return render(request, "newsletter/preferences_closed.html", {"subscriber": subscriber})
    initial = {
        "receive": PreferencesForm.WHOLE if subscriber.all_sections else PreferencesForm.CHOSEN,
        "sections": list(subscriber.sections.all()),
    }
    form = PreferencesForm(request.POST or None, initial=initial)
    saved, error, status = False, "", 200
    if request.method == "POST":
        if not protection.origin_is_allowed(request):
            error, status = FOREIGN_FORM, 403
        elif form.is_valid():
            subscriber_preferences_update(
                subscriber,
                all_sections=form.cleaned_data["receive"] == PreferencesForm.WHOLE,
                sections=form.cleaned_data["sections"],
            )
            saved = True
        else:
            status = 400
    return render(
        request,
        "newsletter/preferences.html",
        {
            "form": form,
            "subscriber": subscriber,
            "token": token,
            "saved": saved,
            "error": error,
            "sections": SectionPage.objects.live().order_by("title"),
        },
        status=status,
    )


def archive(request):
    shows(ROUNDUPS)
    issues = RoundupIssue.objects.filter(status=RoundupIssue.Status.SENT).order_by("-sent_at")
    return render(request, "newsletter/archive.html", {"issues": issues})


def archive_issue(request, pk):
    issue = get_object_or_404(RoundupIssue, pk=pk, status=RoundupIssue.Status.SENT)
    shows(ROUNDUPS)
    context = roundup_context(issue)
    return render(request, "newsletter/archive_issue.html", context)
