"""The article edit form: refuses to publish an incomplete piece, with reasons."""

from django.db.models.functions import Lower
from django.utils import timezone
from wagtail.admin.forms import WagtailAdminPageForm

from .models.publication import publication_problems


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The editor picks topics, formats, sections and authors from lists A to Z.
        for name in ("topics", "format", "section", "further_sections"):
            field = self.fields.get(name)
            if field is not None:
                field.queryset = field.queryset.order_by(Lower("title"), "pk")
        byline = self.formsets.get("article_authors")
        if byline is not None:  # the class of its forms, before any is made
            author = byline.form.base_fields["author"]
            author.queryset = author.queryset.order_by(Lower("title"), "pk")

    def _author_count(self) -> int:
        formset = self.formsets.get("article_authors")
        if formset is None or not formset.is_valid():
            return 0
        return sum(
            1
            for form in formset.forms
            if form.cleaned_data.get("author") and not form.cleaned_data.get("DELETE")
        )

    def clean(self):
        cleaned_data = super().clean()
        # Saving a draft defers validation; publishing (or submitting) does not.
        if not self.is_deferred_validation:
            problems = publication_problems(
                dek=cleaned_data.get("dek"),
                hero_image=cleaned_data.get("hero_image"),
                author_count=self._author_count(),
                format_page=cleaned_data.get("format"),
                partner=cleaned_data.get("partner"),
                original_url=cleaned_data.get("original_url"),
            )
            for field, message in problems.items():
                self.add_error(field, message)
        return cleaned_data

    def save(self, commit=True):
        page = super().save(commit=False)
        # A piece scheduled ahead (an embargo) keeps an empty date until it
        # goes live, and is dated then (ArticlePage.save).
        scheduled = page.go_live_at is not None and page.go_live_at > timezone.now()
        if not self.is_deferred_validation and page.published_at is None and not scheduled:
            page.published_at = timezone.now()
        if commit:
            page.save()
            self.save_m2m()
        return page
