"""Form data for the article editor, read from the page the admin renders."""

from django.urls import reverse
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)


def article_edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def article_form_data(client, page, *, body=("A first paragraph.",), **overrides):
    """The edit form as the editor sees it, with the body filled in (the body
    widget is drawn by JavaScript, so its fields are not in the HTML)."""
    response = client.get(article_edit_url(page))
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data.update(
        nested_form_data(
            {"body": streamfield([("paragraph", rich_text(f"<p>{text}</p>")) for text in body])}
        )
    )
    for key, value in overrides.items():
        data[key] = value
    return data


def publish(client, page, **overrides):
    data = article_form_data(client, page, **overrides)
    data["action-publish"] = "action-publish"
    return client.post(article_edit_url(page), data)


def save_draft(client, page, **overrides):
    return client.post(article_edit_url(page), article_form_data(client, page, **overrides))
