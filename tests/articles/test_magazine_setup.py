"""A new installation gets its front page, indexes and formats from one command."""

import pytest
from django.core.management import call_command

from masthead.articles.models import FormatKind, FormatPage, HomePage, SectionIndexPage

pytestmark = pytest.mark.django_db


def test_a_new_installation_gets_its_structure_once(empty_magazine, client, capsys):
    call_command("magazine_setup")
    call_command("magazine_setup")  # again: nothing doubled
    assert HomePage.objects.count() == 1
    assert SectionIndexPage.objects.count() == 1
    assert FormatPage.objects.count() == len(FormatKind)
    assert client.get("/").status_code == 200
    assert "The magazine has its front page" in capsys.readouterr().out
