from django.urls import path

from . import views

app_name = "partners"

urlpatterns = [
    path("partners/<slug:slug>/", views.partner_page, name="partner"),
]
