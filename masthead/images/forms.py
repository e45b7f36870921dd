"""The admin's image form: every uploaded file passes the image policy.

Wagtail builds all its image forms from this base (WAGTAILIMAGES_IMAGE_FORM_BASE):
add, edit ("Change image file"), the multiple uploader and the chooser's upload tab.
"""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.forms.fields import FileField
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .alt_text import FILE_NAME_MESSAGE, looks_like_file_name
from .policy import CleanImage, ImageRefused, image_clean, image_size_check


class CleanUpload(SimpleUploadedFile):
    """A picture the policy has re-encoded, under a name of our own.

    Only our code makes these (Django's upload handlers make the request's
    files), so a form may take one as already clean.
    """

    def __init__(self, picture: CleanImage, client_name: str = "") -> None:
        super().__init__(picture.new_file_name(), picture.content, picture.mime_type)
        self.client_name = client_name


def upload_clean(upload: UploadedFile) -> CleanUpload:
    """The uploaded file, re-encoded by the policy; ImageRefused when it breaks a rule."""
    if isinstance(upload, CleanUpload):
        return upload
    image_size_check(upload.size)  # before reading a byte of it
    upload.seek(0)
    return CleanUpload(image_clean(upload.read()), client_name=upload.name or "")


class PolicyImageField(WagtailImageField):
    """Wagtail's image field (help text, limits shown to the uploader), whose
    checks are the policy's: the format is what decoding finds, whatever the
    file's name says, and the file kept is the re-encoded one."""

    def to_python(self, data):
        # Only FileField's checks (a named, non-empty file); the Willow and
        # extension checks of the parent classes are what the policy replaces.
        upload = FileField.to_python(self, data)
        if upload is None:
            return None
        try:
            return upload_clean(upload)
        except ImageRefused as refusal:
            raise ValidationError(str(refusal), code="image_refused") from None


class CreditedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            wagtail_field = self.fields["file"]
            self.fields["file"] = PolicyImageField(
                label=wagtail_field.label,
                required=wagtail_field.required,
                widget=wagtail_field.widget,
            )

    def clean(self):
        cleaned_data = super().clean()
        # The stored name is ours, so the model can no longer compare the alt
        # text with the editor's own file name; the form still knows it.
        client_name = getattr(cleaned_data.get("file"), "client_name", "")
        alt_text = cleaned_data.get("alt_text") or ""
        if (
            client_name
            and looks_like_file_name(alt_text, client_name)
            and not looks_like_file_name(alt_text)  # else the model says so already
        ):
            self.add_error("alt_text", FILE_NAME_MESSAGE)
        return cleaned_data
