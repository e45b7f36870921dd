"""The front page: a lead story, featured stories, the LATEST river, rails.

Editors curate the lead and the featured stories (`HomePage`); everything else
is chosen by `front_page_select`, which returns the whole selection as a plain
value so that tests, the demo and the benchmarks can read it without rendering.
"""

from dataclasses import dataclass, field
from functools import partial

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from masthead.core.page_log import ViewRestrictionsInOneQuery, kept_until_pages_change
from masthead.images.renditions import HERO_RENDITIONS

from .article_index import ArticleIndexPage
from .article_page import ArticlePage
from .format_kind import FormatKind
from .formats import FormatPage
from .most_read import MostRead, most_read_select
from .sections import SectionPage
from .teaser_listing import TeaserListing, TeaserRef

LATEST_COUNT = 6
RAIL_COUNT = 2
QIOSK_COUNT = 5
PARTNER_COUNT = 2
# How many of the newest pieces the front page reads (ids only) to fill the LATEST
# river, the QiOSK, the partners' list and the section rails.
SCAN_COUNT = 200


class FeaturedStory(Orderable):
    home = ParentalKey("articles.HomePage", on_delete=models.CASCADE, related_name="featured")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = "featured story"


class HomePage(ViewRestrictionsInOneQuery, Page):
    lead_story = models.ForeignKey(
        "articles.ArticlePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Leave empty to lead with the newest piece.",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("lead_story"), InlinePanel("featured", label="Featured story", max_num=6)],
            heading="Curated",
        ),
    ]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = "front page"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(front_page_select(self, request).as_context())
        return context


