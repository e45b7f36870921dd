"""Which sections a section editor publishes in."""

from django.conf import settings
from django.db import models


class SectionEditor(models.Model):
    """A user who may publish the articles of these sections (permissions.py).

    Everything else they may do comes from their groups: the "Section editor"
    role lets them write and edit articles, this record lets them publish some.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="section_desk"
    )
    sections = models.ManyToManyField(
        "articles.SectionPage",
        related_name="+",
        help_text="The sections whose articles this editor may publish.",
    )

    class Meta:
        ordering = ["user__username"]

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    @property
    def section_titles(self) -> str:
        return ", ".join(section.title for section in self.sections.order_by("title"))


def sections_edited_by(user) -> frozenset[int]:
    """The ids of the sections whose articles `user` may publish; asked once
    per user object, as Wagtail caches a user's page permissions."""
    cached = getattr(user, "_desk_section_ids", None)
    if cached is None:
        ids = SectionEditor.objects.filter(user_id=user.pk).values_list("sections", flat=True)
        cached = frozenset(section_id for section_id in ids if section_id is not None)
        user._desk_section_ids = cached
    return cached
