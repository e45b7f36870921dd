"""Republished pieces point at the partners app's Partner (state only: the
same table and rows; see partners/migrations/0001)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_newest_first_indexes"),
        ("partners", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="articlepage",
                    name="partner",
                    field=models.ForeignKey(blank=True, help_text="For republished pieces: whose piece this is.", null=True, on_delete=django.db.models.deletion.PROTECT, related_name="articles", to="partners.partner"),
                ),
            ],
            database_operations=[],
        ),
    ]
