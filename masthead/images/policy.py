"""One policy for every picture that comes from outside: uploads and partners' images.

    from masthead.images.policy import ImageRefused, image_clean

    picture = image_clean(raw_bytes)  # or ImageRefused, whose str() is for the editor

The bytes are read by Pillow, never trusted by their name or declared type:

- at most MASTHEAD_IMAGE_MAX_BYTES bytes; then, from the header and before any
  pixel is decoded, at most MASTHEAD_IMAGE_MAX_PIXELS pixels (all frames
  together for an animation) and MASTHEAD_IMAGE_MAX_FRAMES frames;
- JPEG, PNG, GIF or WebP, as decoding finds it: SVG and everything else is
  refused; a truncated or damaged file is refused (Pillow's
  LOAD_TRUNCATED_IMAGES stays off), and so is a decompression bomb;
- the picture is turned upright by its EXIF orientation, then re-encoded from
  its pixels into the same format, so nothing of the file but its pixels
  survives: no EXIF (GPS), XMP, IPTC, comments or PNG text, and no bytes
  appended after the picture (the HTML, script or ZIP of a polyglot). A small,
  valid ICC colour profile is kept, so colours do not shift.

Animations (GIF, WebP, and animated PNG) keep their frames and timing: frames
are decoded whole, one at a time, and written again. A multi-picture JPEG
(MPO, from some cameras) keeps its main picture only.

Pillow's PNG text limits are process-wide; `pillow_limits_apply()` sets them
when the app starts (apps.py).
"""

import io
import logging
import re
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from PIL import Image, ImageCms, ImageOps, PngImagePlugin, UnidentifiedImageError

logger = logging.getLogger(__name__)

ACCEPTED_FORMATS = ("JPEG", "PNG", "GIF", "WEBP")
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp"}
MIME_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp"}
# High enough that editors' photos show no loss; renditions are encoded again anyway.
JPEG_QUALITY = 88
WEBP_QUALITY = 88
MAX_ICC_PROFILE_BYTES = 64 * 1024
# Pillow allows 1 MB per PNG text chunk and 64 MB in all; no picture needs that much.
PNG_MAX_TEXT_CHUNK = 256 * 1024
PNG_MAX_TEXT_MEMORY = 1024 * 1024

NOT_A_PICTURE = "This file is not a picture Masthead accepts (JPEG, PNG, GIF or WebP)."
CUT_SHORT = "The file is cut short: part of the picture is missing."
DAMAGED = "The file is damaged: Masthead could not read the picture in it."
TOO_MUCH_TEXT = (
    "The file carries more text besides the picture than Masthead reads (PNG text chunks). "
    "Export it again without metadata."
)


class ImageRefused(Exception):
    """The file is not a picture Masthead accepts; str() is a sentence for the editor."""


@dataclass(frozen=True)
class CleanImage:
    """A picture re-encoded from its pixels, with nothing else of the original file."""

    content: bytes
    format: str  # "JPEG", "PNG", "GIF" or "WEBP"
    extension: str  # chosen by us: "jpg", "png", "gif" or "webp"
    width: int
    height: int

    @property
    def mime_type(self) -> str:
        return MIME_TYPES[self.format]

    def new_file_name(self) -> str:
        """A fresh name of our own: the sender's file name is never stored."""
        return f"{secrets.token_hex(16)}.{self.extension}"


def pillow_limits_apply() -> None:
    """Bound what Pillow reads from PNG text chunks (tEXt, zTXt, iTXt)."""
    PngImagePlugin.MAX_TEXT_CHUNK = PNG_MAX_TEXT_CHUNK
    PngImagePlugin.MAX_TEXT_MEMORY = PNG_MAX_TEXT_MEMORY


def image_size_check(size: int) -> None:
    """Refuse a file by its size alone, before reading it."""
    if size == 0:
        raise ImageRefused("The file is empty.")
    limit = settings.MASTHEAD_IMAGE_MAX_BYTES
    if size > limit:
        raise ImageRefused(
            f"The file is {filesizeformat(size)}; the limit is {filesizeformat(limit)}."
        )


def image_clean(raw: bytes) -> CleanImage:
    """The picture in `raw`, upright and re-encoded; ImageRefused when it breaks a rule."""
    image_size_check(len(raw))
    try:
        with Image.open(io.BytesIO(raw), formats=ACCEPTED_FORMATS) as picture:
            return _clean(picture)
    except ImageRefused:
        raise
    except UnidentifiedImageError:
        raise ImageRefused(NOT_A_PICTURE) from None
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        # Pillow's own limit, met before ours could read the size (or while a
        # GIF frame grows the canvas): the header claims an enormous picture.
        raise ImageRefused(_bomb(error)) from None
    except Exception as error:  # noqa: BLE001 - whatever the decoder raises, the file is bad
        logger.info("picture refused: %r", error)
        raise ImageRefused(_unreadable(error)) from error


