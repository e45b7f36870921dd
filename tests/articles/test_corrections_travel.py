"""A correction travels: publishing one dates the piece "Updated", puts a dated
notice under its header, and reaches its JSON-LD, its share card, the sitemap
and the HTML others may republish.

The feeds are in tests/syndication/feeds/test_feed_corrections.py, the
round-up in tests/newsletter/test_roundup_corrections.py."""

import datetime
import html as html_module
import re
import xml.etree.ElementTree as ET

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.dateformat import format as date_format

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory
from masthead.articles.models import ArticleCorrection, ArticlePage
from masthead.core import purge as purging
from masthead.core.iso_dates import iso_datetime
from masthead.core.surrogate_keys import LIST_ALL

from .admin_forms import article_edit_url, article_form_data
from .pages import html_of, json_ld_of

pytestmark = pytest.mark.django_db

PUBLISHED = datetime.datetime(2026, 11, 2, 9, 30, tzinfo=datetime.UTC)
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def article(magazine):
    """A piece published on 2 November, never corrected, open to republishing."""
    return ArticlePageFactory(
        title="The strait talks resume",
        authors=[AuthorPageFactory(title="Amara Okafor")],
        licence="cc_by_nd",
        published_at=PUBLISHED,
    )


def correct(article, day: datetime.date, text: str) -> ArticlePage:
    """Add a correction and publish, as the editor's "Publish" does; the piece
    as it now is in the database."""
    page = ArticlePage.objects.get(pk=article.pk)
    page.corrections.add(ArticleCorrection(corrected_on=day, text=text))
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


def publish_in_admin(client, article, **fields):
    """The editor's "Publish" in the admin, with the edit form as it is drawn."""
    data = article_form_data(client, article, **fields)
    data["action-publish"] = "action-publish"
    response = client.post(article_edit_url(article), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return ArticlePage.objects.get(pk=article.pk)


def dateline_of(html: str) -> str:
    return re.search(r'<p class="dateline">(.*?)</p>', html, re.DOTALL).group(1)


def header_of(html: str) -> str:
    return html.split('<header class="article__header">')[1].split("</header>")[0]


def notice_of(html: str) -> str:
    match = re.search(r'<p class="correction-notice" role="note">(.*?)</p>', header_of(html))
    return match.group(1) if match else ""


def modified_time_of(html: str) -> str:
    (value,) = re.findall(r'<meta property="article:modified_time" content="([^"]*)">', html)
    return value


def news_article_of(html: str) -> dict:
    (data,) = [block for block in json_ld_of(html) if block["@type"] == "NewsArticle"]
    return data


def updated_words(moment: datetime.datetime) -> str:
    """How the dateline prints an update time: "Updated 30 November 2026, 16:05"."""
    shown = date_format(timezone.localtime(moment), "j F Y, H:i")
    return f'Updated <time datetime="{iso_datetime(moment)}">{shown}</time>'


# -- the updated time ---------------------------------------------------------


def test_a_correction_published_in_the_admin_dates_the_piece_updated(editor_client, article):
    fields = {
        "corrections-TOTAL_FORMS": "1",
        "corrections-0-id": "",
        "corrections-0-ORDER": "1",
        "corrections-0-DELETE": "",
        "corrections-0-corrected_on": "2026-11-30",
        "corrections-0-text": "An earlier version gave the wrong venue.",
    }
    corrected = publish_in_admin(editor_client, article, **fields)
    assert corrected.updated_at == corrected.last_published_at
    html = html_of(Client(), article.url)
    assert updated_words(corrected.updated_at) in dateline_of(html)
    assert "An earlier version gave the wrong venue." in html.split('class="corrections"')[1]


def test_the_share_card_the_json_ld_and_the_dateline_carry_the_time_of_the_correction(
    client, article
):
    corrected = correct(article, datetime.date(2026, 11, 30), "The vote was on Tuesday.")
    html = html_of(client, article.url)
    assert corrected.updated_at == corrected.last_published_at
    assert updated_words(corrected.updated_at) in dateline_of(html)
    assert modified_time_of(html) == iso_datetime(corrected.updated_at)
    data = news_article_of(html)
    assert data["dateModified"] == iso_datetime(corrected.updated_at)
    assert data["datePublished"] == "2026-11-02T09:30:00+00:00"


def test_an_edit_without_a_correction_leaves_the_piece_not_updated(client, article):
    page = ArticlePage.objects.get(pk=article.pk)
    page.dek = "A shorter dek."
    page.save_revision().publish()
    html = html_of(client, article.url)
    assert "Updated" not in dateline_of(html)
    assert modified_time_of(html) == "2026-11-02T09:30:00+00:00"


def test_a_later_edit_keeps_the_time_of_the_correction(editor_client, article):
    corrected = correct(article, datetime.date(2026, 11, 30), "The vote was on Tuesday.")
    # The editor's next edit starts from the revision drafted before the
    # correction went live; the time that publication set stays.
    edited = publish_in_admin(editor_client, corrected, title="The strait talks resume, again")
    assert edited.updated_at == corrected.updated_at
    html = html_of(Client(), article.url)
    assert "The strait talks resume, again" in html
    assert updated_words(corrected.updated_at) in dateline_of(html)


def test_a_second_correction_moves_the_updated_time_on(client, article):
    first = correct(article, datetime.date(2026, 11, 28), "The vote was on Tuesday.")
    second = correct(first, datetime.date(2026, 11, 30), "The minister is a woman.")
    assert second.updated_at == second.last_published_at > first.updated_at
    assert updated_words(second.updated_at) in dateline_of(html_of(client, article.url))


def test_a_piece_first_published_with_a_correction_is_not_dated_updated(client, magazine):
    piece = ArticlePageFactory(
        published_at=PUBLISHED, corrections=[(datetime.date(2026, 11, 2), "A wrong date.")]
    )
    html = html_of(client, piece.url)
    assert "Updated" not in dateline_of(html)
    assert notice_of(html)


def test_the_sitemap_dates_the_piece_by_its_correction(client, article):
    corrected = correct(article, datetime.date(2026, 11, 30), "The vote was on Tuesday.")
    response = client.get("/sitemap.xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    lastmods = {
        url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod")
        for url in root.iter(f"{SITEMAP}url")
    }
    expected = timezone.localtime(corrected.updated_at).date().isoformat()
    assert lastmods[f"http://testserver{article.url}"] == expected


# -- the notice under the header ------------------------------------------------


def test_a_corrected_piece_says_so_under_its_header_with_a_link_to_the_corrections(client, article):
    first = correct(article, datetime.date(2026, 11, 28), "The vote was on Tuesday.")
    correct(first, datetime.date(2026, 12, 3), "The minister is a woman.")
    html = html_of(client, article.url)
    notice = notice_of(html)
    assert notice == (
        'Corrected <time datetime="2026-12-03">3 December 2026</time>: '
        '<a href="#corrections">see the corrections at the end of the article</a>.'
    )
    assert '<section class="corrections" id="corrections"' in html
    # The notice comes after the dateline, in the article's header.
    header = header_of(html)
    assert header.index('class="dateline"') < header.index('class="correction-notice"')


def test_one_correction_is_named_in_the_singular(client, article):
    correct(article, datetime.date(2026, 11, 30), "The vote was on Tuesday.")
    notice = notice_of(html_of(client, article.url))
    assert '<time datetime="2026-11-30">30 November 2026</time>' in notice
    assert "see the correction at the end of the article" in notice


def test_a_piece_without_corrections_has_no_notice(client, article):
    html = html_of(client, article.url)
    assert "correction-notice" not in html
    assert 'id="corrections"' not in html


def test_the_notice_and_the_update_show_at_once_when_fragments_are_kept(client, article):
    html_of(client, article.url)  # the page's fragments are now in the cache
    corrected = correct(article, datetime.date(2026, 11, 30), "The vote was on Tuesday.")
    html = html_of(client, article.url)
    assert "30 November 2026" in notice_of(html)
    assert updated_words(corrected.updated_at) in dateline_of(html)
    assert news_article_of(html)["correction"][0]["text"] == "The vote was on Tuesday."


# -- JSON-LD ------------------------------------------------------------------


def test_the_json_ld_carries_each_correction_as_a_dated_correction_comment(client, article):
    first = correct(article, datetime.date(2026, 11, 28), "The vote was on Tuesday.")
    correct(first, datetime.date(2026, 12, 3), 'The "minister" is a woman.')
    data = news_article_of(html_of(client, article.url))
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "The vote was on Tuesday.",
            "datePublished": "2026-11-28",
        },
        {
            "@type": "CorrectionComment",
            "text": 'The "minister" is a woman.',
            "datePublished": "2026-12-03",
        },
    ]


