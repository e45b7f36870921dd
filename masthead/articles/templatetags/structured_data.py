"""`{% website_json_ld as data %}{% json_ld data %}`: the front page's schema.org
`WebSite` (articles/structured_data.py); an article's comes with its context."""

from django import template

from masthead.articles.structured_data import website_json_ld as website_data

register = template.Library()


@register.simple_tag(takes_context=True)
def website_json_ld(context):
    return website_data(context.get("request"))
