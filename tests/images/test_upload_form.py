""" "Add an image" asks for the alt text and the credit in the upload form
itself, and saves the picture in one step: nothing uploaded waits unsaved
unless the editor drops several files at once, and then the page says so."""

import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from masthead.images.factories import CreditedImageFactory
from masthead.images.models import CreditedImage

from . import hostile

pytestmark = pytest.mark.django_db


def upload_page(client) -> str:
    """The page the image library's "Add an image" button opens."""
    library = client.get(reverse("wagtailimages:index")).content.decode()
    add_url = reverse("wagtailimages:add_multiple")
    assert f'href="{add_url}"' in library
    return client.get(add_url).content.decode()


def one_image_form(html: str):
    return BeautifulSoup(html, "html.parser").select_one("#one-image-form")


def filled_in(client, **fields):
    data = querydict_from_html(upload_page(client), form_id="one-image-form")
    data.update(fields)
    return data


def photo():
    return SimpleUploadedFile("IMG_0042.jpg", hostile.jpeg(), content_type="image/jpeg")


def test_the_upload_form_asks_for_alt_text_and_credit_beside_the_file(editor_client):
    form = one_image_form(upload_page(editor_client))
    assert form["action"] == reverse("wagtailimages:add")
    assert form["enctype"] == "multipart/form-data"
    for name in ("file", "title", "alt_text", "credit", "caption", "licence", "source_url"):
        assert form.select_one(f'[name="{name}"]') is not None, name
    for name in ("file", "alt_text", "credit"):
        assert form.select_one(f'[name="{name}"]').has_attr("required"), name


def test_wagtails_own_description_is_asked_nowhere(editor_client):
    image = CreditedImageFactory()
    edit = editor_client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    for html in (upload_page(editor_client), edit):
        form_fields = BeautifulSoup(html, "html.parser").select("form [name]")
        names = {field["name"] for field in form_fields}
        assert "alt_text" in names
        assert "description" not in names


def test_uploading_with_alt_text_and_credit_saves_the_image_at_once(editor_client):
    data = filled_in(
        editor_client,
        title="Harbour cranes",
        alt_text="Container cranes at a harbour at dawn",
        credit="Meridian photo/Ana Ruiz",
    )
    data["file"] = photo()
    response = editor_client.post(reverse("wagtailimages:add"), data, follow=True)
    image = CreditedImage.objects.get()
    assert (image.title, image.alt_text, image.credit) == (
        "Harbour cranes",
        "Container cranes at a harbour at dawn",
        "Meridian photo/Ana Ruiz",
    )
    assert response.redirect_chain[-1][0] == reverse("wagtailimages:index")
    assert "Harbour cranes" in response.content.decode()


def test_uploading_without_alt_text_or_credit_saves_nothing_and_says_what_is_missing(
    editor_client,
):
    data = filled_in(editor_client, title="Harbour cranes", alt_text="", credit="")
    data["file"] = photo()
    response = editor_client.post(reverse("wagtailimages:add"), data)
    assert response.status_code == 200
    assert not CreditedImage.objects.exists()
    page = BeautifulSoup(response.content.decode(), "html.parser")
    for name in ("alt_text", "credit"):
        field = page.select_one(f'[name="{name}"]')
        assert field["aria-invalid"] == "true", name
    assert "This field is required." in page.get_text()


def test_the_drop_zone_for_several_files_says_they_wait_unsaved(editor_client):
    html = upload_page(editor_client)
    assert "waits, not yet saved, for its alt text and credit" in html
