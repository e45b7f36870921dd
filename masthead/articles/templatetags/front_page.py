"""`{% front_page_side_boxes %}`: what the apps above this one put in the front
page's side column, under the QiOSK: each function registered with the
`masthead_front_page_side` hook returns its HTML for the request (the
newsletter's signup box: newsletter/wagtail_hooks.py). The articles app
cannot include their templates itself (docs/architecture.md)."""

from django import template
from django.utils.safestring import mark_safe
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def front_page_side_boxes(context):
    request = context.get("request")
    # Each box is HTML rendered from its app's own template.
    return mark_safe("".join(box(request) for box in hooks.get_hooks("masthead_front_page_side")))  # noqa: S308
