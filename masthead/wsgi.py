"""WSGI entry point, used by gunicorn in production."""

import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "masthead.settings")

application = get_wsgi_application()

# Fail loudly rather than sign readers' links with a key anyone can read in the
# repository. `make demo` and `make run` say they are development servers.
if (
    settings.SECRET_KEY == settings.DEVELOPMENT_SECRET_KEY
    and not settings.DEBUG
    and os.environ.get("MASTHEAD_DEVELOPMENT_SERVER") != "1"
):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. Set it to a long random value (docs/deploy.md); "
        "only `make demo` and `make run` may serve with the development key."
    )
