"""Helpers to read what a reader gets from a page."""

import json
import re


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
