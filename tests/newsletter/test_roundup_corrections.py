"""The round-up lists the pieces corrected during its week ("Corrections this
week"), in the email, its plain text and the issue's page in the archive."""

import datetime
import re

import pytest
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory
from masthead.articles.models import ArticleCorrection, ArticlePage
from masthead.core import purge as purging
from masthead.newsletter.mail.rendering import roundup_render, site_root_url
from masthead.newsletter.models import RoundupIssue
from masthead.newsletter.services.drafting import roundup_draft

pytestmark = pytest.mark.django_db


def day_of(moment: datetime.datetime) -> datetime.date:
    """The date in the magazine's time zone."""
    return timezone.localtime(moment, timezone.get_default_timezone()).date()


def today() -> datetime.date:
    return day_of(timezone.now())


def correct(article, day: datetime.date, text: str) -> ArticlePage:
    page = ArticlePage.objects.get(pk=article.pk)
    page.corrections.add(ArticleCorrection(corrected_on=day, text=text))
    page.save_revision().publish()
    return ArticlePage.objects.get(pk=article.pk)


@pytest.fixture
def older(week):
    """A piece from a month ago, in Europe, outside the week's pieces."""
    return ArticlePageFactory(
        title="The port deal, revisited",
        section=week["europe"],
        published_at=timezone.now() - datetime.timedelta(days=30),
    )


def corrections_section(html: str) -> str:
    """The email's "Corrections this week", up to its footer."""
    if "Corrections this week" not in html:
        return ""
    return html.split("Corrections this week")[1].split('class="footer"')[0]


def text_section(text: str) -> str:
    if "CORRECTIONS THIS WEEK" not in text:
        return ""
    return text.split("CORRECTIONS THIS WEEK")[1].split("\n--\n")[0]


def test_the_draft_lists_the_pieces_corrected_this_week_with_the_text_and_a_link(older, week):
    correct(older, today(), "An earlier version named the wrong port.")
    rendered = roundup_render(roundup_draft())
    section = corrections_section(rendered.html)
    url = f"{site_root_url()}{older.url}"
    assert re.search(rf'<a href="{re.escape(url)}"[^>]*>The port deal, revisited</a>', section)
    assert f"corrected {today():%-d %B %Y}: An earlier version named the wrong port." in section
    # After the week's pieces: the briefs come first.
    assert rendered.html.index("Briefs</h2>") < rendered.html.index("Corrections this week")


def test_the_plain_text_lists_them_too(older, week):
    correct(older, today(), "An earlier version named the wrong port.")
    text = roundup_render(roundup_draft()).text
    section = text_section(text)
    assert (
        f"* The port deal, revisited, corrected {today():%-d %B %Y}: "
        "An earlier version named the wrong port." in section
    )
    assert f"  {site_root_url()}{older.url}" in section


def test_a_piece_of_the_week_corrected_the_same_week_is_listed(week):
    correct(week["news"], today(), "The talks resume on Tuesday, not Monday.")
    section = corrections_section(roundup_render(roundup_draft()).html)
    assert "Talks resume in Addis" in section
    assert "The talks resume on Tuesday, not Monday." in section


def test_corrections_dated_before_the_week_are_left_out(older, week):
    correct(older, today() - datetime.timedelta(days=10), "A correction from an earlier week.")
    rendered = roundup_render(roundup_draft())
    assert corrections_section(rendered.html) == ""
    assert text_section(rendered.text) == ""


def test_a_week_without_corrections_has_no_such_section(week):
    rendered = roundup_render(roundup_draft())
    assert "Corrections this week" not in rendered.html
    assert "CORRECTIONS THIS WEEK" not in rendered.text


def test_the_corrections_of_the_next_week_go_in_the_next_issue(older, week):
    first = roundup_draft()
    later = timezone.now() + datetime.timedelta(days=8)
    ArticlePageFactory(title="A new piece", published_at=later - datetime.timedelta(days=1))
    correct(older, day_of(later), "Named the wrong port again.")
    second = roundup_draft(later)
    assert "Named the wrong port again." in corrections_section(roundup_render(second).html)
    assert corrections_section(roundup_render(first).html) == ""


def test_a_reader_who_chose_sections_gets_only_their_corrections(older, week):
    correct(older, today(), "An earlier version named the wrong port.")
    correct(week["news"], today(), "The talks resume on Tuesday, not Monday.")
    issue = roundup_draft()
    africa_only = corrections_section(roundup_render(issue, {week["africa"].pk}).html)
    assert "The talks resume on Tuesday, not Monday." in africa_only
    assert "The port deal, revisited" not in africa_only


def test_a_corrected_piece_since_unpublished_is_left_out(older, week):
    correct(older, today(), "An earlier version named the wrong port.")
    issue = roundup_draft()
    ArticlePage.objects.get(pk=older.pk).unpublish()
    assert corrections_section(roundup_render(issue).html) == ""


def test_the_sent_issue_in_the_archive_shows_the_corrections(client, older, week):
    correct(older, today(), "An earlier version named the wrong port.")
    issue = roundup_draft()
    RoundupIssue.objects.filter(pk=issue.pk).update(
        status=RoundupIssue.Status.SENT, sent_at=timezone.now()
    )
    response = client.get(issue.get_absolute_url())
    html = response.content.decode()
    section = html.split('<section class="roundup__corrections"')[1].split("</section>")[0]
    assert '<h2 id="roundup-corrections">Corrections this week</h2>' in section
    assert f'<a href="{older.url}">The port deal, revisited</a>' in section
    assert "An earlier version named the wrong port." in section
    # The page names the corrected piece: a further correction purges it.
    assert f"page-{older.pk}" in response["xkey"].split()


def test_a_correction_purges_the_archived_issue_that_lists_the_piece(
    client, older, week, settings, django_capture_on_commit_callbacks
):
    correct(older, today(), "An earlier version named the wrong port.")
    issue = roundup_draft()
    RoundupIssue.objects.filter(pk=issue.pk).update(
        status=RoundupIssue.Status.SENT, sent_at=timezone.now()
    )
    page_keys = set(client.get(issue.get_absolute_url())["xkey"].split())
    settings.MASTHEAD_CACHE_PURGER = "memory"
    purging.memory_purges.clear()
    with django_capture_on_commit_callbacks(execute=True):
        correct(older, today(), "And the wrong year.")
    purged = {key for keys, _urls in purging.memory_purges for key in keys}
    purging.memory_purges.clear()
    assert page_keys & purged
