from django.urls import path

from . import views

app_name = "readership"

urlpatterns = [
    path("read/<int:page_id>.gif", views.beacon, name="beacon"),
]
