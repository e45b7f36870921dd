"""The newsroom's roles as groups, in every database (desk/roles.py).

Django creates permissions after migrating (post_migrate), so on a new
database they do not exist yet: they are created here first, as post_migrate
would, for every app this point of the history knows. Page permissions need
the magazine's pages and are set by desk.services.roles_ensure.
"""

from django.apps import apps as installed_apps
from django.contrib.auth.management import create_permissions
from django.db import migrations

from masthead.desk.roles import role_groups_ensure


def roles_create(apps, schema_editor):
    for app_config in apps.get_app_configs():
        # The migration's app configs have no models module, which
        # create_permissions requires; post_migrate passes the installed
        # app's config with the historical models, and so do we.
        create_permissions(
            installed_apps.get_app_config(app_config.label),
            apps=apps,
            using=schema_editor.connection.alias,
            verbosity=0,
        )
    role_groups_ensure(apps, skip_missing=True)


class Migration(migrations.Migration):
    dependencies = [
        ("desk", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("core", "0004_standing_pages_and_footer_links"),
        ("images", "0003_site_logo"),
        ("newsletter", "0004_delivery_issue_no_own_index"),
        ("partners", "0003_version_stamp"),
    ]

    operations = [migrations.RunPython(roles_create, migrations.RunPython.noop)]
