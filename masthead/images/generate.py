"""Abstract illustrations drawn with Pillow, for the demo and the tests.

The same seed always draws the same picture, so the demo needs no network and
no image files in the repository.
"""

import functools
import io
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = [
    ("#0b2545", "#13315c", "#8da9c4", "#eef4ed", "#e07a5f"),
    ("#1d3557", "#457b9d", "#a8dadc", "#f1faee", "#e63946"),
    ("#283618", "#606c38", "#dda15e", "#fefae0", "#bc6c25"),
    ("#2b2d42", "#8d99ae", "#edf2f4", "#ef233c", "#d90429"),
    ("#3d405b", "#81b29a", "#f2cc8f", "#f4f1de", "#e07a5f"),
    ("#22223b", "#4a4e69", "#9a8c98", "#c9ada7", "#f2e9e4"),
]


def draw_illustration(seed: int, width: int = 1200, height: int = 675) -> Image.Image:
    """A layered composition of bands, circles and routes: map-like, never real."""
    rng = random.Random(seed)  # noqa: S311 - pictures, not secrets
    palette = rng.choice(PALETTES)
    picture = Image.new("RGB", (width, height), palette[0])
    draw = ImageDraw.Draw(picture, "RGBA")
    for band in range(rng.randint(3, 6)):
        top = rng.randint(0, height)
        colour = palette[1 + band % 3]
        draw.polygon(
            [(0, top), (width, top + rng.randint(-200, 200)), (width, height), (0, height)],
            fill=colour + "55",
        )
    for _ in range(rng.randint(4, 9)):
        x, y, r = rng.randint(0, width), rng.randint(0, height), rng.randint(20, height // 3)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice(palette[1:]) + "66")
    picture = picture.filter(ImageFilter.GaussianBlur(2))
    draw = ImageDraw.Draw(picture, "RGBA")
    for _ in range(rng.randint(2, 5)):
        points = [(rng.randint(0, width), rng.randint(0, height)) for _ in range(rng.randint(3, 6))]
        draw.line(points, fill=palette[4], width=rng.randint(3, 7), joint="curve")
        for x, y in points:
            draw.ellipse((x - 7, y - 7, x + 7, y + 7), fill=palette[3])
    return picture


@functools.lru_cache(maxsize=32)
def illustration_bytes(seed: int, width: int = 1200, height: int = 675) -> bytes:
    """The illustration as a JPEG file; kept for the next picture of the same
    seed and size (drawing one takes about 60 ms)."""
    buffer = io.BytesIO()
    draw_illustration(seed, width, height).save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()
