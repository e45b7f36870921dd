"""System checks of Masthead's own settings, run by `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.security, deploy=True)
def secret_key_check(app_configs, **kwargs) -> list[Error]:
    if settings.SECRET_KEY != settings.DEVELOPMENT_SECRET_KEY:
        return []
    return [
        Error(
            "DJANGO_SECRET_KEY is not set, so the public development key signs sessions, "
            "password resets and every reader's confirmation and unsubscribe link.",
            hint="Set DJANGO_SECRET_KEY to a long random value (docs/deploy.md).",
            id="masthead.E001",
        )
    ]
