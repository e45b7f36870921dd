"""Forms of the round-up's send page: where to send a test, when to send."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone

from .magazine_time import magazine_time_display, magazine_time_zone, magazine_time_zone_name

MAX_TEST_ADDRESSES = 10
ADDRESS_SEPARATORS = re.compile(r"[,;\s]+")


class SendTestForm(forms.Form):
    addresses = forms.CharField(
        label="Send a test to",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=f"Up to {MAX_TEST_ADDRESSES} addresses, separated by commas or one per line. "
        "Each gets a copy of its own, marked [Test], whose links lead to the archive.",
        error_messages={"required": "Give at least one address to send the test to."},
    )

    def clean_addresses(self) -> list[str]:
        typed = [part for part in ADDRESS_SEPARATORS.split(self.cleaned_data["addresses"]) if part]
        addresses = list(dict.fromkeys(typed, None))  # in order, each once
        if len(addresses) > MAX_TEST_ADDRESSES:
            raise ValidationError(
                f"Send a test to at most {MAX_TEST_ADDRESSES} addresses at a time "
                f"(there are {len(addresses)})."
            )
        invalid = [address for address in addresses if not _is_address(address)]
        if invalid:
            raise ValidationError(
                f"Not an email address: {', '.join(invalid)}. Nothing was sent; "
                "correct or remove it and send again."
            )
        return addresses


def _is_address(text: str) -> bool:
    try:
        validate_email(text)
    except ValidationError:
        return False
    return True


class MagazineDateTimeField(forms.DateTimeField):
    """A date and time read in the magazine's time zone, whatever the editor's
    own (the admin uses theirs): the round-up goes out at the magazine's hour."""

    def to_python(self, value):
        with timezone.override(magazine_time_zone()):
            return super().to_python(value)


class ScheduleForm(forms.Form):
    when = MagazineDateTimeField(
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        error_messages={"required": "Give a date and time to send at."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Read when the form is made, so that the zone named is the one in force.
        when = self.fields["when"]
        when.label = f"Send at ({magazine_time_zone_name()})"
        now = magazine_time_display(timezone.now())
        when.help_text = f"In the magazine's time zone. It is now {now}."

    def clean_when(self):
        when = self.cleaned_data["when"]
        if when <= timezone.now():
            raise ValidationError("Choose a time in the future, or send it now.")
        return when
