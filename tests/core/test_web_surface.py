"""The public site's web surface: methods it answers, what its pages may load,
who may frame them."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("method", ["put", "delete", "patch", "options"])
@pytest.mark.parametrize("path", ["/", "/newsletter/", "/search/", "/no-such-page/"])
def test_methods_other_than_get_head_and_post_are_not_allowed(client, magazine, method, path):
    response = getattr(client, method)(path)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"


def test_public_pages_may_run_no_script_and_may_not_be_framed(client, magazine):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "object-src 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"


def test_the_policy_lets_embedded_video_players_in(client, magazine):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "frame-src https://www.youtube-nocookie.com https://player.vimeo.com" in policy


def test_the_admin_keeps_its_scripts(editor_client):
    response = editor_client.get("/admin/")
    assert response.status_code == 200
    assert "script-src 'none'" not in response.headers.get("Content-Security-Policy", "")


def test_an_editor_on_a_public_page_keeps_the_user_bar(editor_client, magazine):
    response = editor_client.get("/")
    assert "script-src 'none'" not in response.headers.get("Content-Security-Policy", "")
