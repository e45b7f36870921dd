"""The rules a piece must meet before it is published.

Drafts may be incomplete; the edit form (forms.py) asks these rules when an
editor publishes or submits, and shows each problem beside its field.
"""

from .format_kind import FormatKind


def publication_problems(
    *, dek, hero_image, author_count, format_page=None, partner=None, original_url=""
) -> dict:
    """What stops a piece from being published, keyed by the field to fix.

    Drafts may be incomplete; a published article must have a byline, a dek and
    a hero image that is described and credited.
    """
    problems = {}
    if author_count < 1:
        problems[None] = "Add at least one author before publishing."
    if not (dek or "").strip():
        problems["dek"] = "Write a dek (one sentence under the headline) before publishing."
    if hero_image is None:
        problems["hero_image"] = "Choose a hero image before publishing."
    else:
        missing = [name for name in ("alt_text", "credit") if not getattr(hero_image, name, "")]
        if missing:
            labels = " and ".join("alt text" if m == "alt_text" else "a credit" for m in missing)
            problems["hero_image"] = (
                f"The hero image needs {labels} before publishing: edit it in the image library."
            )
    if format_page is not None and format_page.kind == FormatKind.REPUBLISHED:
        if partner is None:
            problems["partner"] = "A republished piece needs its partner."
        if not original_url:
            problems["original_url"] = "A republished piece needs the address of the original."
    return problems
