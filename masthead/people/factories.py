"""Factories for authors, shared by the demo and the tests."""

import factory
from django.utils.text import slugify

from masthead.core.factories import PageFactory

from .models import AuthorPage


class AuthorPageFactory(PageFactory):
    class Meta:
        model = AuthorPage

    title = factory.Faker("name")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.title)}-{n}")
    role = "Contributor"
    bio = factory.LazyAttribute(lambda o: f"<p>{o.title} writes about security and diplomacy.</p>")

    @classmethod
    def default_parent(cls):
        from masthead.articles.services import magazine_structure_ensure

        return magazine_structure_ensure().authors
