"""The Jinja2 environment for the components printed many times per page.

Teasers and their parts (kicker, byline, dateline, credit) are rendered with
Jinja2: a river or a front page prints dozens of them, and Django's template
language spent more time resolving their variables than the page spent in
SQL. Django templates include them through {% jinja_component %}, so their
markup lives in one place. See docs/jinja-components.md.
"""

from django.template.defaultfilters import date as date_filter
from django.utils.timezone import template_localtime
from jinja2 import Environment

from .templatetags.masthead_tags import page_url_for, rendition


def _date(value, format_string):
    return date_filter(template_localtime(value), format_string) if value else ""


def environment(**options) -> Environment:
    options.pop("autoescape", None)  # always on: these templates print editors' text
    env = Environment(autoescape=True, **options)
    env.globals.update(page_url=page_url_for, rendition=rendition)
    env.filters["date"] = _date
    return env
