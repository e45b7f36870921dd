"""Page and document links in rich text, safe with any id they are given.

Wagtail stores a link to a page or a document as `<a linktype="page"
id="42">` and looks the number up when the text is shown or edited. The
editor's JavaScript always sends a number, but anyone who may edit can post
any JSON in its place: an id of "abc" or 10**30 made the public page answer
500 (the database refuses to compare or to hold it) and the piece could no
longer be opened in the editor. Replacing Wagtail's handlers (core/wagtail_hooks.py):

- on the way in (the editor's JSON to stored HTML), a link whose id is not a
  row number is dropped and its words kept;
- on the way out (public pages, feeds, the round-up) and back into the editor,
  such an id finds nothing, as for a deleted page: the words stay, unlinked.
  That also covers text stored before this check, or by other routes.
"""

from wagtail.admin.rich_text.converters.contentstate import link_entity
from wagtail.admin.rich_text.converters.html_to_contentstate import (
    ExternalLinkElementHandler,
    PageLinkElementHandler,
)
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.documents.rich_text.contentstate import (
    DocumentLinkElementHandler,
    document_link_entity,
)
from wagtail.rich_text.pages import PageLinkHandler

# The largest value of a 64-bit signed column: every database's row numbers fit.
MAX_ROW_NUMBER = 2**63 - 1


def row_number(value: object) -> int | None:
    """`value` as a row number (a positive integer a database column holds), or None."""
    try:
        number = int(str(value).strip())
    except ValueError:
        return None
    return number if 0 < number <= MAX_ROW_NUMBER else None


def _row_numbers_only(attrs_list: list[dict]) -> list[dict]:
    return [{**attrs, "id": row_number(attrs.get("id"))} for attrs in attrs_list]


# -- shown: stored HTML to a page ------------------------------------------------


class CheckedPageLinkHandler(PageLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        return super().get_many(_row_numbers_only(attrs_list))


class CheckedDocumentLinkHandler(DocumentLinkHandler):
    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        return super().get_many(_row_numbers_only(attrs_list))


# -- edited: stored HTML to the editor's JSON ----------------------------------


class CheckedPageLinkElementHandler(PageLinkElementHandler):
    def get_attribute_data(self, attrs):
        number = row_number(attrs.get("id"))
        if number is None:
            return {"url": ""}  # a link without a target, for the editor to fix
        return super().get_attribute_data({**attrs, "id": number})


class CheckedDocumentLinkElementHandler(DocumentLinkElementHandler):
    def get_attribute_data(self, attrs):
        number = row_number(attrs.get("id"))
        if number is None:
            return {}
        return super().get_attribute_data({**attrs, "id": str(number)})


# -- saved: the editor's JSON to stored HTML -----------------------------------


def checked_link_entity(props):
    if props.get("id") is not None and row_number(props["id"]) is None:
        return props["children"]
    return link_entity(props)


def checked_document_link_entity(props):
    if row_number(props.get("id")) is None:
        return props["children"]
    return document_link_entity(props)


LINK_RULE = {
    "from_database_format": {
        "a[href]": ExternalLinkElementHandler("LINK"),
        'a[linktype="page"]': CheckedPageLinkElementHandler("LINK"),
    },
    "to_database_format": {"entity_decorators": {"LINK": checked_link_entity}},
}
DOCUMENT_LINK_RULE = {
    "from_database_format": {
        'a[linktype="document"]': CheckedDocumentLinkElementHandler("DOCUMENT"),
    },
    "to_database_format": {"entity_decorators": {"DOCUMENT": checked_document_link_entity}},
}
