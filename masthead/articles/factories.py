"""Factories for sections, topics and articles, shared by the demo and the tests."""

import datetime

import factory
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from masthead.core.factories import PageFactory
from masthead.images.factories import CreditedImageFactory
from masthead.people.models import AuthorIndexPage

from .models import (
    ArticleAuthor,
    ArticleCorrection,
    ArticleIndexPage,
    ArticlePage,
    AuthorPage,
    FormatKind,
    FormatPage,
    RelatedPin,
    SectionIndexPage,
    SectionPage,
    TopicIndexPage,
    TopicPage,
)
from .services import magazine_structure_ensure


def structure_page(model: type[Page], name: str) -> Page:
    """The magazine's index page of `model` (the first in the tree): one query,
    where magazine_structure_ensure() takes a dozen; when it is missing, the
    structure is made and its page `name` ("articles", "sections"...) taken."""
    return model.objects.order_by("path").first() or getattr(magazine_structure_ensure(), name)


def format_page(kind: FormatKind) -> FormatPage:
    page = FormatPage.objects.filter(kind=kind).order_by("path").first()
    return page or magazine_structure_ensure().formats[kind]


def paragraphs_body(*paragraphs: str) -> list[tuple[str, str]]:
    return [("paragraph", f"<p>{text}</p>") for text in paragraphs]


class AuthorPageFactory(PageFactory):
    class Meta:
        model = AuthorPage

    title = factory.Faker("name")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.title)}-{n}")
    role = "Contributor"
    bio = factory.LazyAttribute(lambda o: f"<p>{o.title} writes about security and diplomacy.</p>")

    @classmethod
    def default_parent(cls):
        return structure_page(AuthorIndexPage, "authors")


class SectionPageFactory(PageFactory):
    class Meta:
        model = SectionPage

    title = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = factory.LazyAttribute(lambda o: f"Analysis and news from {o.title}.")

    @classmethod
    def default_parent(cls):
        return structure_page(SectionIndexPage, "sections")


class TopicPageFactory(PageFactory):
    class Meta:
        model = TopicPage

    title = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))
    intro = factory.LazyAttribute(lambda o: f"Our reporting and analysis on {o.title}.")

    @classmethod
    def default_parent(cls):
        return structure_page(TopicIndexPage, "topics")


class ArticlePageFactory(PageFactory):
    """An article with its byline and corrections.

    Pass `authors=[author, ...]` (ordered), `corrections=[(date, text), ...]`,
    `further_sections=[...]`, `topics=[...]` and `related_pins=[article, ...]`;
    `format_kind="brief"` picks the format page of that kind.
    """

    class Meta:
        model = ArticlePage
        exclude = ("format_kind",)

    class Params:
        format_kind = FormatKind.ANALYSIS

    title = factory.Sequence(lambda n: f"What the ministry's budget says about deterrence ({n})")
    slug = factory.Sequence(lambda n: f"article-{n}")
    dek = "A close reading of the spending plans shows where the priorities really lie."
    format = factory.LazyAttribute(lambda o: format_page(FormatKind(o.format_kind)))
    section = factory.SubFactory(SectionPageFactory)
    hero_image = factory.SubFactory(CreditedImageFactory)
    body = factory.LazyFunction(
        lambda: paragraphs_body(
            "The first paragraph sets out the argument in plain words.",
            "The second paragraph adds the evidence behind it.",
        )
    )
    published_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))

    @classmethod
    def default_parent(cls):
        return structure_page(ArticleIndexPage, "articles")

    @classmethod
    def _create(
        cls,
        model_class,
        *args,
        authors=(),
        corrections=(),
        further_sections=(),
        topics=(),
        related_pins=(),
        **kwargs,
    ):
        page_fields = dict(kwargs)
        page_fields["article_authors"] = [
            ArticleAuthor(author=author, sort_order=order) for order, author in enumerate(authors)
        ]
        page_fields["corrections"] = [
            ArticleCorrection(corrected_on=day, text=text, sort_order=order)
            for order, (day, text) in enumerate(corrections)
        ]
        page_fields["related_pins"] = [
            RelatedPin(pinned=pinned, sort_order=order) for order, pinned in enumerate(related_pins)
        ]
        page = super()._create(model_class, *args, **page_fields)
        if further_sections or topics:
            page.further_sections.set(further_sections)
            page.topics.set(topics)
            page.save()
            if page.live:
                page.save_revision().publish()
        return page
