"""The desk in the admin: section editors under Settings, and the article
permission tester that lets them publish in their sections."""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.articles.models import ArticlePage

from .models import SectionEditor
from .permissions import ArticlePermissionTester
from .services import roles_ensure


class SectionEditorViewSet(SnippetViewSet):
    """Who publishes which sections; open to users with the section editor
    permissions (the Editor-in-chief role)."""

    model = SectionEditor
    icon = "user"
    menu_label = "Section editors"
    add_to_settings_menu = True
    list_display = ["__str__", "section_titles"]
    panels = [
        FieldPanel("user"),
        FieldPanel("sections", widget=forms.CheckboxSelectMultiple),
    ]


register_snippet(SectionEditorViewSet)

hooks.register("masthead_article_permission_tester", ArticlePermissionTester)


@hooks.register("masthead_after_magazine_setup")
def roles_on_the_new_magazine() -> str:
    """A new magazine's roles get their permissions on its pages (`magazine_setup`)."""
    groups = roles_ensure()
    return f"The desk's roles ({', '.join(groups)}) have their permissions on its pages."


@hooks.register("before_publish_page")
def refuse_publishing_outside_ones_sections(request, page):
    """The edit view asks the tester before the form is applied: a section
    editor who moves a piece into another section and publishes it in one
    go is asked again here, about the version going live. The changes stay
    saved as a draft."""
    if isinstance(page, ArticlePage) and not page.permissions_for_user(request.user).can_publish():
        messages.error(
            request,
            f"\u201c{page.title}\u201d was saved as a draft, not published: "
            "you may publish only the articles of your sections.",
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
