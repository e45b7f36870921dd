"""Operations of the editorial desk: setting up the roles and the review
workflow, naming section editors, making and revoking draft links."""

import datetime
from collections.abc import Iterable

from django.apps import apps
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group, Permission, User
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from masthead.articles.models import ArticleIndexPage, HomePage, SectionPage

from .models import DraftLink, SectionApprovalTask, SectionEditor
from .models.draft_link import DEFAULT_DAYS, MAX_DAYS, new_token, token_digest
from .roles import ARTICLES, FRONT_PAGE, ROLES, role_groups_ensure

DRAFT_LINK_CREATED = "desk.draft_link.create"
DRAFT_LINK_REVOKED = "desk.draft_link.revoke"

REVIEW_WORKFLOW = "Copy edit → Editor approval"
COPY_EDIT = "Copy edit"
EDITOR_APPROVAL = "Editor approval"


@transaction.atomic
def roles_ensure() -> dict[str, Group]:
    """Every role's group with all its permissions, page permissions included.

    The migration (desk/0002) creates the groups in every database, but their
    page permissions need the front page and the articles index, which a new
    magazine gets only later: `magazine_setup` calls this through its
    `masthead_after_magazine_setup` hook (wagtail_hooks.py), the demo builder
    right after building the structure (its users must work at once), the
    tests where they need the roles. Without the pages it grants the rest and
    skips them. Safe to run again: nothing is duplicated or taken away. The
    review workflow comes with them (`review_workflow_ensure`).
    """
    groups = role_groups_ensure(apps)
    pages: dict[str, Page | None] = {
        FRONT_PAGE: HomePage.objects.first(),
        ARTICLES: ArticleIndexPage.objects.first(),
    }
    for role in ROLES:
        for where, codename in role.page_permissions:
            page = pages[where]
            if page is None:
                continue
            GroupPagePermission.objects.get_or_create(
                group=groups[role.name],
                page=page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    review_workflow_ensure(groups, pages[ARTICLES])
    return groups


def review_workflow_ensure(groups: dict[str, Group], articles: Page | None) -> Workflow:
    """The magazine's review, for every piece under the articles index: the
    copy desk edits and approves, then the editor-in-chief or the editor of
    the piece's section approves and so publishes (models/review.py).

    Made once: a workflow, task or assignment an administrator has since
    changed in Settings → Workflows is left as it is.
    """
    copy_edit = GroupApprovalTask.objects.filter(name=COPY_EDIT).first()
    if copy_edit is None:
        copy_edit = GroupApprovalTask.objects.create(name=COPY_EDIT)
        copy_edit.groups.set([groups["Copy editor"]])
    approval = SectionApprovalTask.objects.filter(name=EDITOR_APPROVAL).first()
    if approval is None:
        approval = SectionApprovalTask.objects.create(name=EDITOR_APPROVAL)
        approval.groups.set([groups["Editor-in-chief"]])
    workflow, created = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    if created:
        for order, task in enumerate([copy_edit, approval]):
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    if articles is not None and not WorkflowPage.objects.filter(page=articles).exists():
        WorkflowPage.objects.create(page=articles, workflow=workflow)
    return workflow


def section_editor_assign(user: AbstractBaseUser, sections: Iterable[SectionPage]) -> SectionEditor:
    """Let `user` publish the articles of `sections` (besides those already theirs)."""
    desk, _ = SectionEditor.objects.get_or_create(user=user)
    desk.sections.add(*sections)
    return desk


@transaction.atomic
def draft_link_create(
    page: Page, user: User, *, days: int = DEFAULT_DAYS, note: str = ""
) -> tuple[DraftLink, str]:
    """A link to `page`'s newest draft for `days` (at most MAX_DAYS), and its
    token: the only time the token exists outside the reviewer's address.
    Written to the page's history. The caller checks that `user` may edit
    the page."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"A draft link lasts from 1 to {MAX_DAYS} days, not {days}.")
    token = new_token()
    now = timezone.now()
    link = DraftLink.objects.create(
        page=page,
        token_digest=token_digest(token),
        note=note.strip(),
        created_by=user,
        created_at=now,
        expires_at=now + datetime.timedelta(days=days),
    )
    log(page, DRAFT_LINK_CREATED, user=user, data=_log_data(link))
    return link, token


@transaction.atomic
def draft_link_revoke(link: DraftLink, user: User) -> None:
    """Close `link` at once; revoking a closed link changes nothing."""
    if link.revoked_at is not None:
        return
    link.revoked_at = timezone.now()
    link.save(update_fields=["revoked_at"])
    log(link.page, DRAFT_LINK_REVOKED, user=user, data=_log_data(link))


def _log_data(link: DraftLink) -> dict[str, str]:
    return {"note": link.note, "expires_at": link.expires_at.isoformat()}
