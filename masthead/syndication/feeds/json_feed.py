"""JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), written plainly."""

from django.http import JsonResponse

from .base import FEED_FORMATS, feed_channel

VERSION = "https://jsonfeed.org/version/1.1"


def json_feed(request, kind: str = "", slug: str = "") -> JsonResponse:
    channel = feed_channel(request, kind, slug)
    return JsonResponse(
        json_feed_document(channel),
        content_type=f"{FEED_FORMATS['json'].mime_type}; charset=utf-8",
        json_dumps_params={"ensure_ascii": False, "indent": 1},
    )


def json_feed_document(channel) -> dict:
    return {
        "version": VERSION,
        "title": channel.title,
        "home_page_url": channel.home_page_url,
        "feed_url": channel.feed_url("json"),
        "description": channel.description,
        "language": channel.language,
        "items": [json_feed_item(entry) for entry in channel.entries],
    }


def json_feed_item(entry) -> dict:
    item = {
        "id": entry.id,
        "url": entry.url,
        "title": entry.title,
        "summary": entry.summary,
        # The spec asks every item for content; without full text it is the
        # summary's HTML, which also carries the picture's credit.
        "content_html": entry.content_html or entry.summary_html,
        "date_published": entry.published.isoformat(),
        "date_modified": entry.updated.isoformat(),
        "authors": [{"name": author.name, "url": author.url} for author in entry.authors],
        "tags": list(entry.tags),
    }
    if entry.image is not None:
        item["image"] = entry.image.url
    if entry.original_url:
        item["external_url"] = entry.original_url
    return item
