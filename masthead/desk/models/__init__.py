"""The desk's models: section editors and draft links."""

from .draft_link import DraftLink
from .section_editor import SectionEditor

__all__ = ["DraftLink", "SectionEditor"]
