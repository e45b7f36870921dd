from wagtail import hooks

from masthead.articles.models import ArticlePage

from .indexing import documents_rebuild
from .models import SearchDocument
from .similar import similar_article_ids


@hooks.register("masthead_after_magazine_setup")
def index_a_magazine_that_has_none() -> str:
    """A magazine set up again after an upgrade that brought search gets its
    index (`magazine_setup`); an index already there is kept as it is."""
    if SearchDocument.objects.exists() or not ArticlePage.objects.live().exists():
        return ""
    return f"The search index holds the {documents_rebuild()} live pieces."


@hooks.register("masthead_similar_articles")
def articles_alike_in_words(article: ArticlePage, limit: int) -> list[int]:
    """Related pieces by shared words, for articles/models/related.py."""
    return similar_article_ids(article, limit)
