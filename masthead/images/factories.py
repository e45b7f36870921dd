"""Factories for credited images, shared by the demo and the tests."""

import factory
from django.core.files.base import ContentFile

from .generate import illustration_bytes
from .licences import Licence
from .models import CreditedImage

ILLUSTRATIONS = 12


class CreditedImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CreditedImage

    class Params:
        # A dozen illustrations take turns: each is drawn once per process
        # (generate.py keeps it), and a page of teasers still shows several.
        seed = factory.Sequence(lambda n: n % ILLUSTRATIONS)
        size = (1200, 675)

    title = factory.Sequence(lambda n: f"Illustration {n}")
    alt_text = "Abstract illustration of overlapping coloured bands crossed by routes"
    caption = "An illustration for this piece."
    credit = "Masthead illustration"
    licence = Licence.STAFF
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            illustration_bytes(o.seed, *o.size), name=f"illustration-{o.seed}.jpg"
        )
    )
