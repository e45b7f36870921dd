"""The author page's person becomes people.Author (table people_author); the
page readers visit is articles.AuthorPage (articles 0007), which keeps every
existing author page, its id, URL and byline credits."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0002_alter_authorpage_social_links"),
        ("articles", "0006_partner_from_partners_app"),
    ]

    operations = [
        migrations.RenameModel(old_name="AuthorPage", new_name="Author"),
    ]
