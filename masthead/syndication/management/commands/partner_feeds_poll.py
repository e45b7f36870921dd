from django.core.management.base import BaseCommand

from masthead.syndication.services.polling import partner_feeds_poll


class Command(BaseCommand):
    help = "Poll every active partner feed now; new entries become drafts (run it from cron)."

    def handle(self, *args, **options):
        for url, report in partner_feeds_poll().items():
            state = (
                "unchanged"
                if report.not_modified
                else (f"{report.created} new, {report.already_imported} already imported")
            )
            self.stdout.write(f"{url}: {state}")
            for where, why in report.errors:
                self.stderr.write(f"  {where}: {why}")
