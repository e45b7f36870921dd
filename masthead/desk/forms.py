"""The form an editor fills in to share a draft (admin_views.py)."""

from django import forms

from .models import DraftLink
from .models.draft_link import DEFAULT_DAYS, MAX_DAYS

DAY_CHOICES = [
    (days, f"{days} day" if days == 1 else f"{days} days") for days in (1, 3, 7, 14, MAX_DAYS)
]


class DraftLinkForm(forms.Form):
    note = forms.CharField(
        label="For whom",
        required=False,
        max_length=DraftLink._meta.get_field("note").max_length,
        help_text="A name or a role (\u201cDr Lena Berg, fact check\u201d): only editors see it.",
    )
    days = forms.TypedChoiceField(
        label="The link works for",
        choices=DAY_CHOICES,
        coerce=int,
        initial=DEFAULT_DAYS,
    )
