"""schema.org NewsArticle for an article page, as a dict ready for JSON-LD."""

from masthead.core.absolute_urls import site_absolute_url
from masthead.core.models import SiteSettings
from masthead.images.renditions import rendition


def _absolute(request, url: str) -> str:
    return site_absolute_url(request, url)


def image_object(image, rendition, request, caption: str = "") -> dict:
    data = {
        "@type": "ImageObject",
        "url": _absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "caption": caption or image.caption,
        "creditText": image.credit,
        "copyrightNotice": image.credit,
    }
    if image.licence_url:
        data["license"] = image.licence_url
    if image.source_url:
        data["acquireLicensePage"] = image.source_url
    return data


def article_json_ld(article, request) -> dict:
    settings_name = SiteSettings.for_request(request).name if request is not None else None
    page_url = article.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.dek,
        "url": page_url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.canonical_url(request)},
        "datePublished": article.display_date.isoformat(),
        "dateModified": (article.updated_at or article.display_date).isoformat(),
        "author": [
            {
                "@type": "Person",
                "name": author.title,
                "url": author.get_full_url(request),
                **({"jobTitle": author.role} if author.role else {}),
            }
            for author in article.authors
        ],
        "publisher": {"@type": "Organization", "name": settings_name or "Masthead"},
    }
    if article.section_id:
        data["articleSection"] = article.section.title
    if article.format_id:
        data["genre"] = article.format.title
    if article.hero_image is not None:
        hero = rendition(article.hero_image, "hero")
        data["image"] = image_object(article.hero_image, hero, request, article.hero_caption)
    if article.is_republished:
        data["isBasedOn"] = article.original_url
        data["sourceOrganization"] = {
            "@type": "Organization",
            "name": article.partner.name,
            "url": article.partner.site_url,
        }
        data["creditText"] = article.attribution_line
    return data
