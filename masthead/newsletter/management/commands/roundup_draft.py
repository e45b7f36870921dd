from django.core.management.base import BaseCommand

from masthead.newsletter.services.drafting import roundup_draft


class Command(BaseCommand):
    help = "Draft this week's round-up from the pieces published since the last one."

    def handle(self, *args, **options):
        issue = roundup_draft()
        if issue is None:
            self.stdout.write("Nothing new was published since the last round-up.")
        else:
            self.stdout.write(f"Drafted \u201c{issue}\u201d with {issue.items.count()} pieces.")
