"""Which addresses are a partner's, and which feed addresses may be saved."""

import pytest
from django.core.exceptions import ValidationError

from masthead.partners.factories import PartnerFeedFactory
from masthead.partners.models import Partner, validate_fetchable_url


def ledger(**fields) -> Partner:
    """A partner, unsaved: these rules need no database."""
    return Partner(name="The Ledger", slug="ledger", site_url="https://www.ledger.org/", **fields)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.ledger.org/columns/one/",
        "https://ledger.org/columns/one/",
        "http://LEDGER.org/columns/one/",
        "https://news.ledger.org/one/",
        "https://www.news.ledger.org/one/",
    ],
)
def test_the_partners_host_with_or_without_www_and_its_subdomains_are_its_site(url):
    assert ledger().publishes_at(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://notledger.org/one/",
        "https://ledger.org.example.com/one/",
        "https://ledger.news/one/",
        "not an address",
    ],
)
def test_a_look_alike_or_another_host_is_not_the_partners_site(url):
    assert not ledger().publishes_at(url)


def test_the_partners_other_sites_and_their_subdomains_are_its_too():
    partner = ledger(other_hosts="ledger.news\nfeeds.ledger-media.com")
    assert partner.publishes_at("https://www.ledger.news/one/")
    assert partner.publishes_at("https://eu.feeds.ledger-media.com/one/")
    assert not partner.publishes_at("https://ledger-media.com/one/")


def test_other_sites_written_as_addresses_are_kept_as_host_names():
    partner = ledger(other_hosts=" https://www.Ledger.News/about \n\nfeeds.ledger.org\nledger.news")
    partner.clean()
    assert partner.other_hosts == "ledger.news\nfeeds.ledger.org"
    assert partner.hosts == ("ledger.org", "ledger.news", "feeds.ledger.org")


def test_an_other_site_that_is_no_host_name_is_refused_saying_what_to_write():
    partner = ledger(other_hosts="ledger.news\nthe ledger's blog")
    with pytest.raises(ValidationError) as refused:
        partner.clean()
    assert refused.value.message_dict["other_hosts"] == [
        "Not a host name: the ledger's blog. Write one host name per line, such as ledger.news."
    ]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://ledger.org/feed.xml", "only fetches http:// and https://"),
        ("https://editor:secret@ledger.org/feed.xml", "contains a user name or password"),
        ("http://127.0.0.1/feed.xml", "points back at this server"),
        ("http://2130706433/feed.xml", "points back at this server"),
        ("http://[::1]/feed.xml", "points back at this server"),
        ("http://10.1.2.3/feed.xml", "is on a private network"),
        ("http://169.254.169.254/latest/", "cloud metadata service"),
        ("http://localhost/feed.xml", "is a local name"),
        ("http://printer.local/feed.xml", "is a local name"),
        ("http://intranet/feed.xml", "is a local name"),
    ],
)
def test_a_feed_address_the_fetcher_would_refuse_cannot_be_saved(url, reason):
    with pytest.raises(ValidationError) as refused:
        validate_fetchable_url(url)
    assert reason in refused.value.messages[0]


def test_a_public_feed_address_is_accepted_without_looking_it_up(monkeypatch):
    def no_dns(*args, **kwargs):
        raise AssertionError("saving a feed must not wait on DNS")

    monkeypatch.setattr("socket.getaddrinfo", no_dns)
    validate_fetchable_url("https://feeds.ledger.org:8443/rss.xml")


def test_the_local_test_server_on_the_allow_list_is_accepted(settings):
    settings.MASTHEAD_FETCH_ALLOW_HOSTS = ["127.0.0.1:8123"]
    validate_fetchable_url("http://127.0.0.1:8123/feed.xml")
    with pytest.raises(ValidationError):
        validate_fetchable_url("http://127.0.0.1:8124/feed.xml")


@pytest.mark.django_db
def test_a_feed_saved_from_a_full_clean_is_checked_too():
    feed = PartnerFeedFactory()
    feed.url = "http://user:pw@ledger.example.org/feed.xml"
    with pytest.raises(ValidationError) as refused:
        feed.full_clean()
    assert "user name or password" in str(refused.value.message_dict["url"])
