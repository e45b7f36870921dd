"""The editor-in-chief manages the newsroom's accounts (desk/roles.py, users.py)."""

from django.db import migrations

from masthead.desk.roles import role_groups_ensure


def roles_complete(apps, schema_editor):
    role_groups_ensure(apps, skip_missing=True)


class Migration(migrations.Migration):
    dependencies = [("desk", "0004_review_task")]

    operations = [migrations.RunPython(roles_complete, migrations.RunPython.noop)]
