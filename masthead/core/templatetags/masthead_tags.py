"""Template tags shared by every app's templates."""

import html
import json

from django import template
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

from masthead.core.absolute_urls import site_absolute_url
from masthead.core.components import render_component
from masthead.core.fragments import fragment as cached_fragment
from masthead.core.iso_dates import iso_datetime as iso_datetime_string
from masthead.core.models import SiteSettings
from masthead.core.surrogate_keys import lists as lists_record
from masthead.core.surrogate_keys import shows as shows_record

register = template.Library()

# What a search result shows of a description, about; longer ones are cut at a word.
DESCRIPTION_LENGTH = 160
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """A <script type="application/ld+json"> block that cannot break out of itself."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.filter
def iso_datetime(value):
    """`{{ value|iso_datetime }}`: for `<time datetime>` and meta tags, to the
    second (core/iso_dates.py)."""
    return iso_datetime_string(value)


@register.simple_tag(takes_context=True)
def meta_description(context, *texts):
    """The page's description for search results and share cards: the first
    of `texts` that says something (rich text made plain), cut at a word to
    about 160 characters; else the magazine's tagline.
    `{% meta_description page.search_description page.intro as description %}`"""
    for text in texts:
        plain = " ".join(html.unescape(strip_tags(str(text or ""))).split())
        if plain:
            break
    else:
        request = context.get("request")
        plain = SiteSettings.for_request(request).tagline if request is not None else ""
    if len(plain) > DESCRIPTION_LENGTH:
        plain = plain[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
    return plain


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` made absolute with the site's configured root, not the Host header,
    so that every reader gets the same bytes."""
    return site_absolute_url(context.get("request"), url)


@register.simple_tag(takes_context=True)
def component(context, name, **params):
    """Print a component (core/components.py): `{% component "x/components/y.html" a=b %}`."""
    return render_component(name, context.get("request"), **params)


@register.simple_tag
def shows(*things):
    """Record what the page shows, for the page cache's surrogate keys
    (core/surrogate_keys.py): `{% shows page %}`, `{% shows "settings" %}`."""
    return shows_record(*things)


@register.simple_tag
def lists(*pages):
    """Record that the page lists the articles of `pages` (none: of the magazine)."""
    return lists_record(*pages) if pages else lists_record(None)


@register.simple_tag
def version(*parts):
    """A fragment version made of several: `{% version page.last_published_at
    settings.core.SiteSettings.updated_at as head_version %}`."""
    return tuple(parts)


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, version):
        self.nodelist, self.name, self.version = nodelist, name, version

    def render(self, context):
        return cached_fragment(
            context.get("request"),
            self.name.resolve(context),
            self.version.resolve(context),
            lambda: self.nodelist.render(context),
        )


@register.tag
def fragment(parser, token):
    """Keep what the block renders in the cache (core/fragments.py) under the
    version of what it shows: `{% fragment "site-header" site_settings.chrome_version %}
    ... {% endfragment %}`. Nothing inside may depend on the request beyond its site."""
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError(f"{bits[0]} takes a name and a version.")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(nodelist, parser.compile_filter(bits[1]), parser.compile_filter(bits[2]))
