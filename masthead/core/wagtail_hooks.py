"""Rich-text registrations of the core app."""

from wagtail import hooks

from .rich_text_links import (
    DOCUMENT_LINK_RULE,
    LINK_RULE,
    CheckedDocumentLinkHandler,
    CheckedPageLinkHandler,
)


@hooks.register("register_rich_text_features", order=100)
def register_checked_links(features):
    # After Wagtail's own registrations (order 0), which these replace.
    features.register_link_type(CheckedPageLinkHandler)
    features.register_link_type(CheckedDocumentLinkHandler)
    features.register_converter_rule("contentstate", "link", LINK_RULE)
    features.register_converter_rule("contentstate", "document-link", DOCUMENT_LINK_RULE)
