"""The Jinja2 environment of the components (core/components.py).

Project-level wiring, like settings and urls: it gives the components the
helpers of the apps below them, page URLs (core) and renditions (images), and
the river its teasers from the fragment cache (articles).
"""

from django.template.defaultfilters import date as date_filter
from django.utils.timezone import template_localtime
from jinja2 import Environment

from masthead.articles.teasers import teasers
from masthead.core.iso_dates import iso_datetime
from masthead.core.page_urls import page_url_for
from masthead.core.surrogate_keys import lists, shows
from masthead.images.renditions import picture, rendition


def _date(value, format_string):
    return date_filter(template_localtime(value), format_string) if value else ""


def environment(**options) -> Environment:
    options.pop("autoescape", None)  # always on: these templates print editors' text
    env = Environment(autoescape=True, **options)
    env.globals.update(
        page_url=page_url_for,
        rendition=rendition,
        picture=picture,
        shows=shows,
        lists=lists,
        teasers=teasers,
    )
    env.filters["date"] = _date
    env.filters["iso_datetime"] = iso_datetime
    return env
