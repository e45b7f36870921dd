"""The lines of a result around the words searched for: every form of a word
marked, the stretch with most of them chosen, the rest cut with "…", and the
text kept as text."""

from masthead.search.excerpts import excerpt

FILLER = " ".join(f"filler{number}" for number in range(60))


def test_every_form_of_a_searched_word_is_marked_and_nothing_else():
    html = excerpt(
        "Policies on cables: one policy, two cable cars, no cablecar.", ["policy", "cables"]
    )
    assert html == (
        "<mark>Policies</mark> on <mark>cables</mark>: one <mark>policy</mark>, "
        "two <mark>cable</mark> cars, no cablecar."
    )


def test_a_short_text_is_shown_whole_without_ellipses():
    assert excerpt("Only the Baltic.", ["baltic"]) == "Only the <mark>Baltic</mark>."


def test_a_long_text_opens_a_few_words_before_the_stretch_with_most_hits():
    twice = "The icebreakers and one more icebreaker came back."
    text = f"An icebreaker sailed. {FILLER} {twice} {FILLER}"
    html = excerpt(text, ["icebreaker"])
    assert html.startswith("… filler57 filler58 filler59 The <mark>icebreakers</mark> and one more")
    assert html.count("<mark>") == 2 and html.endswith(" …")
    assert len(html.replace("<mark>", "").replace("</mark>", "").split()) == 36 + 2  # and two "…"


def test_without_a_hit_the_text_opens_the_excerpt():
    html = excerpt(f"Nothing here. {FILLER}", ["icebreaker"])
    assert html.startswith("Nothing here. filler0") and html.endswith(" …")
    assert "<mark>" not in html


def test_a_hit_beyond_the_opening_is_still_found():
    far = " ".join(["word"] * 800)  # well past the first few thousand characters
    html = excerpt(f"{far} the convoy sailed {far}", ["convoy"])
    assert "<mark>convoy</mark> sailed" in html and html.startswith("… ")


def test_markup_in_the_text_stays_text():
    html = excerpt('<script>alert("x")</script> & the <b>convoy</b>', ["convoy"])
    assert "<script>" not in html and "<b>" not in html
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; the &lt;b&gt;<mark>convoy</mark>"
        in html
    )


def test_line_breaks_become_spaces_and_an_empty_text_gives_nothing():
    assert excerpt("The convoy.\nIt sailed.", ["convoy"]) == "The <mark>convoy</mark>. It sailed."
    assert excerpt("", ["convoy"]) == ""
