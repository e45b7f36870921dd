"""Which URLs and network addresses the fetcher will talk to.

A URL becomes a Target (scheme, ASCII host, port, request path). Its host is
resolved once and every address it resolves to must be public; the fetcher then
connects to one of exactly those addresses, so a second DNS answer can never
send the request somewhere that was not checked.
"""

import ipaddress
import re
import socket
import threading
from dataclasses import dataclass
from urllib.parse import quote, urldefrag, urlsplit

from django.conf import settings

from .errors import FetchError, RefusedURL

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

DEFAULT_PORTS = {"http": 80, "https": 443}

_METADATA = {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
_THIS_NETWORK = ipaddress.ip_network("0.0.0.0/8")
_SHARED = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
_IPV4_TRANSLATED = ipaddress.ip_network("::ffff:0:0:0/96")
_HOST_NAME = re.compile(r"[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?")
_NUMERIC_LABEL = re.compile(r"[0-9]+|0x[0-9a-f]*")
# Names that never lead to the public internet (RFC 6761, RFC 6762, RFC 8375,
# and ICANN's .internal).
_LOCAL_NAMES = ("localhost", "local", "internal", "home.arpa")

# getaddrinfo() cannot be given a timeout. Each lookup runs in a thread of its
# own, which the fetch waits for until its deadline: a host whose DNS answers
# slowly holds only the fetches of that host, never a pool the others share.
# Lookups given up on finish in the background; at most this many may be
# waiting at once in a process, so slow DNS cannot pile up threads either.
MAX_WAITING_LOOKUPS = 64
_waiting_lookups = threading.BoundedSemaphore(MAX_WAITING_LOOKUPS)


@dataclass(frozen=True)
class Target:
    """One URL the fetcher may request, already parsed and normalised."""

    url: str
    scheme: str
    host: str  # ASCII (IDNA); an IPv6 literal without brackets
    port: int
    path: str  # path and query, percent-encoded, as sent in the request line
    literal: IPAddress | None  # set when the URL names an address, not a host

    @property
    def host_and_port(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def same_origin(self, other: "Target") -> bool:
        return (self.scheme, self.host, self.port) == (other.scheme, other.host, other.port)


def target_from_url(url: str) -> Target:
    """Parse `url`, refusing anything that is not a plain http(s) address."""
    url = urldefrag(url.strip()).url
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise RefusedURL(f"{url} is not a valid web address.", url=url) from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        if not scheme:
            raise RefusedURL(f"{url} is not a full web address (start it with https://).", url=url)
        raise RefusedURL(
            f"Masthead only fetches http:// and https:// addresses, not {scheme}: ones.", url=url
        )
    if parts.username is not None or parts.password is not None:
        raise RefusedURL(f"{url} contains a user name or password; remove it.", url=url)
    if port == 0:
        raise RefusedURL(f"{url} names port 0, which cannot be fetched.", url=url)
    host, literal = _read_host(parts.hostname or "", url)
    path = quote(parts.path or "/", safe="/%!$&'()*+,;=:@-._~")
    if parts.query:
        path += "?" + quote(parts.query, safe="/?%!$&'()*+,;=:@-._~")
    return Target(url, scheme, host, port or DEFAULT_PORTS[scheme], path, literal)


def check_url(url: str, *, timeout: float | None = None) -> list[IPAddress]:
    """The addresses `url` may be fetched from; RefusedURL if any of them is not public.

    For validating an address an editor types in, before anything is fetched.
    """
    seconds = settings.MASTHEAD_FETCH_TIMEOUT if timeout is None else timeout
    return resolve_checked(target_from_url(url), timeout=seconds)


def check_url_without_lookup(url: str) -> Target:
    """Check `url` as far as the fetcher can without a DNS lookup; RefusedURL if refused.

    The scheme, a user name or password, the host name, an address written in
    the URL, and names that are local whatever DNS answers (`localhost`,
    `*.local`, `*.internal`, `*.home.arpa`, a name without a dot). For an
    address an editor saves, such as a partner's feed: saving never waits on
    DNS, and the fetcher checks every address the name resolves to each time.
    """
    target = target_from_url(url)
    allow_loopback = _on_allow_list(target)
    if target.literal is not None:
        reason = address_refusal(target.literal, allow_loopback=allow_loopback)
        if reason is not None:
            raise RefusedURL(
                f"The address {target.literal} {reason}; Masthead only fetches public addresses.",
                url=url,
            )
    elif not allow_loopback and _is_local_name(target.host):
        raise RefusedURL(
            f"{target.host} is a local name, not a public internet address; Masthead only "
            "fetches public addresses.",
            url=url,
        )
    return target


def _is_local_name(host: str) -> bool:
    host = host.removesuffix(".")
    return "." not in host or any(
        host == suffix or host.endswith("." + suffix) for suffix in _LOCAL_NAMES
    )


def _on_allow_list(target: Target) -> bool:
    """Whether the tests' allow-list lets this host and port resolve to loopback."""
    return target.host_and_port.lower() in {
        entry.strip().lower() for entry in settings.MASTHEAD_FETCH_ALLOW_HOSTS
    }


def resolve_checked(target: Target, *, timeout: float) -> list[IPAddress]:
    """Resolve the target's host and refuse it unless every address is public."""
    allow_loopback = _on_allow_list(target)
    addresses = _resolve(target, timeout)
    for address in addresses:
        reason = address_refusal(address, allow_loopback=allow_loopback)
        if reason is None:
            continue
        if target.literal is not None:
            message = f"The address {address} {reason}"
        else:
            message = f"{target.host} resolves to {address}, which {reason}"
        raise RefusedURL(f"{message}; Masthead only fetches public addresses.", url=target.url)
    return addresses


def address_refusal(address: IPAddress, *, allow_loopback: bool = False) -> str | None:
    """Why Masthead will not connect to `address` (a phrase), or None if it is public."""
    if address.is_unspecified or _within(address, _THIS_NETWORK):
        return "is the unspecified address"
    if address.is_loopback:
        return None if allow_loopback else "points back at this server (loopback)"
    if isinstance(address, ipaddress.IPv6Address):
        embedded, reaches_it = _embedded_ipv4(address)
        if embedded is not None:
            reason = address_refusal(embedded, allow_loopback=allow_loopback)
            if reason is not None:
                return f"stands for {embedded}, which {reason}"
            if reaches_it:
                return None
    if address in _METADATA:
        return "is a cloud metadata service"
    if address.is_link_local:
        return "is a link-local address"
    if _within(address, _SHARED):
        return "is in the shared carrier-grade NAT range"
    if address.is_multicast:
        return "is a multicast address"
    if address.is_reserved:
        return "is reserved for special use"
    if address.is_private:
        return "is on a private network"
    if not address.is_global:
        return "is not a public internet address"
    return None


def _embedded_ipv4(
    address: ipaddress.IPv6Address,
) -> tuple[ipaddress.IPv4Address | None, bool]:
    """The IPv4 address an IPv6 form carries, and whether connecting reaches exactly it."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped, True
    if _within(address, _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF), True
    if _within(address, _IPV4_COMPATIBLE) or _within(address, _IPV4_TRANSLATED):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF), False
    if address.sixtofour is not None:
        return address.sixtofour, False
    return None, False


def _within(address: IPAddress, network: ipaddress.IPv4Network | ipaddress.IPv6Network) -> bool:
    # Python 3.11 compares the integers even across versions, so check the version first.
    return address.version == network.version and address in network


def _read_host(host: str, url: str) -> tuple[str, IPAddress | None]:
    if not host:
        raise RefusedURL(f"{url} has no host name.", url=url)
    if ":" in host:
        try:
            literal = ipaddress.IPv6Address(host)
        except ValueError:
            raise RefusedURL(f"{url} has an invalid IPv6 address.", url=url) from None
        return str(literal), literal
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise RefusedURL(f"{url} has an invalid host name.", url=url) from None
    numeric = _numeric_ipv4(ascii_host, url)
    if numeric is not None:
        return str(numeric), numeric
    if not _HOST_NAME.fullmatch(ascii_host):
        raise RefusedURL(f"{url} has an invalid host name.", url=url)
    return ascii_host, None


def _numeric_ipv4(host: str, url: str) -> ipaddress.IPv4Address | None:
    """Read the IPv4 spellings browsers and C libraries accept: 2130706433, 0x7f.1, 0177.0.0.1.

    As in the WHATWG URL standard, a host whose last label is a number is an
    address or nothing; reading it here keeps the check independent of the resolver.
    """
    labels = host.removesuffix(".").split(".")
    if not _NUMERIC_LABEL.fullmatch(labels[-1]):
        return None
    numbers: list[int] = []
    for label in labels:
        number = _ipv4_number(label)
        if number is None:
            raise RefusedURL(f"{url} has an invalid numeric address.", url=url)
        numbers.append(number)
    last = numbers.pop()
    if len(labels) > 4 or last >= 256 ** (5 - len(labels)):
        raise RefusedURL(f"{url} has an invalid numeric address.", url=url)
    if any(number > 255 for number in numbers):
        raise RefusedURL(f"{url} has an invalid numeric address.", url=url)
    value = sum(number << (8 * (3 - index)) for index, number in enumerate(numbers))
    return ipaddress.IPv4Address(value + last)


def _ipv4_number(label: str) -> int | None:
    if label.startswith("0x"):
        return int(label[2:] or "0", 16) if re.fullmatch(r"[0-9a-f]*", label[2:]) else None
    if len(label) > 1 and label.startswith("0"):
        return int(label, 8) if re.fullmatch(r"[0-7]+", label) else None
    return int(label) if label.isdigit() else None


def _lookup(target: Target, timeout: float) -> list:
    """getaddrinfo() for the target, given up after `timeout` (TimeoutError)."""
    waiting = _waiting_lookups
    if not waiting.acquire(blocking=False):
        raise FetchError(
            "Too many address lookups are waiting for slow DNS servers; try again in a minute.",
            url=target.url,
        )
    outcome: dict[str, object] = {}
    finished = threading.Event()

    def look_up() -> None:
        try:
            outcome["answers"] = socket.getaddrinfo(
                target.host, target.port, type=socket.SOCK_STREAM
            )
        except (OSError, UnicodeError) as error:
            outcome["error"] = error
        finally:
            waiting.release()
            finished.set()

    threading.Thread(target=look_up, name="masthead-fetch-dns", daemon=True).start()
    if not finished.wait(max(timeout, 0.001)):
        raise TimeoutError
    if "error" in outcome:
        raise FetchError(f"The host name {target.host} could not be found.", url=target.url)
    return outcome["answers"]  # type: ignore[return-value]


def _resolve(target: Target, timeout: float) -> list[IPAddress]:
    if target.literal is not None:
        return [target.literal]
    answers = _lookup(target, timeout)
    addresses: list[IPAddress] = []
    for family, _type, _proto, _name, sockaddr in answers:
        if family not in (socket.AF_INET, socket.AF_INET6):
            continue
        address = ipaddress.ip_address(sockaddr[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(f"The host name {target.host} could not be found.", url=target.url)
    return addresses
