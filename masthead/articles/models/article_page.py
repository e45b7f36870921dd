"""The article: headline, dek, format, sections, authors, hero image, body."""

from functools import cache, partial

from django.db import models
from django.forms import CheckboxSelectMultiple, Select
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from modelcluster.fields import ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager, PagePermissionTester
from wagtail.search import index

from masthead.core.fragments import enabled, prefetch
from masthead.core.models import SiteSettings
from masthead.core.page_log import ViewRestrictionsInOneQuery, kept_until_pages_change
from masthead.images.licences import REPUBLISHABLE, Licence, licence_url

from ..blocks import ArticleBodyBlock
from ..forms import ArticlePageForm
from ..republish import republish_html
from ..structured_data import article_breadcrumbs_json_ld, article_json_ld
from .article_version import article_version
from .corrections import ArticleCorrection
from .format_kind import FormatKind
from .queryset import ArticlePageQuerySet
from .related import related_article_ids
from .teaser_listing import TeaserListing

DEK_MAX_LENGTH = 240
RELATED_COUNT = 3


class ArticlePage(ViewRestrictionsInOneQuery, Page):
    dek = models.CharField(
        max_length=DEK_MAX_LENGTH,
        help_text="One sentence under the headline; used in teasers, feeds, share cards "
        "and the round-up.",
    )
    format = models.ForeignKey(
        "articles.FormatPage", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    section = models.ForeignKey(
        "articles.SectionPage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="primary section",
    )
    further_sections = ParentalManyToManyField("articles.SectionPage", blank=True, related_name="+")
    topics = ParentalManyToManyField(
        "articles.TopicPage",
        blank=True,
        related_name="+",
        help_text="What the piece is about, across sections: one to three topics.",
    )
    hero_image = models.ForeignKey(
        "images.CreditedImage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_caption = models.CharField(
        max_length=500, blank=True, help_text="Overrides the caption stored with the image."
    )
    body = StreamField(ArticleBodyBlock())
    published_at = models.DateTimeField(
        null=True,
        blank=True,
        db_index=True,
        help_text="Shown as the publication date. Set automatically on first publication.",
    )
    updated_at = models.DateTimeField(
        null=True, blank=True, help_text='Set when the piece changes after publication ("Updated").'
    )
    licence = models.CharField(
        max_length=20,
        choices=Licence.choices,
        default=Licence.STAFF,
        help_text="Under which terms others may republish the text.",
    )
    partner = models.ForeignKey(
        "partners.Partner",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="articles",
        help_text="For republished pieces: whose piece this is.",
    )
    original_url = models.URLField(
        blank=True, max_length=500, help_text="For republished pieces: the original's address."
    )
    original_published_at = models.DateTimeField(
        null=True, blank=True, help_text="For republished pieces: when the original appeared."
    )

    objects = PageManager.from_queryset(ArticlePageQuerySet)()
    base_form_class = ArticlePageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("dek"),
        MultiFieldPanel(
            [
                # Plain choosers: a magazine has a handful of formats and sections.
                FieldPanel("format", widget=Select),
                FieldPanel("section", widget=Select),
                FieldPanel("further_sections", widget=CheckboxSelectMultiple),
            ],
            heading="Kicker",
        ),
        FieldPanel("topics", widget=CheckboxSelectMultiple),
        InlinePanel("article_authors", label="Authors", heading="Byline"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_caption")], heading="Hero"),
        FieldPanel("body"),
        InlinePanel("corrections", label="Correction", heading="Corrections"),
        InlinePanel(
            "related_pins",
            label="Related piece",
            heading="Related pieces",
            help_text="Your own picks, printed first under the piece; the rest are chosen "
            "by shared topics, authors, section and words.",
            max_num=RELATED_COUNT,
        ),
    ]
    settings_panels = [
        MultiFieldPanel([FieldPanel("published_at"), FieldPanel("updated_at")], heading="Dates"),
        FieldPanel("licence"),
        MultiFieldPanel(
            [
                FieldPanel("partner"),
                FieldPanel("original_url"),
                FieldPanel("original_published_at"),
            ],
            heading="Partner",
        ),
        *Page.settings_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("dek"),
        index.SearchField("body"),
        index.FilterField("published_at"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = "article"
        indexes = [
            # Rivers and related pieces: a section's or format's newest first.
            models.Index(fields=["section", "published_at"], name="article_section_newest"),
            models.Index(fields=["format", "published_at"], name="article_format_newest"),
        ]

    # -- byline ---------------------------------------------------------------

    @cached_property
    def authors(self) -> list:
        credits = self.article_authors.all()
        if "article_authors" not in getattr(self, "_prefetched_objects_cache", {}):
            # Not prefetched by a listing: fetch the authors with their credits.
            credits = credits.select_related("author")
        return [credit.author for credit in credits]

    # -- sections -------------------------------------------------------------

    @cached_property
    def also_in_sections(self) -> list:
        """The further sections, A to Z, for readers ("Also in") and the JSON-LD:
        the kicker names the main section, so it is not repeated. One query,
        made only when a fragment showing them is drawn."""
        further = [
            section for section in self.further_sections.all() if section.pk != self.section_id
        ]
        return sorted(further, key=lambda section: (section.title.casefold(), section.pk))

    # -- topics ---------------------------------------------------------------

    @cached_property
    def live_topics(self) -> list:
        """The published topics, A to Z, for readers ("Topics") and the JSON-LD
        `keywords`: a topic taken offline is not linked. One query, made only
        when a fragment showing them is drawn."""
        topics = [topic for topic in self.topics.all() if topic.live]
        return sorted(topics, key=lambda topic: (topic.title.casefold(), topic.pk))

    # -- dates ----------------------------------------------------------------

    @property
    def display_date(self):
        return self.published_at or self.first_published_at or timezone.now()

    @property
    def is_updated(self) -> bool:
        return bool(self.updated_at and self.updated_at > self.display_date)

    # -- corrections ----------------------------------------------------------

    @cached_property
    def corrections_in_order(self) -> list[ArticleCorrection]:
        """The corrections in the editors' order, read once (or from a listing's
        prefetch) for the notice, the list at the end, the JSON-LD, the republish
        HTML and the feeds."""
        return list(self.corrections.all())

    @property
    def newest_correction(self) -> ArticleCorrection | None:
        """The correction the notice under the header names: the latest dated."""
        return max(self.corrections_in_order, key=lambda c: c.corrected_on, default=None)

    def _publishes_again(self) -> bool:
        """Whether this save puts a revision live on a piece published before:
        Wagtail's publishing sets `last_published_at` just before it saves the
        page, and on a first publication sets `first_published_at` to the same."""
        return bool(
            self.pk
            and self.live
            and self.first_published_at
            and self.last_published_at
            and self.last_published_at != self.first_published_at
        )

    def _adds_corrections(self) -> bool:
        """Whether the corrections being saved include one the live piece lacks."""
        live_ids = set(
            ArticleCorrection.objects.filter(article_id=self.pk).values_list("pk", flat=True)
        )
        return any(correction.pk not in live_ids for correction in self.corrections.all())

    def _updated_at_on_publishing(self):
        """The "Updated" time a publication leaves. Putting a correction live
        changes what the piece says: the time of that publication. Otherwise
        the later of the revision's and the live piece's: a revision drafted
        before a correction went live does not know the time that publication
        set, and the admin's form keeps only the minutes of it."""
        if self._adds_corrections():
            return self.last_published_at
        live = ArticlePage.objects.filter(pk=self.pk).values_list("updated_at", flat=True).first()
        return max(filter(None, [self.updated_at, live]), default=None)

    def save(self, *args, **kwargs):
        # On every path that publishes (the edit view, the admin API, bulk
        # actions, scheduled publishing, workflows), Wagtail saves the page in
        # full; saves naming `update_fields` (a draft revision) commit nothing
        # a reader sees.
        if kwargs.get("update_fields") is None and self._publishes_again():
            self.updated_at = self._updated_at_on_publishing()
        if kwargs.get("update_fields") is None and self.live and self.published_at is None:
            # Not dated yet (scheduled ahead, or published outside the edit
            # form): dated by the moment it goes live.
            self.published_at = self.last_published_at or timezone.now()
        return super().save(*args, **kwargs)

    def with_content_json(self, content):
        """The page as a revision holds it, for the editor too, with the later
        "Updated" time of the revision and of this page (the live one, when
        Wagtail loads a revision to edit it): the edit form shows the time a
        correction set, not the empty field of the revision drafted before.
        Likewise the date of a piece scheduled ahead, which its revision lacks."""
        page = super().with_content_json(content)
        if self.updated_at and (page.updated_at is None or page.updated_at < self.updated_at):
            page.updated_at = self.updated_at
        if page.published_at is None:  # a revision scheduled before the piece was dated
            page.published_at = self.published_at
        return page

    # -- teaser ---------------------------------------------------------------

    @cached_property
    def teaser_text(self) -> str:
        """The body's first paragraph as plain text: the teaser's excerpt."""
        for block in self.body.raw_data:
            if block["type"] == "paragraph":
                return strip_tags(block["value"]).strip()
        return self.dek

    @property
    def is_short_form(self) -> bool:
        return self.format is not None and self.format.kind == FormatKind.BRIEF

    # -- republishing ---------------------------------------------------------

    @property
    def is_republished(self) -> bool:
        return bool(self.partner_id and self.original_url)

    @property
    def attribution_line(self) -> str:
        if not self.is_republished:
            return ""
        return self.partner.attribution_for(self.title)

    @property
    def is_republishable(self) -> bool:
        """Whether third parties may republish this text (see syndication)."""
        return self.licence in REPUBLISHABLE and not self.is_republished

    def canonical_url(self, request=None) -> str:
        """Republished pieces point search engines at the original."""
        if self.is_republished:
            return self.original_url
        return self.get_full_url(request)

    # -- page -----------------------------------------------------------------

    def permissions_for_user(self, user):
        """What `user` may do with this piece: Wagtail's page permissions, or the
        tester an app above registers with the `masthead_article_permission_tester`
        hook (the desk's lets section editors publish in their sections:
        desk/permissions.py)."""
        testers = hooks.get_hooks("masthead_article_permission_tester")
        tester = testers[-1] if testers else PagePermissionTester
        return tester(user, self)

    def related_articles(self, request=None):
        """The pieces printed under this one (the editor's pins, then those
        sharing most with it: models/related.py), as `TeaserRef`s. Their choice
        is kept in the cache (not for previews) until any page is published,
        unpublished, edited or deleted (core/page_log.py)."""
        live = ArticlePage.objects.live()
        choose = partial(related_article_ids, self, live, RELATED_COUNT)
        ids = kept_until_pages_change(request, "related-ids", self.pk, choose)
        return TeaserListing(ids, live.for_listing(), request=request).refs if ids else []

    # The article's own fragments (article_page.html), all under one version.
    FRAGMENTS = ("article-meta", "article-json-ld", "article")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if enabled(request):  # not for previews: their fragments are drawn afresh
            context["fragment_version"] = version = article_version(self, request)
            prefetch(request, [(name, version) for name in self.FRAGMENTS])
        context["related_articles"] = self.related_articles(request)
        context["canonical_url"] = self.canonical_url(request)
        # Worked out only when a fragment must be drawn: a template calls them.
        context["json_ld"] = cache(partial(article_json_ld, self, request))
        context["breadcrumbs_json_ld"] = cache(partial(article_breadcrumbs_json_ld, self, request))
        if self.is_republishable:
            site_name = SiteSettings.for_request(request).name
            context.update(
                republish_html=cache(partial(republish_html, self, request, site_name)),
                licence_name=self.get_licence_display(),
                licence_url=licence_url(self.licence),
                site_name=site_name,
            )
        return context
