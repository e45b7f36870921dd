"""Why a fetch failed, in words an editor can act on.

Every error is a FetchError, so a caller that only needs "it did not work" catches
that; the subclasses let an importer tell a refused address from a slow server.
"""


class FetchError(Exception):
    """The address could not be fetched; str() is a sentence for the editor."""

    def __init__(self, message: str, *, url: str = "") -> None:
        super().__init__(message)
        self.url = url


class RefusedURL(FetchError):
    """The scheme, host or address is one Masthead never fetches."""


class TooManyRedirects(FetchError):
    """The address kept redirecting past the limit."""


class TooLarge(FetchError):
    """The response is bigger than the limit, announced or actually sent."""

    def __init__(self, limit: int, *, url: str = "") -> None:
        super().__init__(
            f"The response from {url or 'the server'} is larger than "
            f"{_readable_size(limit)}; Masthead stops reading there.",
            url=url,
        )
        self.limit = limit


class FetchTimeout(FetchError):
    """Connecting, redirecting and reading together took longer than allowed."""

    def __init__(self, timeout: float, *, url: str = "") -> None:
        super().__init__(
            f"{url or 'The server'} did not answer completely within {timeout:g} seconds.",
            url=url,
        )
        self.timeout = timeout


class WrongContentType(FetchError):
    """The response is not one of the content types the caller accepts."""

    def __init__(self, content_type: str, accept: tuple[str, ...], *, url: str = "") -> None:
        super().__init__(
            f"{url or 'The address'} returned {content_type or 'content of no declared type'}, "
            f"but only {', '.join(accept)} can be used here.",
            url=url,
        )
        self.content_type = content_type
        self.accept = accept


class HTTPStatusError(FetchError):
    """The final response had a status other than 2xx or 304."""

    def __init__(self, status: int, reason: str = "", *, url: str = "") -> None:
        detail = f"{status} {reason}".strip()
        super().__init__(f"{url or 'The server'} answered with status {detail}.", url=url)
        self.status = status


def _readable_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):g} MiB"
    if size >= 1024:
        return f"{size / 1024:g} KiB"
    return f"{size} bytes"
