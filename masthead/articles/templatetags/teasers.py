"""`{% teaser article lead=True %}`: one teaser, from the fragment cache when it
is there (articles/teasers.py). Rivers draw theirs with the river component."""

from django import template

from masthead.articles.teasers import teaser as cached_teaser

register = template.Library()


@register.simple_tag(takes_context=True)
def teaser(context, article, **variant):
    return cached_teaser(context.get("request"), article, **variant)
