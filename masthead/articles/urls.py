"""Article pages are served by Wagtail's page tree; these are the rivers
that are not pages."""

from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("partners/<slug:slug>/", views.partner_page, name="partner"),
]
