"""The bare Django baseline for bench/serve.py: one view returning fixed bytes.

No middleware, no database, no templates: what gunicorn and Django's request
handling cost by themselves, to compare the real article page with.

    BENCH_BARE_BODY=article.html gunicorn --pythonpath bench bare_django:application
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import re_path

BODY = Path(os.environ["BENCH_BARE_BODY"]).read_bytes()


def article(request, rest=""):
    return HttpResponse(BODY, content_type="text/html; charset=utf-8")


settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-only-nothing-is-signed",  # noqa: S106 (nothing is signed)
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
)
urlpatterns = [re_path(r"^(?P<rest>.*)$", article)]
application = get_wsgi_application()
