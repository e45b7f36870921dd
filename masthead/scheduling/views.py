"""/healthz/: whether this web server can serve, for the cache in front and for monitoring."""

from django.http import HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from . import health


@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """200 when the database and cache answer, else 503. The first line says
    "ok", "degraded" (the queue lags or the scheduler is silent: pages still
    render) or "fail"; a line per check follows. The request's session and
    user are never touched, and nothing may cache the answer."""
    checks = health.checks_run()
    if any(check.critical and not check.ok for check in checks):
        status, verdict = 503, "fail"
    else:
        status, verdict = 200, "ok" if all(check.ok for check in checks) else "degraded"
    lines = [verdict] + [
        f"{check.name}: {'ok' if check.ok else 'FAIL'}, {check.detail}" for check in checks
    ]
    response = HttpResponse(
        "\n".join(lines) + "\n", status=status, content_type="text/plain; charset=utf-8"
    )
    response["Cache-Control"] = "no-store"
    return response
