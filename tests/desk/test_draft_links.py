"""Draft links: an editor shares a page's newest draft with an outside
reviewer, who reads it without an account until the link expires or is
revoked; nobody indexes it and no cache keeps it."""

import datetime
import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import querydict_from_html

from masthead.articles.factories import ArticlePageFactory
from masthead.desk.models import DraftLink
from tests.articles.admin_forms import article_edit_url, save_draft
from tests.articles.pages import meta

from .admin import is_refused

pytestmark = pytest.mark.django_db

BANNER = "Draft shared for review \u2014 not published; link expires on"


@pytest.fixture
def copy_editor(member):
    return member("Copy editor")


@pytest.fixture
def reviewer():
    """Someone outside the newsroom: no account, no cookies."""
    return Client()


def draft_links_url(page) -> str:
    return reverse("desk_admin:draft_links", args=[page.pk])


def share(client, page, *, note="Dr Lena Berg, fact check", days=7):
    return client.post(draft_links_url(page), {"note": note, "days": days})


def address_in(response) -> str:
    """The path of the new link, as the editor copies it from the screen."""
    assert response.status_code == 200, response.status_code
    match = re.search(r'id="draft-link-address" value="([^"]+)"', response.content.decode())
    assert match, "the screen shows no new link"
    return urlsplit(unescape(match.group(1))).path


def revoke(client, page):
    link = DraftLink.objects.get(page=page)
    return client.post(reverse("desk_admin:draft_link_revoke", args=[page.pk, link.pk]))


def assert_kept_by_nobody(response):
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert "public" not in cache_control
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


# -- what the reviewer gets --------------------------------------------------


def test_a_reviewer_reads_a_shared_draft_without_signing_in(copy_editor, draft, reviewer):
    piece = draft()
    page = reviewer.get(address_in(share(copy_editor, piece)))

    assert page.status_code == 200
    html = page.content.decode()
    assert piece.title in html
    assert "The first paragraph sets out the argument in plain words." in html
    assert BANNER in html


def test_a_shared_draft_is_not_indexed_and_kept_by_no_cache(copy_editor, draft, reviewer):
    page = reviewer.get(address_in(share(copy_editor, draft())))

    assert meta(page.content.decode(), "name", "robots") == ["noindex"]
    assert page["X-Robots-Tag"] == "noindex"
    assert page["Referrer-Policy"] == "no-referrer"  # the token stays off other sites' logs
    assert "ETag" not in page.headers
    assert_kept_by_nobody(page)


def test_the_link_shows_the_newest_draft_not_the_live_page(copy_editor, sections, author, reviewer):
    piece = ArticlePageFactory(section=sections["europe"], authors=[author])  # published
    save_draft(copy_editor, piece, body=("A sharper first paragraph, not yet published.",))
    path = address_in(share(copy_editor, piece))

    shared = reviewer.get(path).content.decode()
    assert "A sharper first paragraph, not yet published." in shared
    assert "The first paragraph sets out the argument in plain words." not in shared
    live = reviewer.get(piece.url).content.decode()
    assert "The first paragraph sets out the argument in plain words." in live
    assert BANNER not in live


def test_later_drafts_show_at_the_same_link(copy_editor, draft, reviewer):
    piece = draft()
    path = address_in(share(copy_editor, piece))
    save_draft(copy_editor, piece, body=("The paragraph after the reviewer's first notes.",))

    assert "The paragraph after the reviewer's first notes." in reviewer.get(path).content.decode()


def test_a_link_to_one_page_never_shows_another(copy_editor, draft, reviewer):
    first, second = draft(), draft("asia")
    save_draft(copy_editor, second, title="A second piece nobody shared")
    path = address_in(share(copy_editor, first))

    html = reviewer.get(path).content.decode()
    assert first.title in html
    assert "A second piece nobody shared" not in html


# -- until when ----------------------------------------------------------------


def test_a_revoked_link_answers_404_at_once(copy_editor, draft, reviewer):
    piece = draft()
    path = address_in(share(copy_editor, piece))
    assert reviewer.get(path).status_code == 200

    assert revoke(copy_editor, piece).status_code == 302
    gone = reviewer.get(path)
    assert gone.status_code == 404
    assert piece.title not in gone.content.decode()
    assert_kept_by_nobody(gone)


