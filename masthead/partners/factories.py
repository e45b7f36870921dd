"""Factories for partners and their feeds, shared by the demo, the tests and
the benchmarks."""

import datetime

import factory
from django.utils import timezone
from django.utils.text import slugify

from masthead.images.licences import Licence

from .models import Partner, PartnerFeed


class PartnerFactory(factory.django.DjangoModelFactory):
    """A partner whose permission was granted a year ago and has no end date."""

    class Meta:
        model = Partner
        django_get_or_create = ("slug",)

    class Params:
        expired = factory.Trait(
            permission_expires_on=factory.LazyFunction(
                lambda: timezone.localdate() - datetime.timedelta(days=1)
            )
        )

    name = factory.Sequence(lambda n: f"Partner Review {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    site_url = factory.LazyAttribute(lambda o: f"https://{o.slug}.example.org/")
    licence = Licence.RIGHTS_MANAGED
    permission_granted_on = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=365)
    )
    permission_granted_by = "The partner's editor"
    permission_scope = "Full text with attribution"


class PartnerFeedFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerFeed

    partner = factory.SubFactory(PartnerFactory)
    url = factory.LazyAttribute(lambda o: f"{o.partner.site_url.rstrip('/')}/feed.xml")
