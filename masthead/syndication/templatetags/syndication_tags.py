"""Template tags for the magazine's outbound feeds."""

from django import template

from masthead.syndication.feeds.links import advertised_feeds

register = template.Library()


@register.inclusion_tag("components/feed_links.html", takes_context=True)
def feed_links(context):
    """<link rel="alternate"> for the magazine's feeds and, on a section,
    format, author or topic page, for that page's own."""
    return {"feeds": advertised_feeds(context.get("request"), context.get("page"))}
