"""Wagtail's image uploader ("Add an image"), with the one-picture form first.

The page opens with a complete form for one picture: the file with its alt
text, credit, caption and licence, saved in one step by Wagtail's own "add"
view (images/add/), so nothing is uploaded that is not yet an image. Below
it, Wagtail's drop zone takes several files at once; each then waits, not yet
saved, for its alt text and credit.

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
    template_name = "images/admin/add.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Wagtail's view made the upload form unbound for its limits and media:
        # the "add" view's own form, whose fields the page prints.
        context["one_image_form"] = self.form
        return context

    def post(self, request):
        upload = request.FILES.get("files[]")
        if upload is not None:
            try:
                request.FILES["files[]"] = upload_clean(upload)
            except ImageRefused as refusal:
                return JsonResponse({"success": False, "error_message": str(refusal)})
        return super().post(request)
