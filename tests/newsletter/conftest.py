import datetime

import pytest
from django.utils import timezone

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory

from .smtp_sink import SMTPSink

ORIGIN = "http://testserver"


@pytest.fixture
def smtp_sink(settings):
    with SMTPSink() as sink:
        settings.EMAIL_BACKEND = "masthead.newsletter.mail.smtp.RoundupSMTPBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = sink.port
        yield sink


@pytest.fixture
def week(magazine):
    """A week of pieces: two sections, a co-written analysis, a brief."""
    now = timezone.now()
    europe = SectionPageFactory(title="Europe")
    africa = SectionPageFactory(title="Africa")
    ana, bo = AuthorPageFactory(title="Ana Ruiz"), AuthorPageFactory(title="Bo Lin")
    return {
        "europe": europe,
        "africa": africa,
        "analysis": ArticlePageFactory(
            title="Europe's drone gap",
            section=europe,
            authors=[ana, bo],
            dek="Why the supply chain matters.",
            published_at=now - datetime.timedelta(days=2),
        ),
        "news": ArticlePageFactory(
            title="Talks resume in Addis",
            section=africa,
            authors=[bo],
            format_kind="news",
            published_at=now - datetime.timedelta(days=1),
        ),
        "brief": ArticlePageFactory(
            title="Grain prices, briefly",
            section=africa,
            authors=[ana],
            format_kind="brief",
            published_at=now - datetime.timedelta(hours=5),
        ),
    }
