from django_tasks import task

from .indexing import documents_refresh


@task(backend="db", queue_name="default")
def refresh_documents(article_ids: list[int]) -> int:
    """Index these pieces again: a name they are filed under changed."""
    return documents_refresh(article_ids)
