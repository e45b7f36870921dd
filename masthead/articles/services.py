"""Operations on the magazine that span several pages."""

from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlparse

from django.conf import settings
from django.db import transaction
from wagtail.models import Page, Site

from masthead.people.models import AuthorIndexPage

from .models import (
    ArticleAuthor,
    ArticleIndexPage,
    ArticlePage,
    AuthorPage,
    FeaturedStory,
    FormatKind,
    FormatPage,
    HomePage,
    SectionIndexPage,
    TopicIndexPage,
)

PageT = TypeVar("PageT", bound=Page)

FORMAT_DEFAULTS: dict[FormatKind, tuple[str, str]] = {
    FormatKind.ANALYSIS: ("Analysis", "analysis"),
    FormatKind.OPINION: ("Opinion", "opinion"),
    FormatKind.NEWS: ("News", "news"),
    FormatKind.REPORT: ("Reports", "reports"),
    FormatKind.BRIEF: ("Briefs", "briefs"),
    FormatKind.REPUBLISHED: ("Republished", "republished"),
}


@dataclass
class MagazineStructure:
    home: HomePage
    articles: ArticleIndexPage
    sections: SectionIndexPage
    authors: AuthorIndexPage
    topics: TopicIndexPage
    formats: dict[FormatKind, FormatPage]


def _child(parent: Page, model: type[PageT], **fields: Any) -> PageT:
    """The first child of `parent` of type `model`; created and published if missing."""
    existing = model.objects.child_of(parent).first()
    if existing is not None:
        return existing
    page = model(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return model.objects.get(pk=page.pk)


def _home_page() -> HomePage:
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = Page.get_first_root_node()
    home = HomePage(title="Front page", slug="front-page")
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    old_root = site.root_page if site.pk else None
    base = urlparse(settings.WAGTAILADMIN_BASE_URL)
    site.hostname = base.hostname or "localhost"
    site.port = base.port or (443 if base.scheme == "https" else 80)
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.root_page = home
    site.save()
    # Wagtail's migrations leave a "Welcome to your new Wagtail site!" page.
    if old_root is not None and old_root.specific_class is Page and old_root.depth == 2:
        old_root.delete()
    return HomePage.objects.get(pk=home.pk)


@transaction.atomic
def magazine_structure_ensure(
    format_titles: dict[FormatKind, tuple[str, str]] | None = None,
) -> MagazineStructure:
    """The front page, the indexes and one page per format; created if missing.

    Safe to run again: existing pages are kept as editors left them.
    """
    home = _home_page()
    formats: dict[FormatKind, FormatPage] = {}
    titles = {**FORMAT_DEFAULTS, **(format_titles or {})}
    for kind, (title, slug) in titles.items():
        page = FormatPage.objects.filter(kind=kind).first()
        if page is None:
            page = FormatPage(title=title, slug=slug, kind=kind)
            home.add_child(instance=page)
            page.save_revision().publish()
        formats[kind] = page
    return MagazineStructure(
        home=home,
        articles=_child(home, ArticleIndexPage, title="Latest", slug="articles"),
        sections=_child(home, SectionIndexPage, title="Sections", slug="sections"),
        authors=_child(home, AuthorIndexPage, title="Authors", slug="authors"),
        topics=_child(home, TopicIndexPage, title="Topics", slug="topics"),
        formats=formats,
    )


def front_page_curate_newest(home: HomePage, featured_count: int = 4) -> HomePage:
    """A new magazine's front page: the newest long-form piece as the lead and
    the next `featured_count` as featured stories (briefs have their own rail)."""
    newest = list(
        ArticlePage.objects.live()
        .exclude(format__kind=FormatKind.BRIEF)
        .newest_first()[: featured_count + 1]
    )
    if not newest:
        return home
    return front_page_curate(home, lead=newest[0], featured=newest[1:])


def front_page_curate(
    home: HomePage, *, lead: ArticlePage | None, featured: list[ArticlePage]
) -> HomePage:
    """Set the front page's lead and featured stories (in the order given) and
    publish it, as an editor does in the admin."""
    home.lead_story = lead
    home.featured = [
        FeaturedStory(article=article, sort_order=order) for order, article in enumerate(featured)
    ]
    home.save_revision().publish()
    return HomePage.objects.get(pk=home.pk)


def byline_drafts_publish(article: ArticlePage) -> list[AuthorPage]:
    """Publish the author pages in the article's byline that were never
    published; called when the article goes live (signal_handlers.py).

    Imports create their authors as drafts, so that a partner's feed puts
    nothing live by itself: the editor who publishes the piece publishes its
    byline. An author page taken offline later is left as it is; nothing
    happens while the article is not live (Wagtail also says "published" when
    it only schedules a first publication).
    """
    if not article.live:
        return []
    credited = ArticleAuthor.objects.filter(article_id=article.pk).values("author_id")
    drafts = list(AuthorPage.objects.filter(pk__in=credited, live=False, first_published_at=None))
    for author in drafts:
        revision = author.get_latest_revision() or author.save_revision()
        revision.publish()
    return drafts
