"""Why an import was refused, and what the editor can do next, in a sentence or two.

The fetcher says what went wrong in general terms (it serves other callers);
here each of its refusals gets the next step of an editor importing a piece.
Our own refusals (ImportRefused) carry their next step already.
"""

from urllib.parse import urlsplit

from masthead.core.fetch import (
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    RefusedURL,
    TooLarge,
    TooManyRedirects,
    WrongContentType,
)
from masthead.core.time_limit import TimeLimitExceeded

from ..cleaning import printable

CHECK_IN_BROWSER = "Open the address in your browser to check it, then try again."
TRY_LATER = "Try again in a few minutes; if it keeps failing, tell the partner."


def refusal_message(problem: Exception) -> str:
    """The problem's own sentence followed by the editor's next step."""
    advice = _next_step(problem)
    message = printable(str(problem)).strip()
    return f"{message} {advice}" if advice else message


def _next_step(problem: Exception) -> str:
    if isinstance(problem, RefusedURL):
        if _names_unusual_port(problem.url):
            return ""  # the fetcher's sentence already says where to put the port
        return "Paste the piece's public address, as your browser shows it."
    if isinstance(problem, TooLarge):
        return "Try the piece's print version, or copy its text into a new article by hand."
    if isinstance(problem, FetchTimeout | TimeLimitExceeded):
        return TRY_LATER
    if isinstance(problem, WrongContentType):
        return "Paste the address of the article's web page, not of a file, picture or feed."
    if isinstance(problem, HTTPStatusError):
        return _next_step_after_status(problem.status)
    if isinstance(problem, TooManyRedirects):
        return "Open it in your browser and paste the address it ends at."
    if isinstance(problem, FetchError):
        return CHECK_IN_BROWSER
    return ""


def _next_step_after_status(status: int) -> str:
    if status in (401, 402, 403):
        return "The piece may be behind a login or paywall: ask the partner for an open link."
    if status in (404, 410):
        return "The piece may have moved: open the partner's site and copy its address again."
    if status == 429 or status >= 500:
        return TRY_LATER
    return CHECK_IN_BROWSER


def _names_unusual_port(url: str) -> bool:
    try:
        port = urlsplit(url).port
    except ValueError:
        return False
    return port not in (None, 80, 443)
