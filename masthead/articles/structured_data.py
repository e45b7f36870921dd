"""schema.org data as dicts ready for JSON-LD: an article page's `NewsArticle`
and `BreadcrumbList`, the front page's `WebSite` with its search box.

Every address is absolute and built from the site record (core/absolute_urls.py),
never from the Host header: this data is kept in page fragments.
"""

from django.urls import reverse

from masthead.core.absolute_urls import site_absolute_url, site_root_url
from masthead.core.iso_dates import iso_datetime
from masthead.core.models import SiteSettings
from masthead.images.renditions import rendition

# The magazine's 512-px app icon, drawn from the logo in the settings (or from
# the magazine's initial): one logo, purged with the settings (images/icons.py).
LOGO_SIZE = 512


def _absolute(request, url: str) -> str:
    return site_absolute_url(request, url)


def _home_url(request) -> str:
    return site_root_url(request) + "/"


def image_object(image, rendition, request, caption: str = "") -> dict:
    """A credited picture: its credit and the terms it is used under. A picture
    with no public licence deed (staff, agency) names its licence in words."""
    data = {
        "@type": "ImageObject",
        "url": _absolute(request, rendition.url),
        "contentUrl": _absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "caption": caption or image.caption,
        "creditText": image.credit,
        "copyrightNotice": image.credit,
        "license": image.licence_url
        or {"@type": "CreativeWork", "name": image.get_licence_display()},
    }
    if image.source_url:
        data["acquireLicensePage"] = image.source_url
    return data


def logo_object(request) -> dict:
    """The publisher's logo: the magazine's square icon. Its address never
    changes when the logo does (the icon is purged, not renamed), so the
    fragments that print it need no version of the logo."""
    return {
        "@type": "ImageObject",
        "url": _absolute(request, reverse("images:app_icon", args=[LOGO_SIZE])),
        "width": LOGO_SIZE,
        "height": LOGO_SIZE,
    }


def publisher_object(request, site_settings) -> dict:
    return {
        "@type": "NewsMediaOrganization",
        "name": site_settings.name,
        "url": _home_url(request),
        "logo": logo_object(request),
    }


def article_section(sections) -> str | list[str]:
    """schema.org's `articleSection`: the main section's name, then its further
    sections' (a property may repeat: a list, in JSON-LD)."""
    names = [section.title for section in sections]
    return names[0] if len(names) == 1 else names


def correction_comments(article) -> list[dict]:
    """schema.org's `correction`: each correction as a dated `CorrectionComment`,
    in the order the page lists them."""
    return [
        {
            "@type": "CorrectionComment",
            "text": correction.text,
            "datePublished": iso_datetime(correction.corrected_on),
        }
        for correction in article.corrections_in_order
    ]


def article_json_ld(article, request) -> dict:
    """The article as a `NewsArticle`. A republished piece's `url` is its
    canonical address, the partner's original, as the page's canonical link."""
    site_settings = SiteSettings.for_request(request)
    canonical = article.canonical_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.dek,
        "url": canonical,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "datePublished": iso_datetime(article.display_date),
        "dateModified": iso_datetime(article.updated_at or article.display_date),
        "author": [
            {
                "@type": "Person",
                "name": author.title,
                "url": author.get_full_url(request),
                **({"jobTitle": author.role} if author.role else {}),
            }
            for author in article.authors
        ],
        "publisher": publisher_object(request, site_settings),
    }
    sections = [article.section] if article.section_id else []
    sections += article.also_in_sections
    if sections:
        data["articleSection"] = article_section(sections)
    if article.format_id:
        data["genre"] = article.format.title
    if article.live_topics:
        data["keywords"] = [topic.title for topic in article.live_topics]
    if article.hero_image is not None:
        hero = rendition(article.hero_image, "hero")
        data["image"] = image_object(article.hero_image, hero, request, article.hero_caption)
    corrections = correction_comments(article)
    if corrections:
        data["correction"] = corrections
    if article.is_republished:
        data["isBasedOn"] = article.original_url
        data["sourceOrganization"] = {
            "@type": "Organization",
            "name": article.partner.name,
            "url": article.partner.site_url,
        }
        data["creditText"] = article.attribution_line
    return data


def article_breadcrumbs_json_ld(article, request) -> dict:
    """Where the article stands on our site: front page, section, article."""
    site_settings = SiteSettings.for_request(request)
    trail = [(site_settings.name, _home_url(request))]
    if article.section_id:
        trail.append((article.section.title, article.section.get_full_url(request)))
    trail.append((article.title, article.get_full_url(request)))
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def website_json_ld(request) -> dict:
    """The magazine as a `WebSite`, with the search box search engines may offer."""
    site_settings = SiteSettings.for_request(request)
    search = _absolute(request, reverse("search:search"))
    data = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site_settings.name,
        "url": _home_url(request),
        "publisher": publisher_object(request, site_settings),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
    if site_settings.tagline:
        data["description"] = site_settings.tagline
    return data
