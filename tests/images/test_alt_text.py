import pytest
from django.core.exceptions import ValidationError

from masthead.images.alt_text import looks_like_file_name
from masthead.images.factories import CreditedImageFactory


@pytest.mark.parametrize(
    "text",
    [
        "Deputy_secretary_meets_delegation_-_flickr_-_u.s._department_of_state",
        "IMG_4031.JPG",
        "photo.png",
        "harbour-cranes-at-dawn-2024",
    ],
)
def test_file_names_are_recognised_as_file_names(text):
    assert looks_like_file_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Container cranes at a harbour at dawn",
        "A delegation seated around a long table",
        "Map",
    ],
)
def test_descriptions_are_not_mistaken_for_file_names(text):
    assert not looks_like_file_name(text)


def test_alt_text_equal_to_the_uploaded_file_name_is_recognised():
    assert looks_like_file_name("Harbour cranes", "uploads/harbour_cranes.jpg")


@pytest.mark.django_db
def test_an_image_whose_alt_text_is_its_file_name_is_refused():
    image = CreditedImageFactory.build(alt_text="Deputy_secretary_meets_delegation_-_flickr")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert "file name" in str(error.value.message_dict["alt_text"])


@pytest.mark.django_db
def test_an_image_without_alt_text_or_credit_is_refused():
    image = CreditedImageFactory.build(alt_text="", credit="")
    with pytest.raises(ValidationError) as error:
        image.full_clean()
    assert {"alt_text", "credit"} <= set(error.value.message_dict)
