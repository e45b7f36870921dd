"""Every way an editor uploads a picture in the admin goes through the image policy."""

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection, UploadedFile

from masthead.images.factories import CreditedImageFactory
from masthead.images.models import CreditedImage

from . import hostile

pytestmark = pytest.mark.django_db

SERVER_NAME = re.compile(r"^original_images/[0-9a-f]{32}\.(jpg|png|gif|webp)$")
NOT_A_PICTURE = "This file is not a picture Masthead accepts (JPEG, PNG, GIF or WebP)."


def upload(content: bytes, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def image_data(file=None, **overrides):
    data = {
        "title": "Harbour at dawn",
        "alt_text": "Container cranes at a harbour at dawn",
        "caption": "",
        "credit": "REUTERS/Jane Doe",
        "source_url": "",
        "licence": "rights_managed",
        "collection": Collection.get_first_root_node().pk,
        "tags": "",
        "focal_point_x": "",
        "focal_point_y": "",
        "focal_point_width": "",
        "focal_point_height": "",
    }
    if file is not None:
        data["file"] = file
    data.update(overrides)
    return data


def add(client, file, **overrides):
    return client.post(reverse("wagtailimages:add"), image_data(file, **overrides))


def stored_bytes(image: CreditedImage) -> bytes:
    with image.open_file() as stored:
        return stored.read()


# --- Adding one image -------------------------------------------------------------------


def test_an_uploaded_photo_is_stored_under_a_name_of_our_own(editor_client):
    response = add(editor_client, upload(hostile.jpeg(), name="harbour.jpg"))
    assert response.status_code == 302
    image = CreditedImage.objects.get()
    assert SERVER_NAME.match(image.file.name)
    assert image.file.name.endswith(".jpg")
    assert (image.width, image.height) == (400, 300)
    assert image.file_size == len(stored_bytes(image))


@pytest.mark.parametrize("client_name", ["../../etc/passwd.jpg", "<script>.png", "a" * 300])
def test_the_senders_file_name_is_never_stored(editor_client, client_name):
    response = add(editor_client, upload(hostile.jpeg(), name=client_name))
    assert response.status_code == 302
    image = CreditedImage.objects.get()
    assert SERVER_NAME.match(image.file.name)
    assert "passwd" not in image.file.name and "script" not in image.file.name


def test_a_jpeg_that_calls_itself_a_png_is_stored_as_a_jpeg(editor_client):
    sent = upload(hostile.jpeg(), name="chart.png", content_type="image/png")
    assert add(editor_client, sent).status_code == 302
    image = CreditedImage.objects.get()
    assert image.file.name.endswith(".jpg")
    assert Image.open(io.BytesIO(stored_bytes(image))).format == "JPEG"


def test_a_sideways_photo_is_stored_upright_without_exif_and_so_are_its_renditions(editor_client):
    assert add(editor_client, upload(hostile.jpeg_with_metadata())).status_code == 302
    image = CreditedImage.objects.get()
    assert (image.width, image.height) == (300, 400)
    original = stored_bytes(image)
    rendition = image.get_rendition("width-150")
    with rendition.file.open() as rendition_file:
        rendition_bytes = rendition_file.read()
    assert (rendition.width, rendition.height) == (150, 200)
    for content in (original, rendition_bytes):
        assert not Image.open(io.BytesIO(content)).getexif()
        assert b"Exif" not in content and b"Reporter's camera" not in content
        assert b"Safe house" not in content and b"Source: our contact" not in content


def test_a_jpeg_with_a_zip_appended_is_stored_without_it(editor_client):
    assert add(editor_client, upload(hostile.jpeg_with_zip())).status_code == 302
    stored = stored_bytes(CreditedImage.objects.get())
    assert not zipfile.is_zipfile(io.BytesIO(stored))
    assert b"PK\x03\x04" not in stored


def test_a_gif_that_is_also_a_web_page_is_stored_without_the_page(editor_client):
    sent = upload(hostile.gif_html_polyglot(), name="map.gif", content_type="image/gif")
    assert add(editor_client, sent).status_code == 302
    stored = stored_bytes(CreditedImage.objects.get())
    assert b"<script" not in stored and b"<html" not in stored


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (hostile.SVG, "logo.svg", NOT_A_PICTURE),
        (hostile.SVG, "logo.png", NOT_A_PICTURE),
        (hostile.truncated_jpeg(), "photo.jpg", "The file is cut short"),
        (
            hostile.png_declaring(8000, 6000),
            "flood.png",
            "The picture is 8,000 × 6,000 pixels; the limit is 40 million pixels.",
        ),
        (hostile.png_declaring(30_000, 30_000), "bomb.png", "the limit is 40 million pixels."),
        (hostile.png_with_text(b"A" * 6_000_000), "notes.png", "PNG text chunks"),
    ],
    ids=["svg", "svg-named-png", "truncated", "pixel-flood", "bomb", "text-chunk"],
)
def test_a_refused_file_shows_the_editor_why(editor_client, content, name, message):
    response = add(editor_client, upload(content, name=name))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CreditedImage.objects.exists()


