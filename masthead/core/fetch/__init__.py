"""The safe fetcher: the only way Masthead's server fetches a URL.

    from masthead.core.fetch import FetchError, fetch

    page = fetch(url, accept=("text/html",))

It refuses non-http(s) schemes and any host that resolves to a non-public
address, connects only to the address it checked, follows at most five
redirects (checking each), and enforces a deadline, a size limit and the
accepted content types. See docs/safe-fetcher.md.
"""

from .addresses import check_url, check_url_without_lookup
from .errors import (
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    RefusedURL,
    TooLarge,
    TooManyRedirects,
    WrongContentType,
)
from .fetcher import DEFAULT_ACCEPT, MAX_REDIRECTS, FetchResult, fetch

__all__ = [
    "DEFAULT_ACCEPT",
    "MAX_REDIRECTS",
    "FetchError",
    "FetchResult",
    "FetchTimeout",
    "HTTPStatusError",
    "RefusedURL",
    "TooLarge",
    "TooManyRedirects",
    "WrongContentType",
    "check_url",
    "check_url_without_lookup",
    "fetch",
]
