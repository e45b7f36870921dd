"""The licences an image (or an article) can carry, with their public deeds."""

from django.db import models


class Licence(models.TextChoices):
    PUBLIC_DOMAIN = "public_domain", "Public domain"
    CC_BY = "cc_by", "CC BY 4.0"
    CC_BY_SA = "cc_by_sa", "CC BY-SA 4.0"
    CC_BY_ND = "cc_by_nd", "CC BY-ND 4.0"
    RIGHTS_MANAGED = "rights_managed", "Agency / rights-managed"
    STAFF = "staff", "Staff (all rights reserved)"


LICENCE_URLS = {
    Licence.PUBLIC_DOMAIN: "https://creativecommons.org/publicdomain/mark/1.0/",
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC_BY_ND: "https://creativecommons.org/licenses/by-nd/4.0/",
}

# Licences under which a third party may republish the work as it is.
REPUBLISHABLE = {Licence.PUBLIC_DOMAIN, Licence.CC_BY, Licence.CC_BY_SA, Licence.CC_BY_ND}


def licence_url(licence: str) -> str:
    return LICENCE_URLS.get(licence, "")
