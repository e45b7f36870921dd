"""Create the magazine's structure on a new installation: the front page, the
articles, sections, authors and topics indexes, and one page per format. Safe to run
again: what exists is kept as editors left it.

Apps above articles finish their own part of a new magazine in a
`masthead_after_magazine_setup` hook, run here once the pages exist (the
desk gives its roles their permissions on them).
"""

from django.core.management.base import BaseCommand
from wagtail import hooks

from masthead.articles.services import magazine_structure_ensure


class Command(BaseCommand):
    help = "Create the front page, the indexes and the format pages if they are missing."

    def handle(self, *args, **options):
        structure = magazine_structure_ensure()
        self.stdout.write(
            f"The magazine has its front page ({structure.home.url}), the indexes and "
            f"{len(structure.formats)} format pages."
        )
        for after_setup in hooks.get_hooks("masthead_after_magazine_setup"):
            done = after_setup()
            if isinstance(done, str):
                self.stdout.write(done)
