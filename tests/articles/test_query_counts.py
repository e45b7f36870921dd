"""Page renders take a fixed number of queries, however much there is to list,
whether the page's fragments (core/fragments.py) are kept in the cache (warm)
or must all be drawn (cold)."""

import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from masthead.articles.factories import (
    ArticlePageFactory,
    AuthorPageFactory,
    SectionPageFactory,
    TopicPageFactory,
)
from masthead.articles.models import FeaturedStory
from masthead.articles.most_read_lists import most_read_refresh
from masthead.core import fragments
from masthead.images.factories import CreditedImageFactory
from masthead.readership.factories import daily_reads_create

pytestmark = pytest.mark.django_db


def queries_to_render(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def queries(client, monkeypatch):
    """The queries of rendering `url` with none of its fragments in the cache,
    then with all of them: (cold, warm)."""
    releases = itertools.count()

    def cold_and_warm(url: str) -> tuple[int, int]:
        client.get(url)  # makes image renditions (file writes), not measured
        # As after a deploy: new code, so every fragment's key is new.
        release = f"release {next(releases)}"
        monkeypatch.setattr(fragments, "source_digest", lambda: release)
        cold = queries_to_render(client, url)
        return cold, queries_to_render(client, url)

    return cold_and_warm


def grow(magazine, sections, authors_per_article, articles_per_section, image=None):
    authors = [AuthorPageFactory() for _ in range(authors_per_article)]
    made = []
    for section in sections:
        for _ in range(articles_per_section):
            made.append(
                ArticlePageFactory(
                    section=section,
                    authors=authors,
                    further_sections=sections[:2],
                    hero_image=image or CreditedImageFactory(),
                    corrections=[("2026-11-01", "A correction.")],
                )
            )
    return made


def test_an_article_takes_the_same_queries_with_more_authors_and_related_items(queries, magazine):
    section = SectionPageFactory()
    few = grow(magazine, [section], 1, 2)
    count_few = queries(few[0].url)
    many = grow(magazine, [section], 3, 3)
    count_many = queries(many[0].url)
    assert count_many == count_few
    cold, warm = count_few
    # 18, the article's topics (one query, however many), and choosing its
    # related pieces (seven: models/related.py). Warm, the choice and what the
    # article page reads of other pages (bylines, sections, topics) are kept,
    # and the page asks only whether a page changed since (core/page_log.py).
    # On PostgreSQL the words' query sets its planner settings first (one more).
    assert cold <= 28
    assert warm <= 5


def test_a_section_page_takes_the_same_queries_with_more_articles(queries, magazine):
    sections = [SectionPageFactory(), SectionPageFactory()]
    grow(magazine, sections[:1], 1, 2)
    count_few = queries(sections[0].url)
    grow(magazine, sections, 3, 3)
    count_many = queries(sections[0].url)
    assert count_many == count_few
    cold, warm = count_few
    assert cold <= 13
    # The river's page of ids and its teasers' versions (but the pictures')
    # are kept until a page changes (core/page_log.py).
    assert warm <= 6


def test_the_front_page_takes_the_same_queries_with_more_sections_and_articles(queries, magazine):
    sections = [SectionPageFactory() for _ in range(2)]
    articles = grow(magazine, sections, 1, 2)
    magazine.home.lead_story = articles[0]
    magazine.home.featured = [FeaturedStory(article=articles[1])]
    magazine.home.save_revision().publish()
    count_few = queries("/")
    more_sections = sections + [SectionPageFactory() for _ in range(4)]
    articles += grow(magazine, more_sections, 3, 2)
    magazine.home.featured = [
        FeaturedStory(article=a, sort_order=n) for n, a in enumerate(articles[1:5])
    ]
    magazine.home.save_revision().publish()
    count_many = queries("/")
    assert count_many == count_few
    cold, warm = count_few
    assert cold <= 15
    # Which pieces go where is kept until a page changes (core/page_log.py).
    assert warm <= 5


def test_an_author_page_takes_the_same_queries_with_more_articles(queries, magazine):
    section = SectionPageFactory()
    author = AuthorPageFactory()
    ArticlePageFactory(section=section, authors=[author])
    count_few = queries(author.url)
    for _ in range(4):
        ArticlePageFactory(section=section, authors=[author, AuthorPageFactory()])
    count_many = queries(author.url)
    assert count_many == count_few
    cold, warm = count_few
    assert cold <= 13
    assert warm <= 5


def test_an_authors_portrait_costs_one_query_whatever_its_sizes(queries, magazine, settings):
    """The portrait is read with the author and its renditions in one query,
    not one query each (or one cache lookup each, when Wagtail keeps them)."""
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    section = SectionPageFactory()
    without, with_portrait = AuthorPageFactory(), AuthorPageFactory(photo=CreditedImageFactory())
    for author in (without, with_portrait):
        ArticlePageFactory(section=section, authors=[author])
    cold, warm = queries(with_portrait.url)
    cold_without, warm_without = queries(without.url)
    assert warm <= warm_without + 1 <= 6
    assert cold <= cold_without + 1


def test_a_format_page_takes_the_same_queries_with_more_articles(queries, magazine):
    section = SectionPageFactory()
    first = ArticlePageFactory(section=section, authors=[AuthorPageFactory()])
    count_few = queries(first.format.url)
    grow(magazine, [section, SectionPageFactory()], 2, 3)
    count_many = queries(first.format.url)
    assert count_many == count_few
    cold, warm = count_few
    assert cold <= 15
    assert warm <= 8


def test_an_article_takes_the_same_queries_with_more_topics(queries, magazine):
    section = SectionPageFactory()  # each piece is the other's related piece
    one = ArticlePageFactory(section=section, topics=[TopicPageFactory()])
    three = ArticlePageFactory(section=section, topics=[TopicPageFactory() for _ in range(3)])
    assert queries(three.url) == queries(one.url)


def test_a_topic_page_takes_the_same_queries_with_more_articles(queries, magazine):
    topic = TopicPageFactory()
    sections = [SectionPageFactory(), SectionPageFactory()]
    ArticlePageFactory(section=sections[0], topics=[topic], authors=[AuthorPageFactory()])
    count_few = queries(topic.url)
    for article in grow(magazine, sections, 2, 2):
        article.topics.add(topic)
        article.save_revision().publish()
    count_many = queries(topic.url)
    assert count_many == count_few
    cold, warm = count_few
    assert cold <= 13
    assert warm <= 5


def test_pages_with_a_most_read_rail_take_the_same_queries_with_more_pieces_read(queries, magazine):
    sections = [SectionPageFactory(), SectionPageFactory()]

    def read(articles, most):
        for number, article in enumerate(articles):
            daily_reads_create(article, [most - number, 1])
        most_read_refresh()

    read(grow(magazine, sections, 1, 2), 4)
    count_few = queries(sections[0].url), queries("/")
    read(grow(magazine, sections, 2, 3), 20)
    count_many = queries(sections[0].url), queries("/")
    assert count_many == count_few
    (section_cold, section_warm), (front_cold, front_warm) = count_few
    # The rail is two queries (its lists, then its pieces' headlines and
    # addresses) over each page's own, drawn or not.
    assert section_cold <= 14
    assert section_warm <= 7
    assert front_cold <= 16
    assert front_warm <= 6
