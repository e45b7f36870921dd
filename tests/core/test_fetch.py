"""The safe fetcher: what it refuses, what it follows, and the limits it keeps.

No test reaches outside this machine: host names are answered by a fake resolver,
and the only server contacted is the local fixture server, allow-listed by port.
"""

import contextlib
import ipaddress
import socket
import ssl
import threading
import time
from urllib.parse import quote

import pytest

from masthead.core.fetch import (
    FetchError,
    FetchResult,
    FetchTimeout,
    HTTPStatusError,
    RefusedURL,
    TooLarge,
    TooManyRedirects,
    WrongContentType,
    check_url,
    connection,
    fetch,
)
from tests.core.fetch_server import ARTICLE, FEED_ETAG, FixtureServer, make_certificate

PUBLIC = "93.184.215.14"


@pytest.fixture(scope="module")
def server():
    with FixtureServer() as running:
        yield running


@pytest.fixture(scope="module")
def internal_service():
    """Stands for something on the server's own network that must never be reached."""
    with FixtureServer() as running:
        yield running


@pytest.fixture(autouse=True)
def allow_fixture_server(settings, server):
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = [server.host_port]


class FakeDNS(dict):
    """Answers for made-up host names: `dns["news.example"] = ["10.0.0.5"]`."""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: list[str] = []

    def getaddrinfo(self, host, port, *args, **kwargs):
        self.lookups.append(host)
        if host not in self:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return [
            (socket.AF_INET6, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port, 0, 0))
            if ":" in address
            else (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (address, port))
            for address in self[host]
        ]


@pytest.fixture
def dns(monkeypatch):
    """No real lookups: names the test has not given answers for are not found."""
    fake = FakeDNS()
    monkeypatch.setattr(socket, "getaddrinfo", fake.getaddrinfo)
    return fake


@pytest.fixture
def connections(monkeypatch):
    """Records every address the fetcher connects to."""
    made = []
    real_connect = connection._connect

    def record(address, port, timeout):
        made.append(address)
        return real_connect(address, port, timeout)

    monkeypatch.setattr(connection, "_connect", record)
    return made


@pytest.fixture
def no_connections(monkeypatch):
    """Fails the test if the fetcher opens any connection."""
    attempts = []

    def refuse(address, port, timeout):
        attempts.append((address, port))
        raise AssertionError(f"the fetcher tried to connect to {address}:{port}")

    monkeypatch.setattr(connection, "_connect", refuse)
    return attempts


# Schemes and the shape of the URL


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "ftp://files.example/a.txt",
        "gopher://old.example/",
        "javascript:alert(1)",
    ],
)
def test_only_http_and_https_addresses_are_fetched(url, no_connections):
    with pytest.raises(RefusedURL, match="only fetches http:// and https://"):
        fetch(url)


def test_an_address_without_a_scheme_is_refused_with_a_hint():
    with pytest.raises(RefusedURL, match=r"start it with https://"):
        fetch("partner.example/feed")


def test_an_address_carrying_a_password_is_refused(no_connections):
    with pytest.raises(RefusedURL, match="user name or password"):
        fetch(f"http://{PUBLIC}@127.0.0.1/")


# Address checks, without the network


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "loopback"),
        ("10.0.0.5", "private network"),
        ("192.168.1.20", "private network"),
        ("172.16.0.1", "private network"),
        ("169.254.10.1", "link-local"),
        ("169.254.169.254", "cloud metadata"),
        ("100.64.0.1", "carrier-grade NAT"),
        ("224.0.1.1", "multicast"),
        ("0.0.0.0", "unspecified"),  # noqa: S104 (an address to refuse, not to bind)
        ("240.0.0.1", "reserved"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private network"),
        ("fd00:ec2::254", "cloud metadata"),
        ("ff0e::1", "multicast"),
        ("::ffff:127.0.0.1", "stands for 127.0.0.1"),
        ("::ffff:10.0.0.5", "stands for 10.0.0.5"),
        ("::127.0.0.1", "stands for 127.0.0.1"),
        ("64:ff9b::a9fe:a9fe", "stands for 169.254.169.254"),
        ("2002:a00:5::1", "stands for 10.0.0.5"),
    ],
)
def test_a_host_resolving_to_a_non_public_address_is_refused(dns, address, reason):
    dns["news.example"] = [address]
    with pytest.raises(RefusedURL, match=reason):
        check_url("http://news.example/")


