"""/robots.txt: crawl everything but the admin, and read both sitemaps."""

import pytest

pytestmark = pytest.mark.django_db


def robots_lines(client, **headers) -> list[str]:
    response = client.get("/robots.txt", **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    return response.content.decode().splitlines()


def test_robots_keeps_crawlers_out_of_the_admin_only(client, magazine):
    lines = robots_lines(client)
    assert lines[0] == "User-agent: *"
    assert [line for line in lines if line.startswith("Disallow:")] == [
        "Disallow: /admin/",
        "Disallow: /django-admin/",
    ]
    assert "Allow: /" in lines


def test_robots_points_at_both_sitemaps_with_absolute_urls(client, magazine):
    assert [line for line in robots_lines(client) if line.startswith("Sitemap:")] == [
        "Sitemap: http://testserver/sitemap.xml",
        "Sitemap: http://testserver/news-sitemap.xml",
    ]


def test_robots_builds_its_urls_from_the_site_record_not_the_host_header(client, magazine):
    assert "Sitemap: http://testserver/sitemap.xml" in robots_lines(client, HTTP_HOST="localhost")
