"""Fixtures for the serving tests: a real varnishd with the repo's VCL."""

import pytest

from .fake_app import FakeApp
from .varnish import Varnish, varnishd_path


@pytest.fixture(scope="session")
def varnishd():
    """The varnishd binary; the serving tests are skipped where it is missing."""
    path = varnishd_path()
    if path is None:
        pytest.skip("varnishd is not installed (Debian: apt-get install varnish varnish-modules)")
    return path


@pytest.fixture(scope="module")
def fake_app():
    """The fake app behind the module's Varnish."""
    with FakeApp() as fake:
        yield fake


@pytest.fixture(scope="module")
def varnish(varnishd, fake_app):
    """One varnishd per test module, in front of `app`."""
    with Varnish(backend=fake_app.address) as running:
        yield running
