"""Editors tag a piece with topics in the article editor: a plain list of
checkboxes, A to Z, beside the kicker; no page chooser to open."""

import pytest
from bs4 import BeautifulSoup

from masthead.articles.factories import ArticlePageFactory, AuthorPageFactory, TopicPageFactory
from masthead.articles.models import ArticlePage

from .admin_forms import article_edit_url, article_form_data
from .pages import headlines, html_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(magazine):
    return {title: TopicPageFactory(title=title) for title in ["Taiwan", "Drones", "Sanctions"]}


@pytest.fixture
def article(topics):
    return ArticlePageFactory(title="The strait talks", authors=[AuthorPageFactory()])


def topic_boxes(html: str) -> list:
    return BeautifulSoup(html, "html.parser").select('#page-edit-form input[name="topics"]')


def label_of(box) -> str:
    return box.find_parent("label").get_text(strip=True)


def test_the_editor_offers_every_topic_as_a_checkbox_a_to_z(editor_client, article, topics):
    boxes = topic_boxes(html_of(editor_client, article_edit_url(article)))
    assert [box["type"] for box in boxes] == ["checkbox"] * 3
    assert [label_of(box) for box in boxes] == ["Drones", "Sanctions", "Taiwan"]
    assert [int(box["value"]) for box in boxes] == [
        topics[title].pk for title in ["Drones", "Sanctions", "Taiwan"]
    ]


def test_publishing_with_topics_ticked_tags_the_piece_on_those_topics_pages(
    editor_client, client, article, topics
):
    data = article_form_data(editor_client, article)
    data.setlist("topics", [str(topics["Drones"].pk), str(topics["Taiwan"].pk)])
    data["action-publish"] = "action-publish"
    # Every value of each field: the test client posts a QueryDict's last value only.
    response = editor_client.post(article_edit_url(article), dict(data.lists()))
    assert response.status_code == 302
    tagged = ArticlePage.objects.get(pk=article.pk).topics.all()
    assert {topic.title for topic in tagged} == {"Drones", "Taiwan"}
    assert headlines(html_of(client, topics["Taiwan"].url)) == ["The strait talks"]
    assert headlines(html_of(client, topics["Sanctions"].url)) == []


def test_the_editor_shows_the_pieces_topics_ticked(editor_client, topics):
    article = ArticlePageFactory(topics=[topics["Taiwan"], topics["Drones"]])
    boxes = topic_boxes(html_of(editor_client, article_edit_url(article)))
    assert [label_of(box) for box in boxes if box.has_attr("checked")] == ["Drones", "Taiwan"]
