from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from masthead.scheduling.views import healthz

urlpatterns = [
    path("healthz/", healthz, name="healthz"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("newsletter/", include("masthead.newsletter.urls")),
    path("anymail/", include("anymail.urls")),
    path("", include("masthead.images.urls")),
    path("", include("masthead.desk.urls")),
    path("", include("masthead.syndication.urls")),
    path("", include("masthead.readership.urls")),
    path("", include("masthead.articles.urls")),
    path("", include("masthead.search.urls")),
]

urlpatterns += [
    path("media/", include("masthead.core.media_urls")),
    path("", include(wagtail_urls)),
]
