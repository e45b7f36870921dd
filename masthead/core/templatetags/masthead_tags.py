"""Template tags shared by every app's templates."""

import json

from django import template
from django.utils.safestring import mark_safe
from wagtail.images.models import Filter

from masthead.core.absolute_urls import site_absolute_url

register = template.Library()

_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(data):
    """A <script type="application/ld+json"> block that cannot break out of itself."""
    if not data:
        return ""
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """`url` made absolute with the site's configured root, not the Host header,
    so that every reader gets the same bytes."""
    return site_absolute_url(context.get("request"), url)


def rendition(image, spec: str):
    """The image's rendition for `spec` (a Jinja global for the components).

    It reads renditions a listing prefetched without writing each one back to
    the cache on every use (Wagtail's tag does, and pickling them dominated the
    cost of a teaser). A missing rendition is made as usual.
    """
    if image is None:
        return None
    filter_ = Filter(spec=spec)
    try:
        return image.find_existing_rendition(filter_)
    except image.get_rendition_model().DoesNotExist:
        return image.get_rendition(filter_)


def page_url_for(request, page) -> str:
    """A page's URL, remembered per request by page id.

    A river prints the same format, section and author pages many times over;
    working out each page's URL once per request keeps teasers cheap.
    """
    store = getattr(request, "__dict__", None)  # None, or Jinja's Undefined: no request
    if store is None:
        return page.get_url()
    urls = store.setdefault("_masthead_page_urls", {})
    if page.pk not in urls:
        urls[page.pk] = page.get_url(request)
    return urls[page.pk]


@register.simple_tag(takes_context=True)
def jinja_component(context, template_name, **values):
    """Render a Jinja2 component (core/jinja2/components/) from a Django template."""
    from django.template import engines

    template = engines["jinja2"].get_template(template_name)
    # Jinja2 escaped the values already (autoescape is on).
    return mark_safe(template.render(values, context.get("request")))  # noqa: S308
