"""Partners move out of the syndication app; their tables and rows stay.

State only: the models are declared here as they already exist in the database
(created by syndication's first two migrations), under syndication's table
names; 0002 renames the tables. Content types are relabelled so that search
entries, permissions and admin history follow the models.
"""

import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
from django.db import migrations, models


def relabel_content_types(apps, schema_editor, old="syndication", new="partners"):
    content_type = apps.get_model("contenttypes", "ContentType")
    for model in ("partner", "partnerfeed"):
        content_type.objects.filter(app_label=old, model=model).update(app_label=new)


def restore_content_types(apps, schema_editor):
    relabel_content_types(apps, schema_editor, old="partners", new="syndication")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("images", "0001_initial"),
        ("articles", "0005_newest_first_indexes"),
        ("syndication", "0002_partner_default_section_partner_licence_partner_logo_and_more"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Partner",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("name", models.CharField(max_length=200, unique=True)),
                        ("slug", models.SlugField(unique=True)),
                        ("site_url", models.URLField(help_text="Pages on this host are this partner's.", verbose_name="site URL")),
                        ("attribution_template", models.CharField(default="{title} appears originally at {partner} and is republished here with permission.", help_text="Printed on every republished piece. {title} and {partner} are filled in.", max_length=500)),
                        ("licence", models.CharField(choices=[("public_domain", "Public domain"), ("cc_by", "CC BY 4.0"), ("cc_by_sa", "CC BY-SA 4.0"), ("cc_by_nd", "CC BY-ND 4.0"), ("rights_managed", "Agency / rights-managed"), ("staff", "Staff (all rights reserved)")], default="rights_managed", help_text="The terms of the partner's text and pictures.", max_length=20)),
                        ("permission_granted_on", models.DateField(blank=True, null=True)),
                        ("permission_granted_by", models.CharField(blank=True, max_length=200)),
                        ("permission_scope", models.CharField(blank=True, default="Full text with attribution", max_length=200)),
                        ("permission_expires_on", models.DateField(blank=True, null=True)),
                        ("default_section", models.ForeignKey(blank=True, help_text="The section imported pieces start in.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="articles.sectionpage")),
                        ("logo", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to="images.creditedimage")),
                    ],
                    options={"ordering": ["name"], "db_table": "syndication_partner"},
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name="PartnerFeed",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                        ("url", models.URLField(max_length=500, verbose_name="feed URL")),
                        ("active", models.BooleanField(default=True)),
                        ("etag", models.CharField(blank=True, editable=False, max_length=200)),
                        ("last_modified", models.CharField(blank=True, editable=False, max_length=100)),
                        ("last_polled_at", models.DateTimeField(blank=True, editable=False, null=True)),
                        ("last_success_at", models.DateTimeField(blank=True, editable=False, null=True)),
                        ("last_error", models.TextField(blank=True, editable=False)),
                        ("partner", modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name="feeds", to="partners.partner")),
                    ],
                    options={"ordering": ["sort_order"], "abstract": False, "db_table": "syndication_partnerfeed"},
                ),
                migrations.AddConstraint(
                    model_name="partnerfeed",
                    constraint=models.UniqueConstraint(fields=("url",), name="one_feed_per_url"),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(relabel_content_types, restore_content_types),
    ]
