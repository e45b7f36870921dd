"""Partner and PartnerFeed now belong to the partners app (state only: the
tables and rows stay; see partners/migrations/0001)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("syndication", "0002_partner_default_section_partner_licence_partner_logo_and_more"),
        ("partners", "0001_initial"),
        ("articles", "0006_partner_from_partners_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="importeditem",
                    name="partner",
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="imported", to="partners.partner"),
                ),
                migrations.AlterField(
                    model_name="importeditem",
                    name="feed",
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="items", to="partners.partnerfeed"),
                ),
                migrations.DeleteModel(name="PartnerFeed"),
                migrations.DeleteModel(name="Partner"),
            ],
            database_operations=[],
        ),
    ]
