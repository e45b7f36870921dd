"""Section editors publish the articles of their sections, and only those.

Wagtail's page permissions follow the page tree, and every article lives under
the one articles index, not under its section, so "publish in Europe" cannot be
a page permission. Instead ArticlePage asks the
`masthead_article_permission_tester` hook for its permission tester
(articles/models/article_page.py; the articles app cannot import the desk, which
sits above it), and the desk registers the one below (wagtail_hooks.py).

It is Wagtail's own tester with one addition: a user who may edit any article
("change" on the articles index) and is a section editor of the article's
section also has "publish" on it, with everything Wagtail ties to publishing
(unpublish, schedule, privacy). Any other page, and anyone else, is tested as
Wagtail tests them, but for deleting: Wagtail lets whoever may edit any page
delete any unpublished draft; on the desk only those who may publish a piece
delete someone else's draft of it, so a copy editor deletes only their own.
"""

from wagtail.models import PagePermissionTester

from .models.section_editor import sections_edited_by


class ArticlePermissionTester(PagePermissionTester):
    """What a user may do with an article: Wagtail's answer, plus "publish"
    for a section editor on an article of their sections.

    `page` is the version being tested: the editor's latest draft in the edit
    view, the content about to go live when a revision is published.
    """

    def __init__(self, user, page):
        super().__init__(user, page)
        if self._publishes_in_section(user, page):
            self.permissions.add("publish")

    def _publishes_in_section(self, user, page) -> bool:
        if not user.is_active or user.is_superuser:
            return False  # Wagtail answers for these without permissions
        if "publish" in self.permissions or "change" not in self.permissions:
            return False
        # The user's sections first: asking a listing's page for its section
        # may cost a query (Wagtail defers the article's own fields).
        sections = sections_edited_by(user)
        return bool(sections) and page.section_id in sections

    def can_delete(self, ignore_bulk=False):
        allowed = super().can_delete(ignore_bulk)
        if not allowed or self.user.is_superuser or "publish" in self.permissions:
            return allowed
        return self.page.owner_id == self.user.pk and not self.page.live
