import time

from django.core.management.base import BaseCommand

from masthead.search.indexing import documents_rebuild


class Command(BaseCommand):
    help = (
        "Make the search index again from every live piece (a new installation, an "
        "upgrade that adds search, or a database restored from elsewhere). Publishing "
        "keeps it up to date otherwise."
    )

    def handle(self, *args, **options):
        started = time.perf_counter()
        count = documents_rebuild()
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Indexed {count} live pieces in {elapsed:.1f} s.")
