"""A small magazine to read the feeds of: a co-authored piece, a republished one."""

import datetime

import pytest
from django.utils import timezone

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    paragraphs_body,
)
from masthead.core.models import SiteSettings
from masthead.images.factories import CreditedImageFactory
from masthead.partners.factories import PartnerFactory


@pytest.fixture
def co_authors(magazine):
    return [
        AuthorPageFactory(title="Amara Okafor", slug="amara-okafor"),
        AuthorPageFactory(title="Lukas Brandt", slug="lukas-brandt"),
        AuthorPageFactory(title="Mei Tanaka", slug="mei-tanaka"),
    ]


@pytest.fixture
def asia(magazine):
    return SectionPageFactory(title="Asia-Pacific")


@pytest.fixture
def trade(magazine):
    return SectionPageFactory(title="Trade")


@pytest.fixture
def article(co_authors, asia, trade):
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


@pytest.fixture
def republished(magazine):
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


@pytest.fixture
def full_text(magazine):
    site_settings = SiteSettings.for_site(magazine.home.get_site())
    site_settings.full_text_in_feeds = True
    site_settings.save()
    return site_settings