def test_an_animation_over_the_frame_limit_shows_the_editor_why(editor_client, settings):
    settings.MASTHEAD_IMAGE_MAX_FRAMES = 5
    response = add(editor_client, upload(hostile.animation("GIF", frames=6), name="loop.gif"))
    assert response.status_code == 200
    assert "The animation has 6 frames; the limit is 5." in response.content.decode()


def test_alt_text_that_is_the_senders_file_name_is_still_refused(editor_client):
    sent = upload(hostile.jpeg(), name="harbour_cranes.jpg")
    response = add(editor_client, sent, alt_text="Harbour cranes")
    assert response.status_code == 200
    assert "looks like a file name" in response.content.decode()
    assert not CreditedImage.objects.exists()


# --- Replacing the file of an image ---------------------------------------------------------


def test_replacing_the_file_stores_the_clean_picture_under_a_new_name(editor_client):
    image = CreditedImageFactory()
    old_name = image.file.name
    response = editor_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        image_data(upload(hostile.jpeg_with_metadata(), name="../replacement.jpg")),
    )
    assert response.status_code == 302
    image.refresh_from_db()
    assert image.file.name != old_name
    assert SERVER_NAME.match(image.file.name)
    assert (image.width, image.height) == (300, 400)
    assert b"Exif" not in stored_bytes(image)


def test_replacing_the_file_with_a_refused_one_keeps_the_picture(editor_client):
    image = CreditedImageFactory()
    old_name = image.file.name
    response = editor_client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        image_data(upload(hostile.truncated_jpeg())),
    )
    assert response.status_code == 200
    assert "The file is cut short" in response.content.decode()
    image.refresh_from_db()
    assert image.file.name == old_name


# --- The multiple uploader ------------------------------------------------------------------


def multiple_upload(client, content, name="photo.jpg"):
    response = client.post(
        reverse("wagtailimages:add_multiple"),
        {"title": "Harbour at dawn", "files[]": upload(content, name=name)},
    )
    assert response.status_code == 200
    return response.json()


def test_the_multiple_uploader_refuses_a_hostile_file_with_the_reason(editor_client):
    answer = multiple_upload(editor_client, hostile.png_declaring(30_000, 30_000), "bomb.png")
    assert answer == {
        "success": False,
        "error_message": "The picture has 900 million pixels; the limit is 40 million pixels.",
    }
    assert not UploadedFile.objects.exists()


def test_the_multiple_uploader_refuses_an_svg(editor_client):
    answer = multiple_upload(editor_client, hostile.SVG, "logo.svg")
    assert answer == {"success": False, "error_message": NOT_A_PICTURE}


def test_the_multiple_uploader_keeps_only_the_clean_picture_while_it_waits(editor_client):
    answer = multiple_upload(editor_client, hostile.jpeg_with_zip(), "<script>.png")
    assert answer["success"]
    # Alt text and credit are still missing: Wagtail keeps the file meanwhile.
    waiting = UploadedFile.objects.get(pk=answer["uploaded_file_id"])
    assert re.fullmatch(r"wagtail_uploads/[0-9a-f]{32}\.jpg", waiting.file.name)
    with waiting.file.open() as waiting_file:
        assert b"PK\x03\x04" not in waiting_file.read()


def test_an_image_from_the_multiple_uploader_is_the_clean_picture(editor_client):
    answer = multiple_upload(editor_client, hostile.jpeg_with_metadata(), "../../etc/passwd.jpg")
    upload_id = answer["uploaded_file_id"]
    prefix = f"uploaded-image-{upload_id}"
    fields = image_data()
    response = editor_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
        {f"{prefix}-{key}": value for key, value in fields.items()},
    )
    assert response.json()["success"]
    image = CreditedImage.objects.get()
    assert SERVER_NAME.match(image.file.name)
    assert (image.width, image.height) == (300, 400)
    assert b"Exif" not in stored_bytes(image)
    assert not UploadedFile.objects.exists()


# --- The chooser's upload tab (article heroes, author photos) --------------------------------


def chooser_upload(client, content, name="portrait.jpg"):
    fields = image_data(upload(content, name=name))
    response = client.post(
        reverse("wagtailimages_chooser:create"),
        {f"image-chooser-upload-{key}": value for key, value in fields.items()},
    )
    assert response.status_code == 200
    return response.json()


def test_the_chooser_upload_stores_the_clean_picture(editor_client):
    answer = chooser_upload(editor_client, hostile.jpeg_with_metadata(), "<script>.png")
    assert answer["step"] == "chosen"
    image = CreditedImage.objects.get(pk=answer["result"]["id"])
    assert SERVER_NAME.match(image.file.name)
    assert image.file.name.endswith(".jpg")
    assert (image.width, image.height) == (300, 400)
    assert b"Exif" not in stored_bytes(image)


def test_the_chooser_upload_shows_why_a_file_is_refused(editor_client):
    answer = chooser_upload(editor_client, hostile.truncated_jpeg())
    assert answer["step"] == "reshow_creation_form"
    assert "The file is cut short" in answer["htmlFragment"]
    assert not CreditedImage.objects.exists()
