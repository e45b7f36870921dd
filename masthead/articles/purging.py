"""The lists an article appears in, for the page cache (core/purge.py).

A page showing an article already carries its `page-<id>` key (core's
handlers purge that). Publishing also changes the lists it newly appears in:
the magazine's (front page, river, feeds, search), its sections', its
format's, its topics', each author's and its partner's. A topic's list
(`list-<id>`) is its page and its feeds; the topics index counts pieces, so
it lists the whole magazine's (`list-all`).
"""

from masthead.core.purge import purge, purging
from masthead.core.surrogate_keys import LIST_ALL, key_of, list_key

from .models import ArticlePage


def article_list_keys(article: ArticlePage) -> set[str]:
    keys = {LIST_ALL}
    pages = [
        article.section,
        article.format,
        *article.further_sections.all(),
        *article.topics.all(),
        *article.authors,
    ]
    keys.update(list_key(page) for page in pages if page is not None)
    if article.partner_id:
        keys.add(f"list-{key_of(article.partner)}")
    return keys


def article_list_urls(article: ArticlePage) -> set[str]:
    """The pages listing the article, for caches purged by URL (a CDN)."""
    pages = [article.section, article.format, *article.topics.all(), *article.authors]
    urls = {page.get_full_url() for page in pages if page is not None and page.live}
    home = article.get_site().root_page if article.get_site() else None
    if home is not None:
        urls.add(home.get_full_url())
    parent = article.get_parent()
    if parent is not None:
        urls.add(parent.get_full_url())
    return {url for url in urls if url}


def article_lists_purge(article: ArticlePage) -> None:
    if not purging():
        return
    purge(article_list_keys(article), article_list_urls(article))
