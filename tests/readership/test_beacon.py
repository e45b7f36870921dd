"""The read beacon: the tiny picture an article loads counts one read, sets no
cookie, keeps nothing about the reader, and leaves robots, prefetches, HEAD
requests, editors and pages that are not live uncounted."""

import re

import pytest
from django.db import connection

from masthead.articles.factories import ArticlePageFactory
from masthead.readership.models import DailyReads

pytestmark = pytest.mark.django_db

BROWSER = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/140.0.0.0 Safari/537.36"
)
AS_A_READER = {"HTTP_USER_AGENT": BROWSER}


@pytest.fixture(scope="module")
def pieces(shared_rows):
    with shared_rows():
        yield {
            "article": ArticlePageFactory(title="The grain corridor holds"),
            "draft": ArticlePageFactory(title="Not out yet", live=False),
        }


def beacon_of(html: str) -> str:
    (url,) = re.findall(r'<img class="visually-hidden" src="(/read/\d+\.gif)" alt=""', html)
    return url


def reads_of(page) -> int:
    return sum(DailyReads.objects.filter(page=page).values_list("count", flat=True))


def test_an_article_loads_its_beacon_at_once_and_hidden(client, pieces):
    html = client.get(pieces["article"].url).content.decode()
    (tag,) = re.findall(r"<img[^>]*/read/[^>]*>", html)
    assert beacon_of(html) == f"/read/{pieces['article'].pk}.gif"
    assert 'loading="lazy"' not in tag  # asked for as the page loads, not when scrolled to
    assert 'alt=""' in tag and 'referrerpolicy="no-referrer"' in tag


def test_each_load_of_the_beacon_counts_one_read(client, pieces):
    url = f"/read/{pieces['article'].pk}.gif"
    first = client.get(url, **AS_A_READER)
    client.get(url, **AS_A_READER)
    assert reads_of(pieces["article"]) == 2
    assert first.status_code == 200 and first["Content-Type"] == "image/gif"
    assert first.content.startswith(b"GIF89a")


def test_the_beacon_is_never_cached_and_sets_no_cookie(client, pieces):
    answer = client.get(f"/read/{pieces['article'].pk}.gif", **AS_A_READER)
    assert answer["Cache-Control"] == "private, no-store"
    assert "xkey" not in answer
    assert not answer.cookies
    assert not client.cookies


def test_nothing_about_the_reader_is_stored_anywhere(client, pieces):
    """The reader's address, browser and the page they came from are in no
    table of the database after the read: only the day's count went up."""
    address, agent, referrer = "203.0.113.77", f"{BROWSER} Marker/4242", "https://news.example/x"
    client.get(
        f"/read/{pieces['article'].pk}.gif",
        REMOTE_ADDR=address,
        HTTP_X_FORWARDED_FOR=address,
        HTTP_USER_AGENT=agent,
        HTTP_REFERER=referrer,
    )
    assert reads_of(pieces["article"]) == 1
    found = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                text = " ".join(str(value) for value in row)
                found += [(table, secret) for secret in (address, "Marker/4242") if secret in text]
                if referrer in text:
                    found.append((table, referrer))
    assert found == []
    assert [field.name for field in DailyReads._meta.get_fields()] == ["id", "page", "day", "count"]


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/140.0.0.0",
        "curl/8.5.0",
        "Wget/1.21.4",
        "python-requests/2.32.3",
        "Go-http-client/2.0",
        "SiteCrawler 3.1",
        "",
    ],
)
def test_robots_tools_and_headless_browsers_are_not_counted(client, pieces, agent):
    answer = client.get(f"/read/{pieces['article'].pk}.gif", HTTP_USER_AGENT=agent)
    assert answer.status_code == 200
    assert reads_of(pieces["article"]) == 0


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_PURPOSE": "prefetch"},
        {"HTTP_SEC_PURPOSE": "prefetch;prerender"},
        {"HTTP_PURPOSE": "prefetch"},
    ],
)
def test_a_page_fetched_ahead_of_time_is_not_a_read(client, pieces, headers):
    client.get(f"/read/{pieces['article'].pk}.gif", **AS_A_READER, **headers)
    assert reads_of(pieces["article"]) == 0


def test_a_head_request_reads_nothing(client, pieces):
    assert client.head(f"/read/{pieces['article'].pk}.gif", **AS_A_READER).status_code == 200
    assert reads_of(pieces["article"]) == 0


def test_only_get_and_head_are_answered(client, pieces):
    assert client.post(f"/read/{pieces['article'].pk}.gif", **AS_A_READER).status_code == 405
    assert reads_of(pieces["article"]) == 0


def test_an_editor_checking_a_piece_is_not_a_reader(editor_client, pieces):
    editor_client.get(f"/read/{pieces['article'].pk}.gif", **AS_A_READER)
    assert reads_of(pieces["article"]) == 0


@pytest.mark.parametrize("which", ["draft", "unknown", "too large"])
def test_a_page_that_is_not_live_is_not_counted_and_the_beacon_still_answers(client, pieces, which):
    page_id = {"draft": pieces["draft"].pk, "unknown": 987654, "too large": 10**30}[which]
    answer = client.get(f"/read/{page_id}.gif", **AS_A_READER)
    assert answer.status_code == 200 and answer.content.startswith(b"GIF89a")
    assert not DailyReads.objects.exists()


def test_the_beacon_is_not_in_a_preview(pieces):
    """An editor's preview of a piece is not a read."""
    preview = pieces["article"].make_preview_request()
    assert preview.status_code == 200
    assert "/read/" not in preview.render().content.decode()
