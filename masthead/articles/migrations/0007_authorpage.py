"""Author pages: every existing people.Author page becomes an articles.AuthorPage
(same id, URL, revisions and byline credits); see people 0003."""

import django.db.models.deletion
from django.db import migrations, models


def _rows(apps):
    content_type = apps.get_model("contenttypes", "ContentType")
    page_type, _ = content_type.objects.get_or_create(app_label="articles", model="authorpage")
    person_type, _ = content_type.objects.get_or_create(app_label="people", model="author")
    return page_type, person_type


def author_pages_create(apps, schema_editor):
    page_type, person_type = _rows(apps)
    author = apps.get_model("people", "Author")
    author_page = apps.get_model("articles", "AuthorPage")
    ids = list(author.objects.values_list("pk", flat=True))
    if not ids:
        return
    quote = schema_editor.quote_name
    schema_editor.execute(
        f"INSERT INTO {quote(author_page._meta.db_table)} (author_ptr_id) "
        f"SELECT page_ptr_id FROM {quote(author._meta.db_table)}"
    )
    apps.get_model("wagtailcore", "Page").objects.filter(pk__in=ids).update(content_type=page_type)
    apps.get_model("wagtailcore", "Revision").objects.filter(
        content_type=person_type, object_id__in=[str(pk) for pk in ids]
    ).update(content_type=page_type)


def author_pages_remove(apps, schema_editor):
    page_type, person_type = _rows(apps)
    author_page = apps.get_model("articles", "AuthorPage")
    ids = list(author_page.objects.values_list("pk", flat=True))
    apps.get_model("wagtailcore", "Page").objects.filter(pk__in=ids).update(content_type=person_type)
    apps.get_model("wagtailcore", "Revision").objects.filter(
        content_type=page_type, object_id__in=[str(pk) for pk in ids]
    ).update(content_type=person_type)
    schema_editor.execute(f"DELETE FROM {schema_editor.quote_name(author_page._meta.db_table)}")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0006_partner_from_partners_app"),
        ("people", "0003_rename_authorpage_author"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="AuthorPage",
            fields=[
                (
                    "author_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to="people.author",
                    ),
                ),
            ],
            options={"verbose_name": "author page"},
            bases=("people.author",),
        ),
        migrations.RunPython(author_pages_create, author_pages_remove),
    ]