def test_an_uncorrected_piece_has_no_correction_in_its_json_ld(client, article):
    assert "correction" not in news_article_of(html_of(client, article.url))


# -- the republish HTML -----------------------------------------------------------


def republish_html_of(html: str) -> str:
    box = html.split('<textarea id="republish-html"')[1].split("</textarea>")[0]
    return html_module.unescape(box.split(">", 1)[1])


def test_the_republish_html_ends_with_the_corrections_before_the_credit(client, article):
    correct(article, datetime.date(2026, 11, 30), "The vote was on Tuesday.")
    copy = republish_html_of(html_of(client, article.url))
    corrections = (
        "<h2>Corrections</h2><ul>"
        '<li><time datetime="2026-11-30">30 November 2026</time>: The vote was on Tuesday.</li>'
        "</ul>"
    )
    assert corrections in copy
    assert copy.index(corrections) < copy.index("This article first appeared in")
    assert copy.index("The second paragraph adds the evidence") < copy.index(corrections)


def test_the_republish_html_of_an_uncorrected_piece_has_no_corrections(client, article):
    assert "Corrections" not in republish_html_of(html_of(client, article.url))


# -- the page cache -------------------------------------------------------------


def test_publishing_a_correction_purges_the_piece_and_the_lists_it_is_in(
    client, article, settings, django_capture_on_commit_callbacks
):
    settings.MASTHEAD_CACHE_PURGER = "memory"
    purging.memory_purges.clear()
    page_keys = set(client.get(article.url)["xkey"].split())
    with django_capture_on_commit_callbacks(execute=True):
        correct(article, datetime.date(2026, 11, 30), "The vote was on Tuesday.")
    purged = {key for keys, _urls in purging.memory_purges for key in keys}
    purging.memory_purges.clear()
    assert f"page-{article.pk}" in page_keys & purged
    assert LIST_ALL in purged  # the front page, the feeds, the sitemap
