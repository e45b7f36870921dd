"""Who is told of a piece waiting for them.

Wagtail emails a review step's groups when a piece reaches it, and the writer
when the piece is approved or sent back. At "Editor approval" the editors of
the piece's section are asked too (models/review.py), so they are told too:
each of them once, not those already told as members of the step's groups,
not whoever moved the piece on.
"""

from django.contrib.auth import get_user_model
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.models import TaskState
from wagtail.signals import task_submitted

from .models.review import SectionApprovalTask, section_id_of


class SectionEditorsNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
    def can_handle(self, instance, **kwargs):
        return isinstance(instance, TaskState) and isinstance(
            instance.task.specific, SectionApprovalTask
        )

    def get_recipient_users(self, task_state: TaskState, **kwargs):
        task = task_state.task.specific
        section_id = section_id_of(task_state.workflow_state.content_object)
        if section_id is None:
            return get_user_model().objects.none()
        recipients = (
            get_user_model()
            .objects.filter(section_desk__sections=section_id)
            .exclude(groups__in=task.groups.all())
        )
        triggering_user = kwargs.get("user")
        if triggering_user is not None:
            recipients = recipients.exclude(pk=triggering_user.pk)
        return recipients.exclude(is_superuser=True).distinct()


section_editors_notifier = SectionEditorsNotifier()


def connect() -> None:
    task_submitted.connect(
        section_editors_notifier, sender=TaskState, dispatch_uid="desk_section_editors_notified"
    )
