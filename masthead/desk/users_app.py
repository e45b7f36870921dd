"""Wagtail's users app, with the desk's user screens (users.py): listed in
INSTALLED_APPS in place of "wagtail.users". Kept apart from users.py, which
imports the admin's views: an app config is imported before the models exist."""

from wagtail.users.apps import WagtailUsersAppConfig


class NewsroomUsersConfig(WagtailUsersAppConfig):
    user_viewset = "masthead.desk.users.NewsroomUserViewSet"
