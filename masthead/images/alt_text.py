"""Alt text rules: a description of the picture, never its file name."""

import re
from pathlib import PurePath

FILE_NAME_MESSAGE = "This looks like a file name. Describe what the picture shows."
IMAGE_SUFFIX = re.compile(r"\.(jpe?g|png|gif|webp|avif|tiff?|bmp|heic)$", re.IGNORECASE)


def _normalise(text: str) -> str:
    return re.sub(r"[\s_\-.]+", " ", text).strip().lower()


def looks_like_file_name(alt_text: str, file_name: str = "") -> bool:
    """True when the text is a file name rather than a description.

    Catches `photo.jpg`, `Deputy_secretary_meets_-_flickr` (words joined by
    underscores or hyphens with no spaces) and the uploaded file's own name.
    """
    text = alt_text.strip()
    if not text:
        return False
    if IMAGE_SUFFIX.search(text):
        return True
    if " " not in text and re.search(r"[_\-]", text) and len(text) > 12:
        return True
    if file_name:
        stem = PurePath(file_name).stem
        if _normalise(text) == _normalise(stem):
            return True
    return False
