"""`manage.py search_rebuild`: the index made again from the live pieces, the
magazine's words counted once per piece, and the tables tidied afterwards
(outside any transaction, as the command runs)."""

import pytest
from django.core.management import call_command

from masthead.articles.factories import ArticlePageFactory, paragraphs_body
from masthead.search.models import SearchDocument, SearchWord
from masthead.search.query import query_parse
from masthead.search.results import Filters, search_run

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_rebuild_indexes_the_live_pieces_and_counts_each_word_once_per_piece(capsys):
    live = [
        ArticlePageFactory(
            title=f"Icebreakers, part {number}",
            hero_image=None,
            body=paragraphs_body("An icebreaker, then another icebreaker, sailed north."),
        )
        for number in range(3)
    ]
    ArticlePageFactory(title="Icebreakers in draft", hero_image=None, live=False)
    SearchDocument.objects.all().delete()
    SearchWord.objects.update(documents=99)  # stale counts, made again below

    call_command("search_rebuild")

    assert "Indexed 3 live pieces" in capsys.readouterr().out
    assert set(SearchDocument.objects.values_list("pk", flat=True)) == {a.pk for a in live}
    assert SearchWord.objects.get(word="icebreaker").documents == 3  # twice in each, counted once
    assert SearchWord.objects.get(word="north").documents == 3
    found = search_run(query_parse("icebreaker"), Filters())
    assert found.total == 3 and {ref.pk for ref in found.articles} == {a.pk for a in live}
