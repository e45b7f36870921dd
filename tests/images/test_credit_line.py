import pytest

from masthead.images.factories import CreditedImageFactory

pytestmark = pytest.mark.django_db


def test_a_creative_commons_credit_links_to_its_licence():
    image = CreditedImageFactory(credit="REUTERS/Jane Doe", licence="cc_by")
    html = str(image.credit_line_html())
    assert "REUTERS/Jane Doe" in html
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in html
    assert 'rel="license"' in html


def test_a_staff_credit_is_printed_without_a_licence_link():
    image = CreditedImageFactory(credit="State Department photo", licence="staff")
    assert str(image.credit_line_html()) == "State Department photo"


def test_credits_are_escaped():
    image = CreditedImageFactory(credit="<b>Agency</b>", licence="rights_managed")
    assert "<b>" not in str(image.credit_line_html())


def test_only_open_licences_allow_republication():
    assert CreditedImageFactory.build(licence="cc_by_nd").is_republishable
    assert not CreditedImageFactory.build(licence="rights_managed").is_republishable
