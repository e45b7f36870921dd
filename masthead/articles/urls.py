"""Article pages are served by Wagtail's page tree; these are the rivers that
are not pages, and direct routes to the pages readers ask for most (views.py)."""

from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("partners/<slug:slug>/", views.partner_page, name="partner"),
    path("", views.front_page),
    path("articles/<slug:slug>/", views.article_page),
    path("sections/<slug:slug>/", views.section_page),
    path("topics/<slug:slug>/", views.topic_page),
    path("authors/<slug:slug>/", views.author_page),
]
