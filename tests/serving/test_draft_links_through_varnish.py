"""A draft link through a real Varnish (deploy/varnish/masthead.vcl) in front
of the app: never stored, so revoking it closes it at once for everyone.

test_varnish_vcl.py shows the VCL passes /draft/ whatever the app answers;
this shows the whole chain, the app's headers included.
"""

import pytest

from masthead.articles.factories import ArticlePageFactory
from masthead.desk.services import draft_link_create, draft_link_revoke

from .varnish import Varnish, ask

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def varnish_in_front(varnishd, live_server, settings):
    settings.ALLOWED_HOSTS = ["*"]
    with Varnish(backend=(live_server.thread.host, live_server.thread.port)) as varnish:
        yield varnish


def test_a_draft_link_is_never_stored_and_closes_at_once(
    varnish_in_front, magazine, django_user_model
):
    piece = ArticlePageFactory(live=False, title="A draft for the fact checker")
    editor = django_user_model.objects.create_superuser("desk", "desk@example.org", "pw")
    link, token = draft_link_create(piece, editor)
    path = f"/draft/{token}/"

    first, second = ask(varnish_in_front, path), ask(varnish_in_front, path)
    assert (first.status, second.status) == (200, 200)
    assert "A draft for the fact checker" in second.body.decode()
    assert (first.cache, second.cache) == ("PASS", "PASS")
    assert "no-store" in second.headers["Cache-Control"]
    assert second.headers["X-Robots-Tag"] == "noindex"
    assert "Set-Cookie" not in second.headers

    draft_link_revoke(link, editor)
    assert ask(varnish_in_front, path).status == 404