def test_a_link_works_for_seven_days_by_default_then_answers_404(
    copy_editor, draft, reviewer, monkeypatch
):
    piece = draft()
    form = querydict_from_html(
        copy_editor.get(draft_links_url(piece)).content.decode(), form_id="draft-link-form"
    )
    form["note"] = "A reader"  # the rest as the screen offers it
    path = address_in(copy_editor.post(draft_links_url(piece), form))
    made = timezone.now()

    monkeypatch.setattr(timezone, "now", lambda: made + datetime.timedelta(days=6, hours=23))
    assert reviewer.get(path).status_code == 200
    monkeypatch.setattr(timezone, "now", lambda: made + datetime.timedelta(days=7, minutes=1))
    assert reviewer.get(path).status_code == 404


def test_an_unknown_link_answers_the_same_404(reviewer, magazine):
    for path in ("/draft/made-up/", "/draft/" + "x" * 43 + "/", "/draft/" + "x" * 500 + "/"):
        answer = reviewer.get(path)
        assert answer.status_code == 404, path
        assert_kept_by_nobody(answer)


# -- who may share, and how ----------------------------------------------------


def test_the_edit_view_offers_to_share_the_draft(copy_editor, draft):
    html = copy_editor.get(article_edit_url(draft())).content.decode()
    assert "Share draft for review" in html


def test_a_contributor_shares_their_own_draft(member, draft, reviewer):
    contributor = member("Contributor")
    piece = draft(owner=contributor.user)

    assert reviewer.get(address_in(share(contributor, piece))).status_code == 200


@pytest.mark.parametrize("role", ["Contributor", "Newsletter editor"])
def test_who_may_not_edit_a_page_may_not_share_it(member, draft, role):
    outsider = member(role)
    piece = draft()  # the writer's, not theirs

    assert is_refused(outsider.get(draft_links_url(piece)))
    assert is_refused(share(outsider, piece))
    assert "Share draft for review" not in outsider.get(article_edit_url(piece)).content.decode()
    assert not DraftLink.objects.exists()


def test_who_may_not_edit_a_page_may_not_revoke_its_links(copy_editor, member, draft, reviewer):
    piece = draft()
    path = address_in(share(copy_editor, piece))

    assert is_refused(revoke(member("Contributor"), piece))
    assert reviewer.get(path).status_code == 200


def test_a_link_is_revoked_only_through_its_own_page(copy_editor, draft):
    first, second = draft(), draft("asia")
    share(copy_editor, second)
    link = DraftLink.objects.get(page=second)

    wrong = reverse("desk_admin:draft_link_revoke", args=[first.pk, link.pk])
    assert copy_editor.post(wrong).status_code == 404
    link.refresh_from_db()
    assert link.revoked_at is None


def test_revoking_and_sharing_take_a_post_with_the_csrf_token(copy_editor, draft):
    piece = draft()
    share(copy_editor, piece)
    link = DraftLink.objects.get(page=piece)
    revoke_url = reverse("desk_admin:draft_link_revoke", args=[piece.pk, link.pk])
    assert copy_editor.get(revoke_url).status_code == 405

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(copy_editor.user)
    assert strict.post(draft_links_url(piece), {"note": "x", "days": 7}).status_code == 403
    assert strict.post(revoke_url).status_code == 403
    assert DraftLink.objects.filter(page=piece).count() == 1
    assert DraftLink.objects.active().filter(page=piece).count() == 1


def test_a_link_lasts_thirty_days_at_most(copy_editor, draft):
    piece = draft()
    response = share(copy_editor, piece, days=31)

    assert 'id="draft-link-address"' not in response.content.decode()
    assert not DraftLink.objects.exists()
    share(copy_editor, piece, days=30)
    link = DraftLink.objects.get()
    assert link.expires_at - link.created_at == datetime.timedelta(days=30)


# -- what the editor sees afterwards -------------------------------------------


def test_the_address_is_shown_once_and_the_link_listed_until_revoked(copy_editor, draft):
    piece = draft()
    token = address_in(share(copy_editor, piece)).split("/")[2]

    screen = copy_editor.get(draft_links_url(piece)).content.decode()
    assert "Dr Lena Berg, fact check" in screen
    assert token not in screen
    assert DraftLink.objects.get().token_digest != token  # only its digest is kept
    revoke(copy_editor, piece)
    screen = copy_editor.get(draft_links_url(piece)).content.decode()
    assert "No link to this draft works at the moment." in screen


def test_making_and_revoking_a_link_are_in_the_page_history(copy_editor, draft):
    piece = draft()
    share(copy_editor, piece)
    revoke(copy_editor, piece)

    history = copy_editor.get(reverse("wagtailadmin_pages:history", args=[piece.pk]))
    html = unescape(history.content.decode())
    assert "Draft link for \u201cDr Lena Berg, fact check\u201d made, until" in html
    assert "Draft link for \u201cDr Lena Berg, fact check\u201d revoked" in html
