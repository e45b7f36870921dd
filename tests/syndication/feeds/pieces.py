"""The pieces the feed tests read: built for one test by conftest.py's
fixtures, or once for a whole module by a module's shared fixture."""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    paragraphs_body,
)
from masthead.articles.models import ArticlePage, AuthorPage, SectionPage
from masthead.images.factories import CreditedImageFactory
from masthead.partners.factories import PartnerFactory


def co_authors_build() -> list[AuthorPage]:
    return [
        AuthorPageFactory(title="Amara Okafor", slug="amara-okafor"),
        AuthorPageFactory(title="Lukas Brandt", slug="lukas-brandt"),
        AuthorPageFactory(title="Mei Tanaka", slug="mei-tanaka"),
    ]


def asia_build() -> SectionPage:
    return SectionPageFactory(title="Asia-Pacific")


def trade_build() -> SectionPage:
    return SectionPageFactory(title="Trade")


def article_build(co_authors, asia, trade) -> ArticlePage:
    """An analysis by three authors in Asia-Pacific, also filed under Trade."""
    image = CreditedImageFactory(
        alt_text="Two delegations facing each other across a long table",
        caption="Negotiators meet for the third round.",
        credit="State Department photo",
        licence="public_domain",
    )
    return ArticlePageFactory(
        title="A path forward for the strait talks",
        dek="A new report outlines a path forward.",
        section=asia,
        further_sections=[trade],
        format_kind="analysis",
        authors=co_authors,
        hero_image=image,
        body=paragraphs_body(
            'The talks resume on <a href="/sections/trade/">Monday</a>.',
            "Both delegations have new instructions.",
        ),
        published_at=timezone.now() - datetime.timedelta(hours=5),
        updated_at=timezone.now() - datetime.timedelta(hours=2),
    )


def republished_build() -> ArticlePage:
    partner = PartnerFactory(
        name="The Oversight Ledger", slug="ledger", site_url="https://ledger.example.org/"
    )
    return ArticlePageFactory(
        title="The Bunker",
        dek="Where the procurement money went.",
        format_kind="republished",
        partner=partner,
        original_url="https://ledger.example.org/columns/the-bunker/",
        authors=[AuthorPageFactory(title="Nadia Reyes")],
    )


@dataclass(frozen=True)
class Analysis:
    """The co-authored analysis with the authors and sections it names."""

    co_authors: list[AuthorPage]
    asia: SectionPage
    trade: SectionPage
    article: ArticlePage


def analysis_build() -> Analysis:
    co_authors, asia, trade = co_authors_build(), asia_build(), trade_build()
    return Analysis(co_authors, asia, trade, article_build(co_authors, asia, trade))
