"""The demo's content files load, refer to each other correctly, and a broken
file is reported by name."""

from collections import Counter

import pytest

from masthead.demo import content
from masthead.demo.content import ContentError, article_load, magazine_load

ARTICLE_FILES = sorted((content.CONTENT_DIR / "articles").rglob("*.md"))

FRONT_MATTER = """\
+++
slug = "an-example"
title = "An Example"
dek = "A piece written for this test."
format = "analysis"
section = "europe"
authors = ["zofia-kowalczyk"]
days_ago = 3

[image]
alt = "A grey square"
caption = "Nothing to see."
credit = "Masthead illustration"
licence = "staff"
+++
"""


def _article_file(tmp_path, text):
    path = tmp_path / "analysis" / "an-example.md"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_every_article_file_and_magazine_toml_load():
    magazine_load(content.CONTENT_DIR / "magazine.toml")
    for path in ARTICLE_FILES:
        article_load(path)
    assert len(ARTICLE_FILES) == len(content.ARTICLES)


def test_each_block_kind_reads_back_as_the_value_the_builder_expects(tmp_path):
    body = """
A paragraph whose lines
are joined, <em>inline HTML</em> and all.

## A subheading

> A block quote.
>
> — Its source

> [!pull-quote]
> A pull quote without attribution.

> [!editors-note]
> An editor's note.

```image
alt = "A red circle"
caption = "Round."
credit = "Illustration: Jana Novak"
licence = "cc_by"
```
"""
    article = article_load(_article_file(tmp_path, FRONT_MATTER + body))
    assert article["body"] == [
        ("paragraph", "A paragraph whose lines are joined, <em>inline HTML</em> and all."),
        ("subheading", "A subheading"),
        ("block_quote", {"text": "A block quote.", "source": "Its source"}),
        ("pull_quote", {"text": "A pull quote without attribution.", "attribution": ""}),
        ("editors_note", "An editor's note."),
        (
            "inline_image",
            {
                "alt": "A red circle",
                "caption": "Round.",
                "credit": "Illustration: Jana Novak",
                "licence": "cc_by",
            },
        ),
    ]
    assert article["further_sections"] == []
    assert article["corrections"] == []
    assert article["original_url"] is None


def test_a_broken_front_matter_is_reported_with_the_file_name(tmp_path):
    path = _article_file(tmp_path, FRONT_MATTER.replace('title = "An Example"', "title = An"))
    with pytest.raises(ContentError) as error:
        article_load(path)
    assert str(path) in str(error.value)
    assert "bad front matter" in str(error.value)


def test_a_missing_required_field_is_reported_with_the_file_name(tmp_path):
    path = _article_file(tmp_path, FRONT_MATTER.replace("days_ago = 3\n", "") + "\nText.\n")
    with pytest.raises(ContentError) as error:
        article_load(path)
    assert str(path) in str(error.value)
    assert "missing field 'days_ago'" in str(error.value)


@pytest.mark.parametrize(
    "block",
    ["### Too deep", "> [!warning]\n> Careful.", "```chart\nbars = 3\n```"],
    ids=["third-level heading", "unknown callout", "unknown fenced block"],
)
def test_an_unknown_block_is_reported_with_the_file_name(tmp_path, block):
    path = _article_file(tmp_path, FRONT_MATTER + "\nA paragraph.\n\n" + block + "\n")
    with pytest.raises(ContentError) as error:
        article_load(path)
    assert str(path) in str(error.value)
    assert "unknown block" in str(error.value)


def test_markdown_inline_syntax_is_refused_rather_than_shown_as_typed(tmp_path):
    path = _article_file(tmp_path, FRONT_MATTER + "\nA *stressed* word.\n")
    with pytest.raises(ContentError, match="Markdown inline syntax"):
        article_load(path)


def test_every_articles_authors_are_in_magazine_toml():
    authors = {author["slug"] for author in content.AUTHORS}
    for article in content.ARTICLES:
        assert set(article["authors"]) <= authors, article["slug"]


def test_every_articles_section_and_further_sections_are_in_magazine_toml():
    sections = {section["slug"] for section in content.SECTIONS}
    for article in content.ARTICLES:
        assert {article["section"], *article["further_sections"]} <= sections, article["slug"]


def test_every_article_has_one_to_three_of_magazine_tomls_topics():
    topics = {topic["slug"] for topic in content.TOPICS}
    for article in content.ARTICLES:
        assert 1 <= len(set(article["topics"])) == len(article["topics"]) <= 3, article["slug"]
        assert set(article["topics"]) <= topics, article["slug"]


def test_every_topic_tags_a_few_pieces():
    tagged = Counter(slug for article in content.ARTICLES for slug in article["topics"])
    assert 8 <= len(content.TOPICS) <= 12
    for topic in content.TOPICS:
        assert tagged[topic["slug"]] >= 3, topic["slug"]


def test_every_articles_format_is_in_magazine_toml():
    formats = {format_["kind"] for format_ in content.FORMATS}
    for article in content.ARTICLES:
        assert article["format"] in formats, article["slug"]


def test_article_slugs_are_unique():
    repeated = [slug for slug, n in Counter(a["slug"] for a in content.ARTICLES).items() if n > 1]
    assert repeated == []