def test_the_refusal_tells_the_editor_which_address_and_why(dns):
    dns["news.example"] = ["10.0.0.5"]
    with pytest.raises(RefusedURL) as refusal:
        check_url("http://news.example/")
    assert str(refusal.value) == (
        "news.example resolves to 10.0.0.5, which is on a private network; "
        "Masthead only fetches public addresses."
    )


def test_one_private_address_among_public_ones_refuses_the_host(dns):
    dns["news.example"] = [PUBLIC, "10.0.0.5"]
    with pytest.raises(RefusedURL, match="10.0.0.5"):
        check_url("http://news.example/")


@pytest.mark.parametrize("address", [PUBLIC, "2606:4700:10::6816:4a8e", "64:ff9b::5db8:d70e"])
def test_a_host_resolving_to_public_addresses_passes_the_check(dns, address):
    dns["news.example"] = [address]
    assert check_url("http://news.example/") == [ipaddress.ip_address(address)]


@pytest.mark.parametrize(
    "host",
    ["2130706433", "0x7f.1", "0177.0.0.1", "127.1", "0x7f000001", "[::1]", "[::ffff:127.0.0.1]"],
)
def test_numeric_spellings_of_loopback_are_refused_without_a_lookup(dns, host):
    with pytest.raises(RefusedURL, match="loopback"):
        check_url(f"http://{host}/")
    assert dns.lookups == []


def test_a_numeric_host_that_is_no_valid_address_is_refused(dns):
    with pytest.raises(RefusedURL, match="invalid numeric address"):
        check_url("http://256.1.1.1/")


def test_an_unknown_host_name_is_reported_as_not_found(dns):
    with pytest.raises(FetchError, match="could not be found"):
        fetch("http://nowhere.example/")


def test_a_refused_address_is_never_connected_to(dns, no_connections):
    dns["news.example"] = ["10.0.0.5"]
    with pytest.raises(RefusedURL):
        fetch("http://news.example/")
    assert no_connections == []


# The allow-list and address pinning, against the fixture server


def test_the_fixture_server_is_refused_without_the_allow_list(settings, server):
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = []
    with pytest.raises(RefusedURL, match="loopback"):
        fetch(server.url("/article"))


def test_the_allow_list_covers_only_the_listed_port(internal_service):
    with pytest.raises(RefusedURL, match="loopback"):
        fetch(internal_service.url("/article"))


def test_the_allow_list_does_not_excuse_a_private_address(settings, dns, server):
    dns["partner.example"] = ["10.0.0.5"]
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = [f"partner.example:{server.httpd.server_address[1]}"]
    with pytest.raises(RefusedURL, match="private network"):
        fetch(server.url("/article", host="partner.example"))


def test_the_request_names_the_original_host_while_connecting_to_the_checked_address(
    settings, dns, server
):
    port = server.httpd.server_address[1]
    dns["partner.example"] = ["127.0.0.1"]
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = [f"partner.example:{port}"]
    result = fetch(server.url("/headers", host="partner.example"), accept=("application/json",))
    assert result.content.decode().count(f'"Host": "partner.example:{port}"') == 1


def test_the_host_is_looked_up_once_so_a_changed_answer_is_never_used(
    settings, dns, server, connections, monkeypatch
):
    """DNS rebinding: after the check, the name starts answering with an inside address."""
    port = server.httpd.server_address[1]
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = [f"partner.example:{port}"]
    dns["partner.example"] = ["127.0.0.1"]
    first_answer = dns.getaddrinfo

    def rebinding(host, *args, **kwargs):
        answer = first_answer(host, *args, **kwargs)
        dns["partner.example"] = ["10.0.0.5"]
        return answer

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    result = fetch(server.url("/article", host="partner.example"))
    assert result.status == 200
    assert dns.lookups == ["partner.example"]
    assert connections == [ipaddress.ip_address("127.0.0.1")]


# A normal page, feeds and content types


def test_a_page_is_fetched_with_its_type_charset_and_text(server):
    result = fetch(server.url("/article"), accept=("text/html",))
    assert (result.status, result.content_type, result.charset) == (200, "text/html", "utf-8")
    assert result.text == ARTICLE
    assert result.url == server.url("/article")


