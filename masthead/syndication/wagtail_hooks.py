from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = "Partners"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "site_url", "permission_scope", "permission_expires_on"]
    search_fields = ["name"]


register_snippet(PartnerViewSet)
