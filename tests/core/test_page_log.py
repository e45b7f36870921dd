"""core/page_log.py: the pages' generation, and view restrictions in one query
that guard exactly the pages Wagtail's own lookup guards."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, PageViewRestriction

from masthead.articles.factories import ArticlePageFactory, SectionPageFactory
from masthead.core.page_log import pages_generation, view_restrictions

pytestmark = pytest.mark.django_db


def restrict(page, kind=PageViewRestriction.LOGIN) -> PageViewRestriction:
    return PageViewRestriction.objects.create(page=page, restriction_type=kind)


def as_wagtail_finds(page) -> set[int]:
    return set(Page.get_view_restrictions(page).values_list("pk", flat=True))


def as_we_find(page) -> set[int]:
    with CaptureQueriesContext(connection) as queries:
        found = {restriction.pk for restriction in view_restrictions(page)}
    assert len(queries) == 1
    return found


def test_a_restriction_guards_its_page_and_the_pages_below_it_and_no_other(magazine):
    section = SectionPageFactory(title="Members")
    guarded, free = ArticlePageFactory(section=section), ArticlePageFactory(section=section)
    restriction = restrict(guarded)
    assert as_we_find(guarded) == as_wagtail_finds(guarded) == {restriction.pk}
    assert as_we_find(free) == as_wagtail_finds(free) == set()
    # Articles live under the articles index (their section is a field): restrict it.
    index_restriction = restrict(guarded.get_parent())
    assert as_we_find(free) == as_wagtail_finds(free) == {index_restriction.pk}
    assert as_we_find(section) == as_wagtail_finds(section) == set()


def test_an_alias_is_guarded_by_the_restrictions_of_the_page_it_copies(magazine):
    source = ArticlePageFactory(title="Members' briefing")
    restriction = restrict(source, PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.create(name="Members")])
    section = SectionPageFactory(title="Elsewhere")
    alias = source.create_alias(parent=section, update_slug="members-briefing-copy")
    assert as_we_find(alias) == as_wagtail_finds(alias) == {restriction.pk}


def test_a_restricted_page_keeps_readers_out_through_its_address(client, magazine):
    article = ArticlePageFactory()
    assert client.get(article.url).status_code == 200
    restrict(article)
    response = client.get(article.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_any_page_change_gives_a_new_generation_read_once_a_request(magazine):
    request = RequestFactory().get("/")
    before = pages_generation(request)
    article = ArticlePageFactory()
    assert pages_generation(request) == before  # one request sees one generation
    assert pages_generation(RequestFactory().get("/")) > before
    newer = pages_generation()
    article.unpublish()
    assert pages_generation() > newer


def test_a_change_committed_after_a_newer_one_still_gives_a_new_generation(magazine):
    """Log entries take their keys when written: a slow change's entry can
    commit after a newer one's, below the newest key."""
    article = ArticlePageFactory()
    newest = PageLogEntry.objects.order_by("-pk").first()

    def logged(pk: int) -> None:
        PageLogEntry.objects.create(
            pk=pk,
            page=article,
            content_type=newest.content_type,
            label=article.title,
            action="wagtail.edit",
            timestamp=timezone.now(),
        )

    logged(newest.pk + 10)  # the newer change, committed first
    before = pages_generation()
    logged(newest.pk + 5)  # the slower one, committed after it
    assert pages_generation() > before