def test_the_fetcher_identifies_itself_with_the_configured_user_agent(settings, server):
    settings.MASTHEAD_FETCH_USER_AGENT = "Masthead-test/1.0"
    result = fetch(server.url("/headers"), accept=("application/json",))
    assert '"User-Agent": "Masthead-test/1.0"' in result.text


def test_a_content_type_not_accepted_is_refused(server):
    with pytest.raises(WrongContentType, match="application/pdf"):
        fetch(server.url("/report"), accept=("text/html",))


def test_a_wildcard_accepts_any_subtype(server):
    assert fetch(server.url("/pixel"), accept=("image/*",)).content_type == "image/png"


def test_compressed_content_that_was_not_asked_for_is_refused(server):
    with pytest.raises(FetchError, match="gzip-compressed"):
        fetch(server.url("/compressed"))


def test_a_missing_page_raises_a_status_error_carrying_the_status(server):
    with pytest.raises(HTTPStatusError) as error:
        fetch(server.url("/missing"))
    assert error.value.status == 404


def test_a_feed_is_returned_with_its_etag_for_the_next_poll(server):
    result = fetch(server.url("/feed"))
    assert (result.status, result.headers["etag"]) == (200, FEED_ETAG)


def test_an_unchanged_feed_comes_back_as_304_with_no_content(server):
    result = fetch(server.url("/feed"), headers={"If-None-Match": FEED_ETAG})
    assert (result.status, result.not_modified, result.content) == (304, True, b"")


def test_the_caller_cannot_set_the_host_header(server):
    with pytest.raises(ValueError, match="Host"):
        fetch(server.url("/article"), headers={"Host": "internal.example"})


# Redirects


def test_five_redirects_are_followed_to_the_final_url(server):
    result = fetch(server.url("/chain/4"))
    assert result.url == server.url("/article")
    assert result.text == ARTICLE


def test_a_sixth_redirect_is_refused(server):
    with pytest.raises(TooManyRedirects, match="more than 5 times"):
        fetch(server.url("/chain/5"))


def test_a_redirect_loop_is_stopped(server):
    with pytest.raises(TooManyRedirects):
        fetch(server.url("/loop"))


def test_a_redirect_to_another_local_port_is_refused_before_connecting(server, internal_service):
    target = internal_service.url("/article")
    with pytest.raises(RefusedURL, match="loopback"):
        fetch(server.url(f"/redirect?to={quote(target)}"))
    assert internal_service.requests == []


def test_a_redirect_to_the_cloud_metadata_address_is_refused(server, connections):
    with pytest.raises(RefusedURL, match="cloud metadata"):
        fetch(server.url("/redirect?to=http://169.254.169.254/latest/meta-data/"))
    assert connections == [ipaddress.ip_address("127.0.0.1")]


def test_a_redirect_to_a_non_http_scheme_is_refused(server):
    with pytest.raises(RefusedURL, match="not ftp:"):
        fetch(server.url("/redirect?to=ftp://files.example/"))


def test_credentials_are_not_passed_on_to_another_host(settings, server, internal_service):
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = [server.host_port, internal_service.host_port]
    target = internal_service.url("/headers")
    fetch(
        server.url(f"/redirect?to={quote(target)}"),
        accept=("application/json",),
        headers={"Authorization": "Bearer partner-token"},
    )
    assert "Authorization" in server.requests[-1][1]
    assert "Authorization" not in internal_service.requests[-1][1]


# Size and time limits


def test_a_body_growing_past_the_limit_is_refused_while_streaming(server):
    with pytest.raises(TooLarge, match="larger than 64 KiB"):
        fetch(server.url("/endless"), max_bytes=64 * 1024)


def test_the_size_limit_defaults_to_the_setting(settings, server):
    settings.MASTHEAD_FETCH_MAX_BYTES = 1000
    with pytest.raises(TooLarge, match="1000 bytes"):
        fetch(server.url("/endless"))


def test_an_announced_length_over_the_limit_is_refused_before_reading(server):
    started = time.monotonic()
    with pytest.raises(TooLarge):
        fetch(server.url("/announced-too-large"), timeout=3)
    assert time.monotonic() - started < 1


def test_a_server_that_does_not_answer_in_time_times_out(server):
    with pytest.raises(FetchTimeout, match="within 0.3 seconds"):
        fetch(server.url("/slow"), timeout=0.3)


