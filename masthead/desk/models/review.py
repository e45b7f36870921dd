"""The review workflow's last step: the editor of the piece's section approves.

Wagtail's group approval task lets every member of its groups approve every
piece. The magazine's "Editor approval" is that task with one addition:
whoever may publish the piece may approve it, since approving publishes it.
So the section editors of a piece's primary section approve it too (and are
told of it, signal_handlers.py), while section editors of other sections are
not asked and may not act. The groups (the Editor-in-chief) approve any
piece. The workflow itself is set up by `services.review_workflow_ensure`.
"""

from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import TaskState
from wagtail.models.workflows import AbstractGroupApprovalTask

from masthead.articles.models import ArticlePage

from .section_editor import sections_edited_by


def section_id_of(obj) -> int | None:
    """The primary section of the piece under review (None for any other page)."""
    return getattr(getattr(obj, "specific_deferred", obj), "section_id", None)


class SectionApprovalTask(AbstractGroupApprovalTask):
    def approves(self, obj, user) -> bool:
        """May `user` approve, edit and lock `obj` at this step? The groups may,
        and so may whoever may publish it: approving here publishes it, and
        the article's own permission tester knows who may (for a section
        editor, desk/permissions.py)."""
        if user.is_superuser or self._user_in_groups(user):
            return True
        page = getattr(obj, "specific_deferred", obj)
        return page.permissions_for_user(user).can_publish()

    def user_can_access_editor(self, obj, user):
        return self.approves(obj, user)

    def locked_for_user(self, obj, user):
        return not self.approves(obj, user)

    def user_can_lock(self, obj, user):
        return self.approves(obj, user)

    def get_actions(self, obj, user):
        if not self.approves(obj, user):
            return []
        # Wagtail's own three (its parent offers them to the groups only).
        return [
            ("reject", "Request changes", True),
            ("approve", "Approve", False),
            ("approve", "Approve with comment", True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if user.is_superuser or self._user_in_groups(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        sections = sections_edited_by(user)
        if not sections:
            return TaskState.objects.none()
        # A workflow state names its page by a text id.
        pieces = (
            ArticlePage.objects.filter(section_id__in=sections)
            .annotate(text_id=Cast("pk", CharField()))
            .values("text_id")
        )
        return self.task_states.filter(
            status=TaskState.STATUS_IN_PROGRESS, workflow_state__object_id__in=pieces
        )

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve any piece; a section editor approves "
            "the pieces of their sections."
        )

    class Meta:
        verbose_name = "section approval task"
        verbose_name_plural = "section approval tasks"
