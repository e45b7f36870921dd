from django.conf import settings
from django.core.management.base import BaseCommand

from masthead.demo.builder import demo_magazine_build
from masthead.demo.logins import demo_editor_login, demo_role_logins


class Command(BaseCommand):
    help = "Load the demo magazine (idempotent) and print an editor's login and one per role."

    def add_arguments(self, parser):
        parser.add_argument("--no-login", action="store_true", help="Do not create logins.")

    def handle(self, *args, no_login=False, **options):
        counts = demo_magazine_build()
        self.stdout.write(
            f"Demo magazine ready: {counts['articles']} articles, "
            f"{counts['sections']} sections, {counts['topics']} topics, "
            f"{counts['authors']} authors."
        )
        if not no_login:
            username, password = demo_editor_login()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/  user: {username}  "
                    f"password: {password}"
                )
            )
            self.stdout.write("The desk's roles, one user each:")
            for role, username, password in demo_role_logins():
                self.stdout.write(f"  {role:<18} user: {username:<18} password: {password}")
