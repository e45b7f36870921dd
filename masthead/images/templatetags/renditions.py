"""`{% rendition image "hero" as hero %}`: a named rendition; `{% picture image
"hero" as hero %}`: a named <picture>, for the picture component (images/renditions.py)."""

from django import template

from masthead.images.renditions import picture as named_picture
from masthead.images.renditions import rendition as named_rendition

register = template.Library()


@register.simple_tag(name="rendition")
def rendition_tag(image, name: str):
    return named_rendition(image, name)


@register.simple_tag(name="picture")
def picture_tag(image, name: str):
    return named_picture(image, name)
