"""Forms readers fill in: signup and preferences."""

from django import forms

from masthead.articles.models import SectionPage

from .addresses import address_validate


class SignupForm(forms.Form):
    email = forms.CharField(max_length=254, label="Email address")
    # A field people never see; bots fill it in.
    website = forms.CharField(required=False, label="Leave this empty")
    source = forms.CharField(required=False, max_length=50)

    def clean_email(self):
        return address_validate(self.cleaned_data["email"])

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(
                "This form was filled in automatically, so it was not sent. "
                "If you are a person, please leave the last field empty."
            )
        return ""

    def clean_source(self):
        source = self.cleaned_data.get("source") or "signup-page"
        return source if source in {"signup-box", "signup-page"} else "signup-page"


class PreferencesForm(forms.Form):
    WHOLE, CHOSEN = "all", "chosen"
    receive = forms.ChoiceField(
        choices=[(WHOLE, "The whole round-up"), (CHOSEN, "Only the sections I choose")],
        widget=forms.RadioSelect,
    )
    sections = forms.ModelMultipleChoiceField(
        queryset=SectionPage.objects.live().order_by("title"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("receive") == self.CHOSEN and not cleaned.get("sections"):
            raise forms.ValidationError("Choose at least one section, or the whole round-up.")
        return cleaned
