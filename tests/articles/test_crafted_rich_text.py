"""Rich text posted by hand, past the editor's JavaScript, never breaks a page.

The Draftail editor sends its content as JSON; anyone who can edit a piece can
send any JSON instead. Whatever is accepted must render: a link whose target
is not a page number, a number no database column holds, a document that does
not exist, an entity of a kind the field does not allow.
"""

import json
import re

import pytest

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory

from .admin_forms import article_edit_url, article_form_data

pytestmark = pytest.mark.django_db


def contentstate(entity_type: str, data: dict, text: str = "the committee report") -> str:
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1b2c",
                    "type": "unstyled",
                    "depth": 0,
                    "text": f"Read {text} first.",
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 5, "length": len(text), "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": entity_type, "mutability": "MUTABLE", "data": data}},
        }
    )


CRAFTED = {
    "page id that is not a number": ("LINK", {"id": "abc", "parentId": 1}),
    "page id beyond any column": ("LINK", {"id": 10**30}),
    "page id of no page": ("LINK", {"id": 987654}),
    "page id as a list": ("LINK", {"id": [1, 2]}),
    "document id that is not a number": ("DOCUMENT", {"id": "x1"}),
    "document id of no document": ("DOCUMENT", {"id": 424242}),
    "image embed the field does not allow": ("IMAGE", {"id": 1, "format": "left", "alt": "x"}),
    "embed the field does not allow": ("EMBED", {"url": "http://10.0.0.1/"}),
    "script link": ("LINK", {"url": "javascript:alert(1)"}),
    "unknown entity": ("SOMETHING", {"url": "https://example.org/"}),
}


@pytest.fixture
def article(magazine):
    return ArticlePageFactory(authors=[AuthorPageFactory(title="Lena Brandt")])


@pytest.mark.parametrize("entity_type,data", CRAFTED.values(), ids=CRAFTED.keys())
def test_a_crafted_body_never_breaks_the_public_page(
    editor_client, client, article, entity_type, data
):
    form = article_form_data(editor_client, article)
    form["body-0-value"] = contentstate(entity_type, data)
    form["action-publish"] = "action-publish"

    response = editor_client.post(article_edit_url(article), form)
    assert response.status_code == 302  # published

    article.refresh_from_db()
    public = client.get(article.url)
    assert public.status_code == 200
    page = public.content.decode()
    if entity_type in ("LINK", "DOCUMENT"):  # the words stay, linked or not
        assert "Read the committee report first." in " ".join(re.sub(r"<[^>]+>", "", page).split())
    assert "javascript:" not in page
    assert "10.0.0.1" not in page
    # ... and the piece still opens in the editor.
    assert editor_client.get(article_edit_url(article)).status_code == 200


def test_a_link_to_a_page_that_exists_still_works(editor_client, client, article, magazine):
    form = article_form_data(editor_client, article)
    form["body-0-value"] = contentstate("LINK", {"id": magazine.sections.pk})
    form["action-publish"] = "action-publish"
    assert editor_client.post(article_edit_url(article), form).status_code == 302
    page = client.get(article.url).content.decode()
    assert '<a href="/sections/">the committee report</a>' in page


def test_text_stored_with_a_bad_link_still_renders(client, article):
    article.body = [("paragraph", '<p>See <a linktype="page" id="1e99">the notes</a>.</p>')]
    article.save_revision().publish()
    response = client.get(article.url)
    assert response.status_code == 200
    assert "<a>the notes</a>" in response.content.decode()
