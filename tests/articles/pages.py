"""Helpers to read what a reader gets from a page."""

import json
import re
from html import unescape


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return response.content.decode()


def json_ld_of(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.DOTALL)
    return [json.loads(block) for block in blocks]


def canonical_of(html: str) -> str:
    match = re.search(r'<link rel="canonical" href="([^"]*)">', html)
    return match.group(1) if match else ""


def region(html: str, css_class: str) -> str:
    """The part of a page in the section or aside of class `css_class`."""
    return html.split(f'class="{css_class}"')[1].split("</section>")[0].split("</aside>")[0]


def headlines(html: str) -> list[str]:
    return re.findall(r'class="teaser__headline"><a href="[^"]+">([^<]+)</a>', html)


def teaser_urls(html: str) -> list[str]:
    return re.findall(r'class="teaser__headline"><a href="([^"]+)">', html)


def meta(html: str, attribute: str, name: str) -> list[str]:
    """The content of every <meta {attribute}="{name}">."""
    pattern = rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)">'
    return [unescape(value) for value in re.findall(pattern, html)]


def og(html: str, name: str) -> str:
    (value,) = meta(html, "property", f"og:{name}")
    return value