def test_the_deadline_covers_the_whole_response_not_each_packet(server):
    started = time.monotonic()
    with pytest.raises(FetchTimeout):
        fetch(server.url("/drip"), timeout=0.5)
    assert time.monotonic() - started < 1.5


# The text of a result


def test_text_uses_the_declared_charset():
    result = FetchResult(
        "http://x.example/", 200, {}, "café".encode("latin-1"), "text/html", "iso-8859-1"
    )
    assert result.text == "café"


def test_text_falls_back_to_utf8_when_the_declared_charset_is_unknown():
    result = FetchResult("http://x.example/", 200, {}, "café".encode(), "text/html", "klingon")
    assert result.text == "café"


# HTTPS: the certificate is checked for the URL's host name, sent by SNI


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    made = make_certificate(tmp_path_factory.mktemp("tls"), "partner.example")
    assert made is not None, "the HTTPS tests need the openssl command (Debian: openssl)"
    return made


@pytest.fixture(scope="module")
def tls_server(certificate):
    cert, key = certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    names: list[str | None] = []
    context.sni_callback = lambda _socket, name, _context: names.append(name)
    with FixtureServer(tls=context) as running:
        running.sni_names = names
        yield running


@pytest.fixture
def partner_over_tls(settings, dns, tls_server):
    port = tls_server.httpd.server_address[1]
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = [f"partner.example:{port}", f"other.example:{port}"]
    dns["partner.example"] = ["127.0.0.1"]
    dns["other.example"] = ["127.0.0.1"]
    return tls_server


@pytest.fixture
def trust_test_certificate(monkeypatch, certificate):
    """Trust the test certificate as the system store would trust a real one."""
    context = ssl.create_default_context(cafile=str(certificate[0]))
    monkeypatch.setattr(connection, "tls_context", lambda: context)


def test_https_refuses_a_certificate_the_system_does_not_trust(partner_over_tls):
    with pytest.raises(FetchError, match="could not be verified"):
        fetch(partner_over_tls.url("/article", host="partner.example"))


def test_https_sends_the_host_name_by_sni_and_verifies_it(partner_over_tls, trust_test_certificate):
    result = fetch(partner_over_tls.url("/article", host="partner.example"))
    assert result.text == ARTICLE
    assert partner_over_tls.sni_names[-1] == "partner.example"


def test_https_refuses_a_certificate_for_another_host_name(
    partner_over_tls, trust_test_certificate
):
    with pytest.raises(FetchError, match="could not be verified"):
        fetch(partner_over_tls.url("/article", host="other.example"))


# Ports, and what a foreign service says


@pytest.mark.parametrize("port", [22, 25, 3306, 5432, 6379, 11211])
def test_a_public_host_is_fetched_only_on_the_web_ports(no_connections, port):
    with pytest.raises(RefusedURL, match=f"names port {port}"):
        fetch(f"http://93.184.216.34:{port}/")
    assert no_connections == []


def test_a_port_the_caller_names_from_a_configured_address_is_allowed(no_connections):
    with pytest.raises(AssertionError, match="tried to connect to 93.184.216.34:8080"):
        fetch("http://93.184.216.34:8080/feed.xml", ports=[8080])


def test_a_redirect_to_another_port_of_a_public_host_is_refused(server, connections):
    with pytest.raises(RefusedURL, match="names port 25"):
        fetch(server.url("/redirect?to=http://93.184.216.34:25/"))
    assert connections == [ipaddress.ip_address("127.0.0.1")]


@pytest.fixture
def banner_service(settings):
    """A service that is not a web server: it greets with a line and hangs up."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = [f"127.0.0.1:{port}"]

    def greet():
        with contextlib.suppress(OSError):
            while True:
                peer, _ = listener.accept()
                with peer:
                    peer.sendall(b"SSH-2.0-OpenSSH_9.9 internal-build-secret\r\n")

    threading.Thread(target=greet, daemon=True).start()
    yield f"http://127.0.0.1:{port}/"
    listener.close()


def test_an_answer_that_is_not_http_is_not_repeated_to_the_editor(banner_service):
    with pytest.raises(FetchError) as refused:
        fetch(banner_service)
    message = str(refused.value)
    assert "did not answer as a web server does" in message
    assert "SSH" not in message and "secret" not in message
