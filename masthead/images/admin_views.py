"""Wagtail's multiple image uploader, keeping only the picture the policy re-encoded.

When an upload lacks fields the image needs (alt text and credit, always, at
this step), Wagtail keeps the request's own file as an UploadedFile until the
editor fills them in, bypassing the form's cleaned file. So the clean picture
takes the request file's place before Wagtail's code runs.
"""

from django.http import JsonResponse
from wagtail.images.views.multiple import AddView

from .forms import upload_clean
from .policy import ImageRefused


class ImageMultipleAddView(AddView):
    def post(self, request):
        upload = request.FILES.get("files[]")
        if upload is not None:
            try:
                request.FILES["files[]"] = upload_clean(upload)
            except ImageRefused as refusal:
                return JsonResponse({"success": False, "error_message": str(refusal)})
        return super().post(request)
