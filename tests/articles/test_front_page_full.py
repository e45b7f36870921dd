"""A front page with more pieces than it can show: each goes in one place, in
the form that place gives it (lead, featured, LATEST, QiOSK, partners'
columns, section rails)."""

import datetime

import pytest
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models.front_page import front_page_select
from masthead.articles.services import front_page_curate
from masthead.partners.factories import PartnerFactory

from .pages import headlines, html_of, region, teaser_urls

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def archive(shared_rows):
    with shared_rows():
        yield archive_build()


def archive_build():
    """More pieces than the lead, LATEST and the rails can hold: three
    sections of six, a partner's two columns and three briefs, an hour apart."""
    author = AuthorPageFactory()
    partner = PartnerFactory(name="The Ledger")
    sections = [SectionPageFactory(title=title) for title in ("Europe", "Africa", "Americas")]
    now = timezone.now()
    hours = iter(range(100))
    made = {}
    for number in range(6):
        for section in sections:
            made[f"{section.title} {number}"] = ArticlePageFactory(
                title=f"{section.title} {number}",
                section=section,
                authors=[author],
                published_at=now - datetime.timedelta(hours=next(hours)),
            )
    for number in range(2):
        made[f"column {number}"] = ArticlePageFactory(
            title=f"Column {number}",
            section=sections[0],
            authors=[author],
            format_kind="republished",
            partner=partner,
            original_url=f"https://ledger.example.org/columns/{number}/",
            published_at=now - datetime.timedelta(hours=next(hours)),
        )
    for number in range(3):
        made[f"brief {number}"] = ArticlePageFactory(
            title=f"Brief {number}",
            section=sections[1],
            authors=[author],
            format_kind="brief",
            published_at=now - datetime.timedelta(hours=next(hours)),
        )
    return made


def test_no_piece_is_selected_twice(magazine, archive):
    home = front_page_curate(
        magazine.home,
        lead=archive["Europe 0"],
        featured=[archive["Africa 0"], archive["Europe 0"], archive["brief 0"]],
    )
    front = front_page_select(home)
    shown = [ref.pk for ref in front.pieces]
    assert len(shown) == len(set(shown))
    assert len(shown) >= 18  # and yet the page is full


def test_no_article_address_appears_twice_among_the_front_pages_teasers(client, magazine, archive):
    front_page_curate(magazine.home, lead=archive["Africa 1"], featured=[archive["Americas 0"]])
    urls = teaser_urls(html_of(client, "/"))
    assert len(urls) == len(set(urls)) >= 18


def test_the_partners_columns_are_among_the_pieces_shown(client, magazine, archive):
    front = front_page_select(magazine.home)
    assert [ref.title for ref in front.partners] == ["Column 0", "Column 1"]
    partners = region(html_of(client, "/"), "front-rail front-partners")
    assert headlines(partners) == ["Column 0", "Column 1"]
    republished = magazine.formats["republished"]
    all_columns = '>All<span class="visually-hidden"> republished columns</span></a>'
    assert f'<a href="{republished.url}"{all_columns}' in partners


def test_latest_lists_our_own_pieces_and_the_qiosk_the_briefs(magazine, archive):
    front = front_page_select(magazine.home)
    assert front.lead.title == "Europe 0"  # the newest, uncurated
    assert [ref.title for ref in front.latest] == [
        "Africa 0",
        "Americas 0",
        "Europe 1",
        "Africa 1",
        "Americas 1",
        "Europe 2",
    ]
    assert [ref.title for ref in front.briefs] == ["Brief 0", "Brief 1", "Brief 2"]


def test_each_rail_holds_its_sections_newest_pieces_not_shown_above(magazine, archive):
    front = front_page_select(magazine.home)
    rails = {section.title: [ref.title for ref in refs] for section, refs in front.rails}
    assert rails == {
        "Europe": ["Europe 3", "Europe 4"],
        "Africa": ["Africa 2", "Africa 3"],
        "Americas": ["Americas 2", "Americas 3"],
    }


def test_the_qiosk_and_latest_are_headline_lists_without_pictures(client, magazine, archive):
    html = html_of(client, "/")
    for where in ("front-qiosk", "front-latest"):
        listed = region(html, where)
        assert "teaser--dense" in listed
        assert "<img" not in listed and "teaser__dek" not in listed and "<details" not in listed
    assert headlines(region(html, "front-qiosk")) == ["Brief 0", "Brief 1", "Brief 2"]


def test_each_rail_links_its_section_and_shows_at_most_one_picture(client, magazine, archive):
    html = html_of(client, "/")
    europe = html.split('id="rail-europe"')[1].split("</section>")[0]
    assert headlines(europe) == ["Europe 3", "Europe 4"]
    assert europe.count('href="/sections/europe/"') >= 2  # the heading and "More"
    assert europe.count("<img") == 1
    assert "Top image credit" not in europe


def test_credits_go_with_the_lead_and_the_expanded_teaser_not_under_thumbnails(
    client, magazine, archive
):
    front_page_curate(magazine.home, lead=archive["Europe 5"], featured=[archive["Africa 5"]])
    html = html_of(client, "/")
    lead = region(html, "front-lead")
    assert "Top image credit:" in lead.split("<header")[0]  # under the picture
    featured = region(html, "front-featured")
    picture, expanded = featured.split("<details")
    assert "Top image credit:" not in picture
    assert "Top image credit:" in expanded
