"""An author's page: the person (people.Author) and everything they wrote."""

from masthead.people.models import Author

from .article_page import ArticlePage
from .listing import RiverPageMixin


class AuthorPage(RiverPageMixin, Author):
    """/authors/<slug>/: the author's bio and their articles, newest first."""

    parent_page_types = ["people.AuthorIndexPage"]
    subpage_types = []
    template = "articles/author_page.html"
    opens_with_lead = True

    class Meta:
        verbose_name = "author page"

    def river_queryset(self, renditions):
        return ArticlePage.objects.live().by_author(self).for_listing(renditions)
