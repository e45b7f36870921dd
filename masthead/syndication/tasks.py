"""Background work of syndication, run by `manage.py db_worker --queue-name syndication`."""

from django_tasks import task

from .services.polling import partner_feeds_poll
from .services.requests import import_request_run


@task(backend="db", queue_name="syndication")
def poll_partner_feeds() -> dict[str, dict[str, int | bool]]:
    reports = partner_feeds_poll()
    return {
        url: {"created": r.created, "errors": len(r.errors), "not_modified": r.not_modified}
        for url, r in reports.items()
    }


@task(backend="db", queue_name="syndication")
def import_partner_piece(request_id: int) -> str:
    """An editor's import by address (an ImportRequest), within its time limit."""
    return import_request_run(request_id)
