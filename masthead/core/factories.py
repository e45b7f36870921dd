"""A factory base for Wagtail pages: pages are added under a parent in the tree."""

import factory
from wagtail.models import Site


class PageFactory(factory.django.DjangoModelFactory):
    """Creates a page as a child of `parent` (or the factory's default parent).

    With `live=True` (the default) the page is published through a revision,
    exactly as an editor's "Publish" does; `live=False` leaves a draft.
    """

    class Meta:
        abstract = True

    live = True

    @classmethod
    def default_parent(cls):
        raise LookupError(f"{cls.__name__} needs parent=")

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        parent = parent or cls.default_parent()
        publish = kwargs.pop("live", True)
        page = model_class(*args, live=False, **kwargs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
            page.refresh_from_db()
        return page


class InformationPageFactory(PageFactory):
    """A standing page (About, Contact...) under the default site's front page."""

    class Meta:
        model = "core.InformationPage"

    title = factory.Sequence(lambda n: f"Standing page {n}")
    intro = "What this page is about, in a sentence."
    body = "<p>The text of the page.</p>"

    @classmethod
    def default_parent(cls):
        return Site.objects.get(is_default_site=True).root_page
