"""The search index's tables: one document per live article, and the
magazine's own words for "did you mean".

Only the columns every database has are declared here. Each engine keeps what
its database searches with beside them (engines/): PostgreSQL a weighted
`tsvector` and an integer array of facets on the document row, with GIN
indexes; SQLite an FTS5 table. Migration 0001 creates those for the database
it runs on.
"""

from django.db import models

from masthead.articles.models import ArticlePage


class SearchDocument(models.Model):
    article = models.OneToOneField(
        ArticlePage, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    published_at = models.DateTimeField(db_index=True)
    # Integers from documents.facet_key(): sections, format, authors, topics, year.
    facets = models.JSONField(default=list)
    body = models.TextField(help_text="The body as plain text, for excerpts.")

    class Meta:
        verbose_name = "search document"

    def __str__(self):
        return f"Search document of article {self.article_id}"


class SearchWord(models.Model):
    """A word the magazine has printed, and in about how many pieces: the
    suggestions for a misspelt word are drawn from these."""

    word = models.CharField(max_length=40, primary_key=True)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = "search word"

    def __str__(self):
        return self.word
