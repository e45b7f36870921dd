"""The front page: lead, featured, LATEST river, QiOSK, partners' columns and
section rails, where no piece appears twice."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Site

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.models import SectionPage, front_page
from masthead.articles.models.front_page import front_page_select
from masthead.articles.services import front_page_curate
from masthead.core.models import SiteSettings

from .pages import headlines, html_of, region

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def pieces(shared_rows):
    with shared_rows():
        yield pieces_build()


def pieces_build():
    author = AuthorPageFactory()
    europe = SectionPageFactory(title="Europe")
    africa = SectionPageFactory(title="Africa")
    now = timezone.now()
    made = {}
    for number in range(6):
        made[f"europe-{number}"] = ArticlePageFactory(
            title=f"Europe {number}",
            section=europe,
            authors=[author],
            published_at=now - datetime.timedelta(hours=number),
        )
    made["africa"] = ArticlePageFactory(
        title="Africa piece", section=africa, authors=[author], published_at=now
    )
    made["brief"] = ArticlePageFactory(
        title="Quick take", section=africa, format_kind="brief", authors=[author]
    )
    return made


def test_without_curation_the_newest_piece_leads(client, magazine, pieces):
    html = html_of(client, "/")
    # "Africa piece" and "Europe 0" share a time; the later-created one wins.
    assert headlines(region(html, "front-lead")) == ["Africa piece"]


def test_editors_choose_the_lead_and_featured_stories(client, magazine, pieces):
    front_page_curate(
        magazine.home, lead=pieces["europe-5"], featured=[pieces["europe-4"], pieces["europe-3"]]
    )
    html = html_of(client, "/")
    assert headlines(region(html, "front-lead")) == ["Europe 5"]
    assert headlines(region(html, "front-featured")) == ["Europe 4", "Europe 3"]
    latest = headlines(region(html, "front-latest"))
    assert "Europe 5" not in latest and "Europe 4" not in latest
    assert "Europe 0" in latest


def test_the_selection_puts_curated_stories_first_and_nowhere_else(magazine, pieces):
    home = front_page_curate(
        magazine.home, lead=pieces["europe-2"], featured=[pieces["brief"], pieces["europe-0"]]
    )
    front = front_page_select(home)
    assert front.lead.pk == pieces["europe-2"].pk
    assert [ref.pk for ref in front.featured] == [pieces["brief"].pk, pieces["europe-0"].pk]
    curated = {pieces["europe-2"].pk, pieces["brief"].pk, pieces["europe-0"].pk}
    rest = [ref.pk for ref in front.pieces[3:]]
    assert not curated & set(rest)
    assert front.briefs == []  # the only brief is featured


def test_the_latest_river_is_newest_first(client, magazine, pieces):
    magazine.home.lead_story = pieces["brief"]
    magazine.home.save_revision().publish()
    latest = headlines(region(html_of(client, "/"), "front-latest"))
    europe = [title for title in latest if title.startswith("Europe")]
    assert europe == sorted(europe)


def test_the_front_page_links_the_round_up_archive(client, magazine, pieces):
    html = html_of(client, "/")
    main = html.split("<main")[1].split("</main>")[0]
    assert 'href="/newsletter/archive/"' in main


def test_the_front_pages_signup_box_stands_beside_latest_and_only_there(client, magazine, pieces):
    html = html_of(client, "/")
    side = html.split('<div class="front-side">')[1].split("</main>")[0]
    assert html.count('id="signup-email"') == 1
    assert 'id="signup-email"' in side
    assert 'action="/newsletter/"' in side


def test_a_section_can_be_kept_off_the_front_page(client, magazine, pieces):
    europe = SectionPage.objects.get(pk=pieces["europe-0"].section_id)
    europe.show_on_front_page = False
    europe.save_revision().publish()
    assert 'id="rail-europe"' not in html_of(client, "/")


def test_the_site_settings_fill_the_header_and_footer(client, magazine, pieces):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.name = "The Meridian Review"
    settings.tagline = "Foreign policy, read closely"
    settings.postal_address = "1 Example Row\nSpringfield"
    settings.newsletter_blurb = "Our weekly round-up of analysis."
    settings.navigation = [("link", {"page": pieces["africa"].section, "label": ""})]
    settings.social_profiles = [
        ("profile", {"network": "bluesky", "url": "https://bsky.app/profile/x"})
    ]
    settings.save()
    html = html_of(client, "/")
    assert "The Meridian Review" in html
    assert "Foreign policy, read closely" in html
    assert '<nav class="site-nav" aria-label="Sections">' in html
    assert 'href="/sections/africa/">Africa</a>' in html.split('class="site-nav"')[1]
    assert "1 Example Row<br>Springfield" in html
    assert "Our weekly round-up of analysis." in html
    follow = html.split('class="follow-us"')[1]
    assert "Follow us" in follow and 'href="https://bsky.app/profile/x"' in follow


def test_lists_the_newest_pieces_cannot_fill_fall_back_to_their_own_queries(
    client, magazine, pieces, monkeypatch
):
    """The front page reads the newest pieces once; a rail or the QiOSK that they
    do not fill (a section that published nothing recently) is queried on its own,
    with the same result."""
    front_page_curate(magazine.home, lead=pieces["europe-5"], featured=[pieces["europe-4"]])
    everything_read = html_of(client, "/")
    monkeypatch.setattr(front_page, "SCAN_COUNT", 2)
    assert html_of(client, "/") == everything_read