def _clean(picture: Image.Image) -> CleanImage:
    # A camera's multi-picture JPEG opens as "MPO"; its first picture is the photo.
    kind = "JPEG" if picture.format == "MPO" else picture.format
    if kind not in EXTENSIONS:
        raise ImageRefused(NOT_A_PICTURE)
    _pixels_check(*picture.size, frames=1)
    # GIF counts its frames by skipping over their data, without decoding it.
    frames = 1 if kind == "JPEG" else getattr(picture, "n_frames", 1)
    limit = settings.MASTHEAD_IMAGE_MAX_FRAMES
    if frames > limit:
        raise ImageRefused(f"The animation has {frames:,} frames; the limit is {limit:,}.")
    _pixels_check(*picture.size, frames=frames)
    if frames > 1:
        content, size = _animation_encode(picture, kind, frames)
    else:
        content, size = _still_encode(picture, kind)
    return CleanImage(content, kind, EXTENSIONS[kind], *size)


def _still_encode(picture: Image.Image, kind: str) -> tuple[bytes, tuple[int, int]]:
    picture.load()
    icc_profile = _icc_profile(picture)
    upright = _upright(picture)
    # Only the pixels go on; the transparency of a palette picture is part of them.
    upright.info = {k: v for k, v in picture.info.items() if k == "transparency"}
    if kind == "JPEG" and upright.mode not in ("RGB", "L"):
        upright, icc_profile = upright.convert("RGB"), None  # CMYK: its profile no longer fits
    if kind == "WEBP" and upright.mode not in ("RGB", "RGBA"):
        upright, icc_profile = upright.convert("RGBA"), None
    options: dict[str, object] = {"icc_profile": icc_profile} if icc_profile else {}
    if kind == "JPEG":
        options.update(quality=JPEG_QUALITY, optimize=True)
    elif kind == "WEBP":
        options.update(quality=WEBP_QUALITY)
    output = io.BytesIO()
    upright.save(output, format=kind, **options)
    return output.getvalue(), upright.size


def _animation_encode(
    picture: Image.Image, kind: str, frames: int
) -> tuple[bytes, tuple[int, int]]:
    images, durations = [], []
    for index in range(frames):
        picture.seek(index)
        # A GIF frame may reach past the canvas, which Pillow then enlarges.
        _pixels_check(*picture.size, frames=frames)
        picture.load()
        frame = picture.convert("RGBA")
        frame.info = {}
        images.append(frame)
        durations.append(int(picture.info.get("duration") or 0))
    width = max(image.width for image in images)
    height = max(image.height for image in images)
    images = [_on_canvas(image, (width, height)) for image in images]
    options: dict[str, object] = {
        "save_all": True,
        "append_images": images[1:],
        "duration": durations,
    }
    if "loop" in picture.info:
        options["loop"] = picture.info["loop"]
    if kind == "GIF":
        options["disposal"] = 2  # every frame is whole: clear before the next
    elif kind == "WEBP":
        options["quality"] = WEBP_QUALITY
    output = io.BytesIO()
    images[0].save(output, format=kind, **options)
    return output.getvalue(), (width, height)


def _on_canvas(image: Image.Image, size: tuple[int, int]) -> Image.Image:
    if image.size == size:
        return image
    canvas = Image.new("RGBA", size, (0, 0, 0, 0))
    canvas.paste(image, (0, 0))
    return canvas


def _upright(picture: Image.Image) -> Image.Image:
    try:
        return ImageOps.exif_transpose(picture)
    except Exception as error:  # noqa: BLE001 - broken EXIF is metadata we drop anyway
        logger.info("EXIF orientation unreadable, picture kept as stored: %r", error)
        return picture.copy()


def _icc_profile(picture: Image.Image) -> bytes | None:
    profile = picture.info.get("icc_profile")
    if not profile or len(profile) > MAX_ICC_PROFILE_BYTES:
        return None
    try:
        ImageCms.ImageCmsProfile(io.BytesIO(profile))
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return None
    return profile


def _pixels_check(width: int, height: int, *, frames: int) -> None:
    limit = _max_pixels()
    if width * height * frames <= limit and width > 0 and height > 0:
        return
    if width <= 0 or height <= 0:
        raise ImageRefused("The picture has no pixels.")
    if frames == 1:
        raise ImageRefused(
            f"The picture is {width:,} × {height:,} pixels; the limit is {_pixels(limit)} pixels."
        )
    raise ImageRefused(
        f"The animation is {width:,} × {height:,} pixels over {frames:,} frames, "
        f"{_pixels(width * height * frames)} pixels in all; the limit is {_pixels(limit)} pixels."
    )


def _max_pixels() -> int:
    return settings.MASTHEAD_IMAGE_MAX_PIXELS


def _pixels(count: int) -> str:
    """40 million, or 40,000,001: a limit an operator set reads as a round number."""
    if count >= 1_000_000 and count % 1_000_000 == 0:
        return f"{count // 1_000_000:,} million"
    return f"{count:,}"


def _bomb(error: Exception) -> str:
    limit = _pixels(_max_pixels())
    # Pillow's message: "Image size (900000000 pixels) exceeds limit of ..."
    claimed = re.search(r"\((\d+) pixels\)", str(error))
    if claimed is None:
        return f"The picture is far larger than the limit of {limit} pixels."
    return f"The picture has {_pixels(int(claimed[1]))} pixels; the limit is {limit} pixels."


def _unreadable(error: Exception) -> str:
    text = str(error)
    if "truncated" in text.lower() or isinstance(error, EOFError):
        return CUT_SHORT
    if "text chunks" in text or "MAX_TEXT_CHUNK" in text:
        return TOO_MUCH_TEXT
    return DAMAGED
