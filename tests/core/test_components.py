"""Components (core/components.py): called with the parameters they declare."""

import pytest
from django.core.paginator import Paginator
from django.template import Context, Template
from django.template.loader import render_to_string

from masthead.core.components import ComponentError, component_macro, render_component

COMPONENTS = [
    "articles/components/byline.html",
    "articles/components/dateline.html",
    "articles/components/kicker.html",
    "articles/components/river.html",
    "articles/components/teaser.html",
    "images/components/credit_caption.html",
]


@pytest.mark.parametrize("name", COMPONENTS)
def test_every_component_declares_its_parameters_as_a_macro_of_its_name(name):
    macro = component_macro(name)
    assert macro.arguments[0] == "request"
    assert len(macro.arguments) > 1


@pytest.mark.parametrize("name", COMPONENTS)
def test_a_parameter_a_component_does_not_declare_is_an_error(name):
    with pytest.raises(ComponentError, match="takes no parameter colour"):
        render_component(name, colour="red")


def test_a_required_parameter_left_out_is_an_error():
    with pytest.raises(ComponentError, match="needs authors"):
        render_component("articles/components/byline.html")


def test_django_templates_call_components_with_the_component_tag():
    template = Template(
        '{% load masthead_tags %}{% component "articles/components/river.html" articles=none %}'
    )
    assert "Nothing published here yet." in template.render(Context({"none": []}))


def test_a_misspelt_parameter_in_a_django_template_fails_loudly():
    template = Template(
        '{% load masthead_tags %}{% component "articles/components/river.html" article=x %}'
    )
    with pytest.raises(ComponentError):
        template.render(Context({"x": []}))


def test_the_follow_us_list_names_each_network():
    html = render_to_string(
        "components/follow_us.html",
        {"links": [{"network": "mastodon", "label": "Mastodon", "url": "https://m.example/@x"}]},
    )
    assert 'href="https://m.example/@x"' in html and ">Mastodon</a>" in html
    assert render_to_string("components/follow_us.html", {"links": []}).strip() == ""


def test_the_pagination_marks_the_current_page():
    page = Paginator(list(range(50)), 20).page(2)
    html = render_to_string("components/pagination.html", {"page_obj": page})
    assert 'rel="prev" href="?page=1"' in html and 'rel="next" href="?page=3"' in html
    assert 'aria-current="page">Page 2 of 3' in html
