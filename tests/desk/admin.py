"""What a user of the admin sees: the screens a role opens, the actions it is offered."""

from django.urls import reverse
from wagtail.models import Site

from tests.articles.admin_forms import article_edit_url, article_form_data


def is_refused(response) -> bool:
    """Wagtail sends a user who may not open a screen to the dashboard
    ("Sorry, you do not have permission to access this area.")."""
    return response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def offers_publish(client, page) -> bool:
    html = client.get(article_edit_url(page)).content.decode()
    return 'name="action-publish"' in html


def offers_submit(client, page) -> bool:
    html = client.get(article_edit_url(page)).content.decode()
    return 'name="action-submit"' in html


def submit_for_review(client, page, **overrides):
    data = article_form_data(client, page, **overrides)
    data["action-submit"] = "action-submit"
    return client.post(article_edit_url(page), data, follow=True)


def unpublish_url(page) -> str:
    return reverse("wagtailadmin_pages:unpublish", args=[page.pk])


def new_article_url(articles_index) -> str:
    return reverse("wagtailadmin_pages:add", args=["articles", "articlepage", articles_index.pk])


def site_settings_url(app_label: str, model_name: str) -> str:
    site = Site.objects.get(is_default_site=True)
    return reverse("wagtailsettings:edit", args=[app_label, model_name, site.pk])
