"""The admin's sign-in form, with failed attempts counted and logged.

After MASTHEAD_LOGIN_FAILURES_PER_ADDRESS failures from one address, or
MASTHEAD_LOGIN_FAILURES_PER_USER for one user name, within the window, the form
refuses further attempts until the window ends, without checking the password.
Counts live in the cache (Redis in production), so every web process shares them.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.admin.forms.auth import LoginForm

from . import ratelimit

logger = logging.getLogger("masthead.security")


class ThrottledLoginForm(LoginForm):
    error_messages = {
        **LoginForm.error_messages,
        "throttled": (
            "Too many failed sign-in attempts. Wait %(minutes)s minutes, then try again."
        ),
    }

    def _limits(self) -> list[tuple[str, str, int]]:
        address = ratelimit.client_address(self.request) if self.request else ""
        username = (self.cleaned_data.get("username") or "").strip().lower()
        return [
            ("login-address", address, settings.MASTHEAD_LOGIN_FAILURES_PER_ADDRESS),
            ("login-user", username, settings.MASTHEAD_LOGIN_FAILURES_PER_USER),
        ]

    def clean(self):
        window = settings.MASTHEAD_LOGIN_WINDOW_SECONDS
        limits = self._limits()
        if any(ratelimit.used(scope, who) >= limit for scope, who, limit in limits):
            raise ValidationError(
                self.error_messages["throttled"],
                code="throttled",
                params={"minutes": window // 60},
            )
        try:
            return super().clean()
        except ValidationError:
            for scope, who, limit in limits:
                ratelimit.hit(scope, who, limit=limit, window_seconds=window)
            logger.warning(
                "Failed admin sign-in for %r from %s",
                self.cleaned_data.get("username"),
                limits[0][1] or "an unknown address",
            )
            raise
