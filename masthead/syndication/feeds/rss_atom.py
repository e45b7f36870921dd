"""RSS 2.0 and Atom 1.0, written by Django's syndication framework.

Both carry every author (RSS: one dc:creator each), the hero image with its
credit (Media RSS), and the full text when the magazine gives it.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, rfc3339_date

from .base import feed_channel

DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
MEDIA_RSS = "http://search.yahoo.com/mrss/"
CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/"


def add_media_content(handler, image):
    """The hero image as Media RSS, which RSS and Atom readers both understand.

    Preferred over an RSS <enclosure>, which needs the file's length in bytes
    and has no place for a credit. No <media:description>: feedparser (and the
    readers built on it) would take the alt text for the entry's content.
    """
    if image is None:
        return
    handler.startElement(
        "media:content",
        {
            "url": image.url,
            "medium": "image",
            "type": image.mime_type,
            "width": str(image.width),
            "height": str(image.height),
        },
    )
    handler.addQuickElement("media:credit", image.credit)
    if image.licence_url:
        handler.addQuickElement(
            "media:license", image.licence, {"type": "text/html", "href": image.licence_url}
        )
    handler.endElement("media:content")


class MagazineRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": DUBLIN_CORE,
            "xmlns:media": MEDIA_RSS,
            "xmlns:content": CONTENT_MODULE,
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry = item["entry"]
        for author in entry.authors:
            handler.addQuickElement("dc:creator", author.name)
        # RSS has no "updated"; Atom's element (namespace declared by Django) is
        # the common extension for it.
        handler.addQuickElement("atom:updated", rfc3339_date(entry.updated))
        add_media_content(handler, entry.image)
        if entry.content_html:
            handler.addQuickElement("content:encoded", entry.content_html)


class MagazineAtomFeed(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_RSS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        entry = item["entry"]
        for author in entry.authors:
            handler.startElement("author", {})
            handler.addQuickElement("name", author.name)
            handler.addQuickElement("uri", author.url)
            handler.endElement("author")
        if entry.original_url:
            handler.addQuickElement("link", "", {"rel": "via", "href": entry.original_url})
        if entry.image is not None:
            handler.addQuickElement(
                "link",
                "",
                {"rel": "enclosure", "href": entry.image.url, "type": entry.image.mime_type},
            )
        add_media_content(handler, entry.image)
        if entry.content_html:
            handler.addQuickElement("content", entry.content_html, {"type": "html"})


class ArticleRssFeed(Feed):
    """The magazine's articles, or one section's, format's, author's or topic's, as RSS 2.0.

    Every method reads the `FeedChannel` (or one of its entries), which holds
    the request's site, so a Feed instance stays safe to share between threads.
    """

    feed_type = MagazineRssFeed
    feed_format = "rss"
    item_guid_is_permalink = True

    def get_object(self, request, kind="", slug=""):
        return feed_channel(request, kind, slug)

    def title(self, channel):
        return channel.title

    def link(self, channel):
        return channel.home_page_url

    def feed_url(self, channel):
        return channel.feed_url(self.feed_format)

    def feed_guid(self, channel):
        return channel.feed_url(self.feed_format)

    def description(self, channel):
        return channel.description

    def subtitle(self, channel):
        return channel.description

    def author_name(self, channel):
        return channel.publisher

    def items(self, channel):
        return channel.entries

    def item_title(self, entry):
        # Plain text: the XML writer escapes it once, as readers expect.
        return entry.title

    def item_link(self, entry):
        return entry.url

    def item_guid(self, entry):
        return entry.id

    def item_description(self, entry):
        return entry.summary_html

    def item_pubdate(self, entry):
        return entry.published

    def item_updateddate(self, entry):
        return entry.updated

    def item_categories(self, entry):
        return entry.tags

    def item_extra_kwargs(self, entry):
        return {"entry": entry}


class ArticleAtomFeed(ArticleRssFeed):
    """The same feed as Atom 1.0."""

    feed_type = MagazineAtomFeed
    feed_format = "atom"
