"""A small magazine for the backup test, built in the database of DATABASE_URL:

    DATABASE_URL=... manage.py shell -c \
        "from tests.deploy.small_magazine import small_magazine_build; small_magazine_build()"

Three published articles by one author, each with a hero picture (and one
rendition of it), and five readers: a few seconds, where the demo magazine
takes over a minute.
"""

from django.db import transaction

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, SectionPageFactory
from masthead.articles.services import magazine_structure_ensure
from masthead.images.factories import CreditedImageFactory
from masthead.newsletter.factories import SubscriberFactory, confirmed_readers_create

ARTICLES = 3
READERS = 5


@transaction.atomic
def small_magazine_build() -> None:
    magazine_structure_ensure()
    section = SectionPageFactory(title="Europe")
    author = AuthorPageFactory(title="Jana Novak")
    for number in range(ARTICLES):
        article = ArticlePageFactory(
            title=f"What the budget says about deterrence, part {number + 1}",
            section=section,
            authors=[author],
            hero_image=CreditedImageFactory(size=(320, 180)),
        )
    article.hero_image.get_rendition("fill-160x90")
    confirmed_readers_create(READERS)
    SubscriberFactory(email="pending@example.org", pending=True)
