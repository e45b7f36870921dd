"""The desk's models: section editors, draft links, the review's approval step."""

from .draft_link import DraftLink
from .review import SectionApprovalTask
from .section_editor import SectionEditor

__all__ = ["DraftLink", "SectionApprovalTask", "SectionEditor"]
