"""The magazine's content: articles and the pages that list them."""

from .article_index import ArticleIndexPage
from .article_page import ArticlePage
from .authors import AuthorPage
from .byline import ArticleAuthor
from .corrections import ArticleCorrection
from .format_kind import FormatKind
from .formats import FormatPage
from .front_page import FeaturedStory, HomePage
from .related import RelatedPin
from .sections import SectionIndexPage, SectionPage
from .topics import TopicIndexPage, TopicPage

__all__ = [
    "ArticleAuthor",
    "ArticleCorrection",
    "ArticleIndexPage",
    "ArticlePage",
    "AuthorPage",
    "FeaturedStory",
    "FormatKind",
    "FormatPage",
    "HomePage",
    "RelatedPin",
    "SectionIndexPage",
    "SectionPage",
    "TopicIndexPage",
    "TopicPage",
]
