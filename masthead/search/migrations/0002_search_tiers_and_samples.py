"""PostgreSQL: the indexes the results' tiers and the count samples read
(engines/postgres.py). Nothing to do on SQLite."""

from django.db import migrations

from masthead.search.engines import postgres


def indexes_create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in postgres.CREATE_TIERS_AND_SAMPLES:
            schema_editor.execute(statement, params=None)


def indexes_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for statement in postgres.DROP_TIERS_AND_SAMPLES:
            schema_editor.execute(statement, params=None)


class Migration(migrations.Migration):
    dependencies = [("masthead_search", "0001_search_index")]

    operations = [migrations.RunPython(indexes_create, indexes_drop)]
