import pytest
from django.urls import reverse

from masthead.images.factories import CreditedImageFactory

pytestmark = pytest.mark.django_db


def _edit_data(image, **overrides):
    data = {
        "title": image.title,
        "alt_text": image.alt_text,
        "caption": image.caption,
        "credit": image.credit,
        "source_url": "",
        "licence": image.licence,
        "collection": image.collection_id,
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
    }
    data.update(overrides)
    return data


def test_the_image_editor_shows_the_credit_fields(editor_client):
    image = CreditedImageFactory()
    response = editor_client.get(reverse("wagtailimages:edit", args=[image.pk]))
    html = response.content.decode()
    for field in ("alt_text", "caption", "credit", "source_url", "licence"):
        assert f'name="{field}"' in html


def test_saving_an_image_with_a_file_name_as_alt_text_explains_why_it_is_refused(editor_client):
    image = CreditedImageFactory()
    response = editor_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        _edit_data(image, alt_text="DSC_0042_final_crop.jpg"),
    )
    assert response.status_code == 200
    assert "looks like a file name" in response.content.decode()
    image.refresh_from_db()
    assert image.alt_text != "DSC_0042_final_crop.jpg"


def test_an_editor_can_correct_an_image_credit(editor_client):
    image = CreditedImageFactory()
    response = editor_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        _edit_data(image, credit="REUTERS/Jane Doe", licence="rights_managed"),
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.credit == "REUTERS/Jane Doe"
