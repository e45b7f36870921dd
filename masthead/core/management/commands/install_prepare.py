"""`make setup`'s Django part in one process: the static files collected, the
database migrated, the rate limits' cache table made. Each step is safe to
run again; one process instead of three saves Django's start-up twice on
every `make` target."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Collect static files, migrate the database and create the cache table."

    def handle(self, *args, **options):
        call_command("collectstatic", interactive=False, verbosity=0)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("createcachetable", verbosity=0)
