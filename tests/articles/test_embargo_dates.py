"""A piece scheduled ahead (an embargo) is dated when it goes live, not when
the editor scheduled it, and keeps that date through later edits. (The piece
on every surface before and after its time, with a real scheduler:
tests/scheduling/test_embargo.py.)"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory
from masthead.articles.models import ArticlePage

from .admin_forms import publish

pytestmark = pytest.mark.django_db


def test_an_embargoed_piece_is_dated_when_it_goes_live_and_keeps_that_date(
    editor_client, magazine, monkeypatch
):
    page = ArticlePageFactory(live=False, published_at=None, authors=[AuthorPageFactory()])
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    response = publish(editor_client, page, go_live_at=tomorrow.strftime("%Y-%m-%d %H:%M"))
    assert response.status_code == 302
    assert ArticlePage.objects.get(pk=page.pk).published_at is None  # not the day it was scheduled

    went_live = tomorrow + datetime.timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: went_live)
    call_command("publish_scheduled")
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.live
    assert page.published_at == went_live

    monkeypatch.setattr(timezone, "now", lambda: went_live + datetime.timedelta(hours=3))
    response = publish(editor_client, page, title="The contract, read again")
    assert response.status_code == 302
    page = ArticlePage.objects.get(pk=page.pk)
    assert page.title == "The contract, read again"
    # To the minute: the edit form's date field has no seconds.
    assert page.published_at == went_live.replace(second=0, microsecond=0)
