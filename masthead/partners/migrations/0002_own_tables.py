"""The partners' tables take the app's name; the default section becomes a
page reference (sections live above this app; the admin offers only sections)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0001_initial"),
        ("syndication", "0003_partners_moved_out"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AlterModelTable(name="partner", table=None),
        migrations.AlterModelTable(name="partnerfeed", table=None),
        migrations.AlterField(
            model_name="partner",
            name="default_section",
            field=models.ForeignKey(blank=True, help_text="The section imported pieces start in.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="wagtailcore.page"),
        ),
    ]
