"""The desk's one public address: draft links for outside reviewers (views.py)."""

from django.urls import path

from . import views

app_name = "desk"

urlpatterns = [
    path("draft/<str:token>/", views.draft_link_page, name="draft_link"),
]
