"""Pictures, honest and hostile, made in the tests with Pillow and a few bytes.

No binary fixture is committed: each file is built here, so what it contains
is written down next to the test that sends it.
"""

import io
import struct
import zipfile
import zlib

from PIL import ExifTags, Image, ImageCms

NAVY = (20, 40, 90)
RED = (220, 20, 30)
SCRIPT = b"<script>alert('polyglot')</script>"
ZIP_MEMBER = "payload/readme.txt"


def picture(size=(400, 300), colour=NAVY, mode="RGB") -> Image.Image:
    return Image.new(mode, size, colour)


def encoded(image: Image.Image, format: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format, **options)
    return buffer.getvalue()


def jpeg(size=(400, 300), colour=NAVY, **options) -> bytes:
    return encoded(picture(size, colour), "JPEG", **options)


def png(size=(400, 300), colour=NAVY, **options) -> bytes:
    return encoded(picture(size, colour), "PNG", **options)


def gif(size=(400, 300), colour=NAVY, **options) -> bytes:
    return encoded(picture(size, colour), "GIF", **options)


def webp(size=(400, 300), colour=NAVY, **options) -> bytes:
    return encoded(picture(size, colour), "WEBP", **options)


def opened(content: bytes) -> Image.Image:
    return Image.open(io.BytesIO(content))


# --- Files that lie about their size -------------------------------------------------


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    checksum = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", checksum)


def png_declaring(width: int, height: int) -> bytes:
    """A PNG of a few dozen bytes whose header claims `width` × `height` pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _png_chunk(b"IEND", b"")
    )


def gif_declaring(width: int, height: int) -> bytes:
    """A 1 × 1 GIF whose logical screen claims `width` × `height` pixels."""
    real = gif((1, 1))
    return real[:6] + struct.pack("<HH", width, height) + real[10:]


# --- Files that carry more than a picture ---------------------------------------------


def png_with_text(text: bytes, kind: bytes = b"tEXt") -> bytes:
    """A PNG with a text chunk (tEXt, or zTXt compressed) right after its header."""
    real = png((40, 30))
    # zTXt: keyword, NUL, compression method 0, deflated text.
    payload = b"\x00" + zlib.compress(text, 9) if kind == b"zTXt" else text
    data = b"Comment\x00" + payload
    end_of_header = 8 + 25  # signature, then IHDR (length, type, 13 bytes, checksum)
    return real[:end_of_header] + _png_chunk(kind, data) + real[end_of_header:]


def gif_html_polyglot() -> bytes:
    """A GIF that is also an HTML page: script in its comment and after its end."""
    page = b"<html><body>" + SCRIPT + b"</body></html>"
    return gif((64, 48), comment=page) + page


def zip_archive() -> bytes:
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr(ZIP_MEMBER, "This archive rode in on a picture.")
    return archive.getvalue()


def jpeg_with_zip() -> bytes:
    """A JPEG followed by a ZIP archive: unzip tools read it as an archive."""
    return jpeg() + zip_archive()


def jpeg_with_metadata() -> bytes:
    """A 400 × 300 photo stored sideways (EXIF orientation 6: turn it a quarter
    clockwise to view), with GPS coordinates, a camera name, XMP and a comment.
    Its top-left corner is red."""
    image = picture((400, 300))
    image.paste(RED, (0, 0, 40, 40))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Model] = "Reporter's camera"
    exif[ExifTags.IFD.GPSInfo] = {
        ExifTags.GPS.GPSLatitudeRef: "N",
        ExifTags.GPS.GPSLatitude: (51.0, 30.0, 26.0),
        ExifTags.GPS.GPSLongitudeRef: "W",
        ExifTags.GPS.GPSLongitude: (0.0, 7.0, 39.0),
    }
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF>Safe house</rdf:RDF></x:xmpmeta>'
    return encoded(image, "JPEG", quality=95, exif=exif, xmp=xmp, comment=b"Source: our contact")


def srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


# --- Files that are not (whole) pictures ----------------------------------------------


def truncated_jpeg() -> bytes:
    whole = jpeg((800, 600), colour=(120, 80, 40), quality=95)
    return whole[: len(whole) // 2]


def truncated_png() -> bytes:
    image = Image.effect_noise((300, 300), 80)  # noise, so the pixel data is long
    whole = encoded(image, "PNG")
    return whole[: len(whole) // 2]


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30">'
    b'<script>alert(1)</script><rect width="40" height="30"/></svg>'
)


# --- Animations -----------------------------------------------------------------------

FRAME_COLOURS = [(200, 30, 30), (30, 160, 30), (30, 30, 200), (230, 200, 20)]


def animation(format: str, frames: int, size=(40, 30), duration=120) -> bytes:
    images = [picture(size, FRAME_COLOURS[index % len(FRAME_COLOURS)]) for index in range(frames)]
    return encoded(
        images[0],
        format,
        save_all=True,
        append_images=images[1:],
        duration=duration,
        loop=0,
    )