@dataclass(frozen=True)
class FrontPage:
    """What the front page shows, each list newest first unless curated.

    No piece is in two places: the lead, then the featured stories, then the
    LATEST river (our own pieces), the briefs (QiOSK), the partners' columns
    and the section rails each hold only pieces not already shown above them.

    The articles are `TeaserRef`s: they stand for the articles (loading them
    all at once when asked for anything else) and know what their teasers print.
    """

    lead: TeaserRef | None
    featured: list[TeaserRef]
    latest: list[TeaserRef]
    briefs: list[TeaserRef]
    rails: list[tuple[SectionPage, list[TeaserRef]]]
    partners: list[TeaserRef] = field(default_factory=list)
    archive: ArticleIndexPage | None = field(default=None)
    briefs_format: FormatPage | None = field(default=None)
    partners_format: FormatPage | None = field(default=None)
    # A ranking, not a selection: its pieces may be shown above too.
    most_read: MostRead = field(default_factory=lambda: MostRead([], []))

    def as_context(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @property
    def pieces(self) -> list[TeaserRef]:
        """Every piece shown, in the page's order."""
        lead = [self.lead] if self.lead else []
        rails = [article for _, articles in self.rails for article in articles]
        return [*lead, *self.featured, *self.latest, *self.briefs, *self.partners, *rails]


def front_page_select(home: HomePage, request=None) -> FrontPage:
    """The front page's selection: the editors' lead and featured stories, then
    the newest of our own pieces not already shown (or the newest of them as
    the lead when the editors chose none), the newest briefs, the newest
    partners' columns, and a rail of each front-page section's newest pieces
    shown nowhere above; and the most-read rail, as last worked out.

    Every article comes with what its teaser prints, in a fixed number of
    queries. Given the request, which pieces go where is kept in the cache
    until a page next changes (core/page_log.py); previews choose afresh.
    """
    choice = kept_until_pages_change(request, "front-page-choice", home.pk, partial(_choose, home))
    chosen = choice.chosen

    # Every teaser on the page in one listing, loaded (if a teaser must be
    # drawn) with one prefetch for all of them; the lead's picture needs the
    # large rendition too.
    live = ArticlePage.objects.live()
    wanted = [*choice.curated_ids, *chosen.lead, *chosen.latest, *chosen.briefs, *chosen.partners]
    wanted += [pk for ids in chosen.rails.values() for pk in ids]
    listing = TeaserListing(
        list(dict.fromkeys(wanted)), live.for_listing(HERO_RENDITIONS), request=request
    )
    articles = {ref.pk: ref for ref in listing.refs}

    def refs(ids):
        return [articles[pk] for pk in ids if pk in articles]

    # Compared by id: comparing a TeaserRef with anything else would load the listing.
    lead = articles.get(home.lead_story_id) or next(iter(refs(chosen.lead)), None)
    featured = refs(pk for pk in choice.curated_ids if pk != home.lead_story_id)
    return FrontPage(
        lead=lead,
        featured=featured,
        latest=refs(chosen.latest),
        briefs=refs(chosen.briefs),
        partners=refs(chosen.partners),
        rails=[
            (section, rail)
            for section in choice.sections
            if (rail := refs(chosen.rails[section.pk]))
        ],
        archive=choice.archive,
        briefs_format=choice.formats.get(FormatKind.BRIEF),
        partners_format=choice.formats.get(FormatKind.REPUBLISHED),
        most_read=most_read_select(),
    )


@dataclass
class _Choice:
    """Which pieces go where, and the pages the front page links beside them."""

    curated_ids: list[int]
    chosen: "_Chosen"
    sections: list[SectionPage]
    formats: dict[str, FormatPage]
    archive: ArticleIndexPage | None


def _choose(home: HomePage) -> _Choice:
    live = ArticlePage.objects.live()
    curated_ids = [home.lead_story_id] if home.lead_story_id else []
    curated_ids += [
        story.article_id for story in home.featured.all() if story.article_id not in curated_ids
    ]
    # Unordered, then sorted here: ordering through the page tree made SQLite
    # walk every page.
    sections = sorted(
        SectionPage.objects.filter(live=True, show_on_front_page=True).order_by(),
        key=lambda section: section.path,
    )
    chosen = _newest_ids(live, curated_ids, sections, home.lead_story_id)
    kinds = ([FormatKind.BRIEF] if chosen.briefs else []) + (
        [FormatKind.REPUBLISHED] if chosen.partners else []
    )
    formats = (
        {page.kind: page for page in FormatPage.objects.filter(kind__in=kinds)} if kinds else {}
    )
    archive = ArticleIndexPage.objects.live().first()
    return _Choice(curated_ids, chosen, sections, formats, archive)


@dataclass
class _Chosen:
    lead: list[int]
    latest: list[int]
    briefs: list[int]
    partners: list[int]
    rails: dict[int, list[int]]


def _newest_ids(live, curated_ids, sections, lead_id):
    """The ids of the uncurated lead, the LATEST river, the QiOSK, the
    partners' list and each section's rail, newest first, each without the
    pieces chosen before it.

    One narrow query reads the newest pieces (id, section, format, partner) in
    publication order, which an index serves without touching the rest of the
    archive; only a list it cannot fill (a section that has published nothing
    recently) falls back to its own query.
    """
    rows = live.newest_first().values_list("pk", "section_id", "format__kind", "partner_id")
    newest = list(rows[:SCAN_COUNT])
    complete = len(newest) < SCAN_COUNT  # the whole archive was read
    shown = set(curated_ids)

    brief = FormatKind.BRIEF
    # Each list: which scanned rows (pk, section, kind, partner) it takes, and
    # the query it falls back to. Partners' columns are told by their partner.
    lists = {
        "own": (
            lambda row: row[2] != brief and row[3] is None,
            live.exclude(format__kind=brief).filter(partner__isnull=True),
        ),
        "brief": (lambda row: row[2] == brief, live.of_kind(brief)),
        "partner": (
            lambda row: row[2] != brief and row[3] is not None,
            live.exclude(format__kind=brief).filter(partner__isnull=False),
        ),
        "any": (lambda row: True, live),
    }

    def take(name, count):
        wanted, queryset = lists[name]
        ids = [row[0] for row in newest if wanted(row) and row[0] not in shown][:count]
        if len(ids) < count and not complete:
            ids = list(
                queryset.exclude(pk__in=shown).newest_first().values_list("pk", flat=True)[:count]
            )
        shown.update(ids)
        return ids

    # The editors' lead, unless it has been unpublished since they chose it.
    lead_live = lead_id is not None and (
        any(row[0] == lead_id for row in newest)
        or (not complete and live.filter(pk=lead_id).exists())
    )
    lead = [] if lead_live else (take("own", 1) or take("any", 1))
    latest = take("own", LATEST_COUNT)
    briefs = take("brief", QIOSK_COUNT)
    partners = take("partner", PARTNER_COUNT)

    rails = {section.pk: [] for section in sections}
    for pk, section_id, _, _ in newest:
        ids = rails.get(section_id)
        if ids is not None and pk not in shown and len(ids) < RAIL_COUNT:
            ids.append(pk)
    short = [section for section in sections if len(rails[section.pk]) < RAIL_COUNT]
    if short and not complete:
        for section in short:
            rails[section.pk] = []
        ranked = (
            live.exclude(pk__in=shown)
            .latest_per_section(short, RAIL_COUNT)
            .values_list("pk", "section_id")
            .order_by("section_id", "rank_in_section")
        )
        for pk, section_id in ranked:
            rails[section_id].append(pk)
    return _Chosen(lead, latest, briefs, partners, rails)
