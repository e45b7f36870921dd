"""The credit caption component, rendered with sample values."""

import pytest

from masthead.core.components import render_component
from masthead.images.factories import CreditedImageFactory

pytestmark = pytest.mark.django_db


def test_the_credit_caption_can_print_the_credit_alone():
    image = CreditedImageFactory(caption="Grain silos at dusk.", credit="Masthead illustration")
    full = render_component("images/components/credit_caption.html", image=image)
    assert "Grain silos at dusk." in full and "Masthead illustration" in full
    credit_only = render_component(
        "images/components/credit_caption.html",
        image=image,
        credit_only=True,
        credit_label="Top image credit:",
    )
    assert "Grain silos at dusk." not in credit_only
    assert "Top image credit: Masthead illustration" in credit_only


def test_a_caption_given_by_the_page_replaces_the_images_own():
    image = CreditedImageFactory(caption="Grain silos at dusk.", credit="Masthead illustration")
    html = render_component(
        "images/components/credit_caption.html", image=image, caption="The port of Odesa."
    )
    assert "The port of Odesa." in html and "Grain silos at dusk." not in html
