"""fetch(): one GET, with redirects, limits and the address checks on every hop."""

import codecs
import http.client
import ssl
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import urljoin

from django.conf import settings

from .addresses import IPAddress, Target, resolve_checked, target_from_url
from .connection import Deadline, PinnedHTTPConnection, PinnedHTTPSConnection
from .errors import (
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    RefusedURL,
    TooLarge,
    TooManyRedirects,
    WrongContentType,
)

MAX_REDIRECTS = 5
# The ports of the web. Any other port is refused unless the caller names it
# (a partner's configured address may carry one), so the fetcher cannot be
# pointed at mail, database or SSH servers on a public host.
WEB_PORTS = frozenset({80, 443})
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
CHUNK_SIZE = 64 * 1024

# What Masthead imports: partner articles, feeds and their images.
DEFAULT_ACCEPT: tuple[str, ...] = (
    "text/html",
    "application/xhtml+xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/xml",
    "text/xml",
    "image/jpeg",
    "image/png",
    "image/gif",
    "image/webp",
)

# The fetcher owns these; a caller setting them could defeat a check or a limit.
_RESERVED_HEADERS = {"host", "accept-encoding", "connection", "content-length", "transfer-encoding"}
# Credentials for one site are not passed on to another it redirects to.
_CREDENTIAL_HEADERS = {"authorization", "cookie", "proxy-authorization"}


@dataclass(frozen=True)
class FetchResult:
    """A successful response (2xx, or 304 Not Modified with empty content)."""

    url: str  # the final URL, after redirects
    status: int
    headers: Mapping[str, str]  # names lower-cased; repeated headers joined with ", "
    content: bytes
    content_type: str  # media type only, lower-cased: "text/html"
    charset: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def text(self) -> str:
        """The content decoded with the declared charset, else UTF-8, never failing."""
        for encoding in (self.charset, "utf-8"):
            if not encoding:
                continue
            try:
                return self.content.decode(codecs.lookup(encoding).name)
            except (LookupError, UnicodeDecodeError):
                continue
        return self.content.decode("utf-8", errors="replace")


def fetch(
    url: str,
    *,
    accept: tuple[str, ...] = DEFAULT_ACCEPT,
    max_bytes: int | None = None,
    timeout: float | None = None,
    headers: dict[str, str] | None = None,
    ports: Iterable[int] = (),
) -> FetchResult:
    """GET `url` from a public address, following up to five redirects.

    `accept` lists media types (or "image/*", "*/*"); `max_bytes` and `timeout`
    default to MASTHEAD_FETCH_MAX_BYTES and MASTHEAD_FETCH_TIMEOUT, the timeout
    covering everything from the first lookup to the last byte. Pass
    If-None-Match / If-Modified-Since in `headers` to poll a feed: an unchanged
    one comes back as a FetchResult with status 304. Only ports 80 and 443 are
    fetched, and those in `ports` (the port of an address an editor configured).
    Raises a FetchError subclass.
    """
    limit = settings.MASTHEAD_FETCH_MAX_BYTES if max_bytes is None else max_bytes
    seconds = settings.MASTHEAD_FETCH_TIMEOUT if timeout is None else timeout
    deadline = time.monotonic() + seconds
    request_headers = _request_headers(accept, headers or {})
    target = target_from_url(url)
    allowed_ports = WEB_PORTS | frozenset(ports)
    redirects = 0
    while True:
        try:
            outcome = _fetch_once(target, request_headers, accept, limit, deadline, allowed_ports)
        except TimeoutError:
            raise FetchTimeout(seconds, url=target.url) from None
        if isinstance(outcome, FetchResult):
            return outcome
        redirects += 1
        if redirects > MAX_REDIRECTS:
            raise TooManyRedirects(
                f"{url} redirected more than {MAX_REDIRECTS} times; Masthead stopped following.",
                url=url,
            )
        next_target = target_from_url(urljoin(target.url, outcome))
        if not next_target.same_origin(target):
            request_headers = {
                name: value
                for name, value in request_headers.items()
                if name.lower() not in _CREDENTIAL_HEADERS
            }
        target = next_target


def _fetch_once(
    target: Target,
    request_headers: dict[str, str],
    accept: tuple[str, ...],
    limit: int,
    deadline: float,
    allowed_ports: frozenset[int],
) -> FetchResult | str:
    """One request: the result, or the Location to follow next."""
    addresses = resolve_checked(target, timeout=_remaining(deadline))
    _check_port(target, allowed_ports)
    connection = _connect_first(target, addresses, deadline)
    try:
        with Deadline(connection.sock, _remaining(deadline)).running() as guard:
            try:
                connection.request("GET", target.path, headers=request_headers)
                response = connection.getresponse()
                outcome = _read_response(target, response, accept, limit)
            except TimeoutError:
                raise
            except (OSError, http.client.HTTPException) as error:
                if guard.passed.is_set():
                    raise TimeoutError from error
                raise _connection_error(target, error) from error
            if guard.passed.is_set():  # the cut may look like the server closing early
                raise TimeoutError
            return outcome
    finally:
        connection.close()


