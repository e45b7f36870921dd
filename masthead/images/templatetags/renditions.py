"""`{% rendition image "hero" as hero %}`: a named rendition (images/renditions.py)."""

from django import template

from masthead.images.renditions import rendition as named_rendition

register = template.Library()


@register.simple_tag(name="rendition")
def rendition_tag(image, name: str):
    return named_rendition(image, name)
