from django.core.management.base import BaseCommand

from masthead.newsletter.services.editing import roundups_tick


class Command(BaseCommand):
    help = "Periodic chores: start scheduled round-ups, resume sends whose workers died."

    def handle(self, *args, **options):
        for line in roundups_tick():
            self.stdout.write(line)
