"""Pages and rows written in bulk with PostgreSQL's COPY, for benchmark corpora.

`add_child` costs tens of milliseconds a page (tree locks, signals, search and
reference index): hours for 100,000 articles. Here a batch of pages of one
type (dicts of their values) becomes live children of a parent with a few COPY
statements, one per table of the model's multi-table inheritance (wagtailcore
page, then each subclass table), with the tree paths treebeard would have
given them and the parent's child count updated. Nothing else happens: no
revisions, no signals, no Wagtail search or reference index entries. Import
it once Django is set up (it imports models).
"""

import uuid
from collections.abc import Iterable, Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from wagtail.models import Page

# Translation keys are derived from the tree path, so the same corpus gets the
# same keys on every build.
TRANSLATION_KEYS = uuid.UUID("6f9c1e52-3a57-4b8e-9d0c-5e2f7a1b4c83")


def copy_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
    """COPY `rows` (values psycopg can adapt) into `table`."""
    names = ", ".join(connection.ops.quote_name(column) for column in columns)
    statement = f"COPY {connection.ops.quote_name(table)} ({names}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def page_ids_reserve(count: int) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [Page._meta.db_table, count],
        )
        return [row[0] for row in cursor.fetchall()]


def next_child_position(parent: Page) -> int:
    last = parent.get_last_child()
    return Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1


def pages_add(parent: Page, model: type[Page], pages: Sequence[dict]) -> list[int]:
    """Add pages of `model` as the last children of `parent`, as they are, and
    return their ids. Each page is a dict of values by attribute name (`title`,
    `slug`, `live`, the dates, the model's own fields, `section_id` for a foreign
    key, JSON text for a StreamField); the rest take the model's defaults, and
    the tree, type, locale and ids are filled in here."""
    if not pages:
        return []
    tables = [*reversed(model._meta.get_parent_list()), model]
    template = model()  # every field's default, prepared once for all pages
    defaults = {
        table: [
            (field, field.get_db_prep_save(getattr(template, field.attname), connection))
            for field in table._meta.local_concrete_fields
        ]
        for table in tables
    }
    ids = page_ids_reserve(len(pages))
    common = {
        "depth": parent.depth + 1,
        "numchild": 0,
        "content_type_id": ContentType.objects.get_for_model(model).pk,
        "locale_id": parent.locale_id,
    }
    first = next_child_position(parent)
    for number, (page, pk) in enumerate(zip(pages, ids, strict=True)):
        page.update(common)
        for table in tables:
            page[table._meta.pk.attname] = pk
        page["path"] = Page._get_path(parent.path, common["depth"], first + number)
        page["url_path"] = f"{parent.url_path}{page['slug']}/"
        page["draft_title"] = page["title"]
        page["translation_key"] = uuid.uuid5(TRANSLATION_KEYS, page["path"])
    for table in tables:
        fields = [(field.attname, default) for field, default in defaults[table]]
        copy_rows(
            table._meta.db_table,
            [field.column for field, _ in defaults[table]],
            ([page.get(name, default) for name, default in fields] for page in pages),
        )
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return ids