def _connect_first(
    target: Target, addresses: list[IPAddress], deadline: float
) -> http.client.HTTPConnection:
    """Connect to the first checked address that answers."""
    connection_class = PinnedHTTPSConnection if target.scheme == "https" else PinnedHTTPConnection
    error: Exception | None = None
    for address in addresses:
        connection = connection_class(
            target.host, target.port, address=address, timeout=_remaining(deadline)
        )
        try:
            connection.connect()
            return connection
        except TimeoutError:
            raise
        except OSError as failure:
            error = failure
            connection.close()
    raise _connection_error(target, error)


def _read_response(
    target: Target, response: http.client.HTTPResponse, accept: tuple[str, ...], limit: int
) -> FetchResult | str:
    location = response.getheader("Location")
    if response.status in REDIRECT_STATUSES and location:
        return location.encode("latin-1", "replace").decode("utf-8", "replace")
    headers = MappingProxyType(
        {name.lower(): ", ".join(response.headers.get_all(name, [])) for name in response.headers}
    )
    content_type, charset = _parse_content_type(headers.get("content-type", ""))
    result = FetchResult(target.url, response.status, headers, b"", content_type, charset)
    if response.status == 304:
        return result
    if not 200 <= response.status < 300:
        raise HTTPStatusError(response.status, response.reason, url=target.url)
    if not _accepted(content_type, accept):
        raise WrongContentType(content_type, accept, url=target.url)
    encoding = headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("", "identity"):
        # We ask for identity; decoding would need its own size limit on the output.
        raise FetchError(
            f"{target.url} sent {encoding}-compressed content that was not asked for.",
            url=target.url,
        )
    content = _read_body(target, response, limit)
    return FetchResult(target.url, response.status, headers, content, content_type, charset)


def _read_body(target: Target, response: http.client.HTTPResponse, limit: int) -> bytes:
    announced = response.getheader("Content-Length", "").strip()
    if announced.isdigit() and int(announced) > limit:
        raise TooLarge(limit, url=target.url)
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(CHUNK_SIZE):
        size += len(chunk)
        if size > limit:
            raise TooLarge(limit, url=target.url)
        chunks.append(chunk)
    return b"".join(chunks)


def _request_headers(accept: tuple[str, ...], extra: dict[str, str]) -> dict[str, str]:
    reserved = sorted(name for name in extra if name.lower() in _RESERVED_HEADERS)
    if reserved:
        raise ValueError(f"fetch() sets these headers itself: {', '.join(reserved)}")
    headers = {
        "User-Agent": settings.MASTHEAD_FETCH_USER_AGENT,
        "Accept": ", ".join(accept),
        "Connection": "close",
    }
    overridden = {name.lower() for name in extra}
    headers = {name: value for name, value in headers.items() if name.lower() not in overridden}
    return headers | extra


def _parse_content_type(value: str) -> tuple[str, str | None]:
    media_type, *params = value.split(";")
    charset = None
    for param in params:
        name, _, param_value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'").lower() or None
    return media_type.strip().lower(), charset


def _accepted(content_type: str, accept: tuple[str, ...]) -> bool:
    major = content_type.partition("/")[0]
    return any(
        pattern in ("*/*", content_type) or (pattern.endswith("/*") and pattern[:-2] == major)
        for pattern in (item.lower() for item in accept)
    )


def _check_port(target: Target, allowed_ports: frozenset[int]) -> None:
    if target.port in allowed_ports or _on_allow_list(target):
        return
    raise RefusedURL(
        f"Masthead fetches web addresses on ports 80 and 443; {target.url} names port "
        f"{target.port}. Put the address with its port in the partner's settings if it is "
        "really theirs.",
        url=target.url,
    )


def _on_allow_list(target: Target) -> bool:
    allowed = {entry.strip().lower() for entry in settings.MASTHEAD_FETCH_ALLOW_HOSTS}
    return target.host_and_port.lower() in allowed


def _connection_error(target: Target, error: Exception | None) -> FetchError:
    """What went wrong, in our words: never the foreign server's own text, which
    would turn the fetcher into a way of reading other services' banners."""
    if isinstance(error, ssl.SSLCertVerificationError):
        reason = f"the secure connection could not be verified ({error.verify_message})"
    elif isinstance(error, ssl.SSLError):
        reason = "the secure connection could not be set up"
    elif isinstance(error, http.client.HTTPException):
        reason = "it did not answer as a web server does"
    elif isinstance(error, ConnectionRefusedError):
        reason = "it refused the connection"
    elif isinstance(error, ConnectionResetError | BrokenPipeError):
        reason = "it closed the connection"
    else:
        reason = "it could not be reached"
    return FetchError(f"Masthead could not fetch {target.url}: {reason}.", url=target.url)


def _remaining(deadline: float) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError
    return remaining
