"""Reports → Most read: editors see each piece's reads today, in the last 7
days and in the last 30; only those allowed to see read counts do."""

import re

import pytest
from django.urls import reverse

from masthead.articles.factories import ArticlePageFactory
from masthead.desk.services import roles_ensure
from masthead.readership.factories import daily_reads_create

pytestmark = pytest.mark.django_db

REPORT = reverse("readership_most_read")


@pytest.fixture(scope="module")
def pieces(shared_rows):
    with shared_rows():
        grain = ArticlePageFactory(title="The grain corridor holds")
        summit = ArticlePageFactory(title="A quiet summit in Manila")
        ArticlePageFactory(title="Nobody has read this yet")
        old = ArticlePageFactory(title="Read long ago")
        daily_reads_create(grain, [2, 1, 0, 0, 0, 0, 0, 40])  # 3 this week, 43 this month
        daily_reads_create(summit, [0, 5, 4])  # 9 this week, none today
        daily_reads_create(old, [0] * 40 + [7])
        yield {"grain": grain, "summit": summit}


def rows_of(html: str) -> list[tuple[str, ...]]:
    """Each row of the report: the piece's title, then its three counts."""
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", html, re.DOTALL)[1:]:
        cells = [
            re.sub(r"<[^>]+>", "", cell).strip()
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)
        ]
        rows.append(tuple(" ".join(cell.split()) for cell in cells))
    return rows


def test_editors_see_each_piece_read_this_month_with_its_counts_most_read_this_week_first(
    editor_client, pieces
):
    html = editor_client.get(REPORT).content.decode()
    assert rows_of(html) == [
        ("A quiet summit in Manila", "0", "9", "9"),
        ("The grain corridor holds", "2", "3", "43"),
    ]
    edit_url = reverse("wagtailadmin_pages:edit", args=[pieces["summit"].pk])
    assert f'href="{edit_url}"' in html


def test_the_report_sorts_by_any_period(editor_client, pieces):
    html = editor_client.get(REPORT, {"ordering": "-month"}).content.decode()
    assert [row[0] for row in rows_of(html)] == [
        "The grain corridor holds",
        "A quiet summit in Manila",
    ]


def test_the_report_exports_as_a_spreadsheet(editor_client, pieces):
    answer = editor_client.get(REPORT, {"export": "csv"})
    lines = b"".join(answer.streaming_content).decode().splitlines()
    assert lines[0] == "Piece,Today,Last 7 days,Last 30 days"
    assert lines[1] == "A quiet summit in Manila,0,9,9"


def test_only_those_allowed_to_see_read_counts_get_the_report(client, staff_member, pieces):
    home = reverse("wagtailadmin_home")
    client.force_login(staff_member("intern"))
    refused = client.get(REPORT)
    assert refused.status_code == 302 and refused["Location"] == home
    assert REPORT not in client.get(home).content.decode()

    client.force_login(staff_member("analyst", ["readership.view_dailyreads"]))
    assert client.get(REPORT).status_code == 200
    assert REPORT in client.get(home).content.decode()


@pytest.mark.parametrize("role", ["Contributor", "Section editor", "Editor-in-chief"])
def test_the_newsroom_s_roles_see_the_report(client, django_user_model, magazine, role):
    user = django_user_model.objects.create_user("member", "member@example.org", "pw")
    user.groups.add(roles_ensure()[role])
    client.force_login(user)
    assert client.get(REPORT).status_code == 200
