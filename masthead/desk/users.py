"""The newsroom's accounts in the admin, managed by the editor-in-chief too.

Wagtail's user screens let whoever may add or change users tick
"Administrator" (a superuser: every permission there is) and change an
administrator's password. Here only an administrator sees that box or opens
an administrator's account; everyone else with the user permissions (the
Editor-in-chief role) adds and edits the newsroom's other accounts and their
roles. Installed through `users_app.NewsroomUsersConfig` in place of Wagtail's
own app config.
"""

from django.core.exceptions import PermissionDenied
from wagtail.users.views import users


def administrator_box_removed(form, user):
    """`form` without the "Administrator" box, unless `user` is one."""
    if not user.is_superuser:
        form.fields.pop("is_superuser", None)
    return form


class NewsroomUserCreateView(users.CreateView):
    def get_form(self, form_class=None):
        return administrator_box_removed(super().get_form(form_class), self.request.user)


class NewsroomUserEditView(users.EditView):
    def dispatch(self, request, *args, **kwargs):
        if self.object.is_superuser and not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        return administrator_box_removed(super().get_form(form_class), self.request.user)


class NewsroomUserViewSet(users.UserViewSet):
    add_view_class = NewsroomUserCreateView
    edit_view_class = NewsroomUserEditView
