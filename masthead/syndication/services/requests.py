"""Carrying out an editor's import request in the task worker.

The admin records an ImportRequest and enqueues `tasks.import_partner_piece`;
the worker runs the import here, within MASTHEAD_IMPORT_TIME_LIMIT, and
records the outcome on the request for the admin page that waits for it, and
in the import history.
"""

import logging

from django.conf import settings
from django.utils import timezone

from masthead.core.fetch import FetchError
from masthead.core.time_limit import TimeLimitExceeded, time_limit

from ..models import ImportAttempt, ImportRequest
from .history import import_attempt_record
from .importing import ImportRefused, partner_article_import
from .refusals import refusal_message

logger = logging.getLogger(__name__)


def import_request_run(request_id: int) -> str:
    """Import the requested piece once; the request's new status."""
    claimed = ImportRequest.objects.filter(
        pk=request_id, status=ImportRequest.Status.QUEUED
    ).update(status=ImportRequest.Status.RUNNING)
    if not claimed:
        return "not queued"
    request = ImportRequest.objects.select_related("partner", "requested_by").get(pk=request_id)
    try:
        with time_limit(settings.MASTHEAD_IMPORT_TIME_LIMIT, "The import"):
            result = partner_article_import(request.url, request.partner, request.requested_by)
    except (ImportRefused, FetchError, TimeLimitExceeded) as problem:
        request.status = ImportRequest.Status.FAILED
        request.message = refusal_message(problem)
    except Exception as error:  # the editor gets a sentence; the log gets the trace
        logger.exception("import of %s failed", request.url)
        request.status = ImportRequest.Status.FAILED
        request.message = (
            f"The import failed unexpectedly ({type(error).__name__}). The error is in the "
            "server's log; try again, or import the piece by hand."
        )
    else:
        request.status = ImportRequest.Status.DONE
        request.article = result.article
        request.created = result.created
        if not result.created:
            request.message = "This piece was imported before: here it is."
        elif result.image_missing:
            request.message = (
                "Imported as a draft without its picture: the partner's image could not be "
                "used. Choose a picture, then publish."
            )
        else:
            request.message = "Imported as a draft. Review it, then publish."
    request.finished_at = timezone.now()
    request.save(update_fields=["status", "message", "article", "created", "finished_at"])
    _history_record(request)
    return request.status


def _history_record(request: ImportRequest) -> None:
    if request.status == ImportRequest.Status.FAILED:
        outcome = ImportAttempt.Outcome.REFUSED
    elif request.created:
        outcome = ImportAttempt.Outcome.CREATED
    else:
        outcome = ImportAttempt.Outcome.ALREADY_THERE
    article = request.article
    import_attempt_record(
        request.url,
        outcome,
        reason=request.message if outcome == ImportAttempt.Outcome.REFUSED else "",
        partner=request.partner or (article.partner if article else None),
        requested_by=request.requested_by,
        article=article,
    )
