"""The front page: a lead story, featured stories, the LATEST river, rails.

Editors curate the lead and the featured stories (`HomePage`); everything else
is chosen by `front_page_select`, which returns the whole selection as a plain
value so that tests, the demo and the benchmarks can read it without rendering.
"""

from dataclasses import dataclass, field

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from masthead.images.renditions import HERO_RENDITIONS

from .article_index import ArticleIndexPage
from .article_page import ArticlePage
from .format_kind import FormatKind
from .formats import FormatPage
from .sections import SectionPage
from .teaser_listing import TeaserListing, TeaserRef

LATEST_COUNT = 12
RAIL_COUNT = 3
QIOSK_COUNT = 5
# How many of the newest pieces the front page reads (ids only) to fill the LATEST
# river, the QiOSK and the section rails.
SCAN_COUNT = 200


class FeaturedStory(Orderable):
    home = ParentalKey("articles.HomePage", on_delete=models.CASCADE, related_name="featured")
    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = "featured story"


class HomePage(Page):
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
        context.update(front_page_select(self).as_context())
        return context


@dataclass(frozen=True)
class FrontPage:
    """What the front page shows, each list newest first unless curated.

    The articles are `TeaserRef`s: they stand for the articles (loading them
    all at once when asked for anything else) and know what their teasers print.
    """

    lead: TeaserRef | None
    featured: list[TeaserRef]
    latest: list[TeaserRef]
    briefs: list[TeaserRef]
    rails: list[tuple[SectionPage, list[TeaserRef]]]
    archive: ArticleIndexPage | None = field(default=None)
    briefs_format: FormatPage | None = field(default=None)

    def as_context(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def front_page_select(home: HomePage) -> FrontPage:
    """The front page's selection: the editors' lead and featured stories, then
    the newest pieces not already shown, the newest briefs, and a rail of the
    newest pieces of each section shown on the front page.

    Every article comes with what its teaser prints, in a fixed number of queries.
    """
    live = ArticlePage.objects.live()
    curated_ids = [home.lead_story_id] if home.lead_story_id else []
    curated_ids += [story.article_id for story in home.featured.all()]
    # Unordered, then sorted here: ordering through the page tree made SQLite
    # walk every page.
    sections = sorted(
        SectionPage.objects.filter(live=True, show_on_front_page=True).order_by(),
        key=lambda section: section.path,
    )
    latest_ids, brief_ids, rail_ids = _newest_ids(live, curated_ids, sections)

    # Every teaser on the page in one listing, loaded (if a teaser must be
    # drawn) with one prefetch for all of them; the lead's picture needs the
    # large rendition too.
    wanted = [*curated_ids, *latest_ids, *brief_ids]
    wanted += [pk for ids in rail_ids.values() for pk in ids]
    listing = TeaserListing(list(dict.fromkeys(wanted)), live.for_listing(HERO_RENDITIONS))
    articles = {ref.pk: ref for ref in listing.refs}

    lead = articles.get(home.lead_story_id)
    featured = [articles[pk] for pk in curated_ids[1 if lead else 0 :] if pk in articles]
    river = [articles[pk] for pk in latest_ids if pk in articles]
    if lead is None and river:
        lead = river.pop(0)
    return FrontPage(
        lead=lead,
        featured=featured,
        latest=river[:LATEST_COUNT],
        briefs=[articles[pk] for pk in brief_ids if pk in articles],
        rails=[
            (section, [articles[pk] for pk in rail_ids[section.pk] if pk in articles])
            for section in sections
            if rail_ids[section.pk]
        ],
        archive=ArticleIndexPage.objects.live().first(),
        briefs_format=FormatPage.objects.filter(kind=FormatKind.BRIEF).first()
        if brief_ids
        else None,
    )


def _newest_ids(live, curated_ids, sections):
    """The ids of the LATEST river, the QiOSK and each section's rail, newest first.

    One narrow query reads the newest pieces (id, section, format) in publication
    order, which an index serves without touching the rest of the archive; only
    a list it cannot fill (a section or format that has published nothing
    recently) falls back to its own query.
    """
    newest = list(live.newest_first().values_list("pk", "section_id", "format__kind")[:SCAN_COUNT])
    complete = len(newest) < SCAN_COUNT  # the whole archive was read

    curated = set(curated_ids)
    latest_ids = [pk for pk, _, _ in newest if pk not in curated][: LATEST_COUNT + 1]
    if len(latest_ids) < LATEST_COUNT + 1 and not complete:
        latest_ids = list(
            live.exclude(pk__in=curated_ids)
            .newest_first()
            .values_list("pk", flat=True)[: LATEST_COUNT + 1]
        )

    brief_ids = [pk for pk, _, kind in newest if kind == FormatKind.BRIEF][:QIOSK_COUNT]
    if len(brief_ids) < QIOSK_COUNT and not complete:
        brief_ids = list(
            live.of_kind(FormatKind.BRIEF).newest_first().values_list("pk", flat=True)[:QIOSK_COUNT]
        )

    rail_ids = {section.pk: [] for section in sections}
    for pk, section_id, _ in newest:
        ids = rail_ids.get(section_id)
        if ids is not None and len(ids) < RAIL_COUNT:
            ids.append(pk)
    short = [section for section in sections if len(rail_ids[section.pk]) < RAIL_COUNT]
    if short and not complete:
        for section in short:
            rail_ids[section.pk] = []
        ranked = (
            live.latest_per_section(short, RAIL_COUNT)
            .values_list("pk", "section_id")
            .order_by("section_id", "rank_in_section")
        )
        for pk, section_id in ranked:
            rail_ids[section_id].append(pk)
    return latest_ids, brief_ids, rail_ids
