"""The image policy: what it accepts, what it refuses and what it keeps of a file."""

import io
import time
import zipfile

import pytest
from PIL import ExifTags, Image, ImageChops, ImageStat

from masthead.images.generate import illustration_bytes
from masthead.images.policy import ImageRefused, image_clean

from . import hostile

NOT_A_PICTURE = "This file is not a picture Masthead accepts (JPEG, PNG, GIF or WebP)."


def refusal(content: bytes) -> str:
    with pytest.raises(ImageRefused) as refused:
        image_clean(content)
    return str(refused.value)


# --- What comes back --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "format", "extension"),
    [
        (hostile.jpeg(), "JPEG", "jpg"),
        (hostile.png(), "PNG", "png"),
        (hostile.gif(), "GIF", "gif"),
        (hostile.webp(), "WEBP", "webp"),
    ],
)
def test_each_accepted_format_comes_back_in_the_same_format_and_size(content, format, extension):
    clean = image_clean(content)
    assert (clean.format, clean.extension, clean.width, clean.height) == (
        format,
        extension,
        400,
        300,
    )
    stored = hostile.opened(clean.content)
    assert stored.format == format
    assert stored.size == (400, 300)


def test_the_file_name_is_ours_and_ends_with_the_decoded_format():
    clean = image_clean(hostile.jpeg())
    name = clean.new_file_name()
    stem, extension = name.split(".")
    assert extension == "jpg"
    assert len(stem) == 32 and all(character in "0123456789abcdef" for character in stem)
    assert clean.new_file_name() != name


def test_a_photo_keeps_its_look_after_re_encoding():
    original = illustration_bytes(7, 1200, 675)
    clean = image_clean(original)
    before = hostile.opened(original).convert("RGB")
    after = hostile.opened(clean.content).convert("RGB")
    difference = ImageStat.Stat(ImageChops.difference(before, after)).mean
    assert max(difference) < 2  # out of 255: invisible


def test_a_40_megapixel_photo_is_cleaned_in_a_couple_of_seconds():
    gradient = Image.linear_gradient("L").resize((7300, 5475))
    photo = Image.merge("RGB", [gradient, gradient.rotate(180), gradient.transpose(0)])
    content = hostile.encoded(photo, "JPEG", quality=90)
    started = time.perf_counter()
    clean = image_clean(content)
    assert (clean.width, clean.height) == (7300, 5475)
    # Two shared cores in CI; alone it takes under a second.
    assert time.perf_counter() - started < 6


# --- Metadata and payloads ----------------------------------------------------------------


def test_a_sideways_photo_is_turned_upright_and_loses_its_exif_gps_xmp_and_comment():
    original = hostile.jpeg_with_metadata()
    assert hostile.opened(original).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    clean = image_clean(original)
    stored = hostile.opened(clean.content)
    assert (clean.width, clean.height) == (300, 400) == stored.size
    assert stored.convert("RGB").getpixel((299, 0))[0] > 180  # the red corner, now top right
    assert not stored.getexif()
    assert not {"exif", "xmp", "comment"} & set(stored.info)
    for trace in (b"Exif", b"Reporter's camera", b"Safe house", b"Source: our contact"):
        assert trace not in clean.content


def test_png_text_chunks_are_not_kept():
    clean = image_clean(hostile.png_with_text(b"Author: someone who should stay unnamed"))
    stored = hostile.opened(clean.content)
    assert stored.text == {}
    assert b"unnamed" not in clean.content


def test_a_small_colour_profile_is_kept():
    profile = hostile.srgb_profile()
    clean = image_clean(hostile.jpeg(icc_profile=profile))
    assert hostile.opened(clean.content).info["icc_profile"] == profile


def test_a_colour_profile_that_is_not_one_is_dropped():
    clean = image_clean(hostile.jpeg(icc_profile=b"<html>" + b"x" * 500))
    assert "icc_profile" not in hostile.opened(clean.content).info
    assert b"<html>" not in clean.content


def test_a_gif_that_is_also_an_html_page_is_accepted_without_its_html():
    clean = image_clean(hostile.gif_html_polyglot())
    assert clean.format == "GIF"
    assert b"<script" not in clean.content and b"<html" not in clean.content


def test_a_jpeg_with_a_zip_appended_is_accepted_without_the_zip():
    content = hostile.jpeg_with_zip()
    assert zipfile.is_zipfile(io.BytesIO(content))
    clean = image_clean(content)
    assert clean.format == "JPEG"
    assert not zipfile.is_zipfile(io.BytesIO(clean.content))
    assert b"PK\x03\x04" not in clean.content


def test_a_cmyk_jpeg_becomes_an_rgb_jpeg():
    content = hostile.encoded(hostile.picture(mode="CMYK", colour=(0, 80, 160, 20)), "JPEG")
    clean = image_clean(content)
    assert hostile.opened(clean.content).mode == "RGB"


def test_a_multi_picture_jpeg_keeps_its_main_picture():
    content = hostile.encoded(
        hostile.picture(colour=hostile.NAVY),
        "MPO",
        save_all=True,
        append_images=[hostile.picture(colour=hostile.RED)],
    )
    clean = image_clean(content)
    stored = hostile.opened(clean.content)
    assert (clean.format, stored.format) == ("JPEG", "JPEG")
    assert getattr(stored, "n_frames", 1) == 1


# --- Animations ---------------------------------------------------------------------------


@pytest.mark.parametrize("format", ["GIF", "WEBP", "PNG"])
def test_an_animation_keeps_its_frames_and_timing(format):
    clean = image_clean(hostile.animation(format, frames=4, duration=120))
    stored = hostile.opened(clean.content)
    assert stored.n_frames == 4
    for index, colour in enumerate(hostile.FRAME_COLOURS):
        stored.seek(index)
        red, green, blue = stored.convert("RGB").getpixel((20, 15))
        assert stored.info["duration"] == 120  # read with the frame, for WebP
        assert max(abs(red - colour[0]), abs(green - colour[1]), abs(blue - colour[2])) < 12


def test_an_animation_over_the_frame_limit_is_refused(settings):
    settings.MASTHEAD_IMAGE_MAX_FRAMES = 5
    assert refusal(hostile.animation("GIF", frames=6)) == (
        "The animation has 6 frames; the limit is 5."
    )


def test_an_animation_counts_the_pixels_of_all_its_frames(settings):
    settings.MASTHEAD_IMAGE_MAX_PIXELS = 5_000
    message = refusal(hostile.animation("GIF", frames=5, size=(40, 30)))
    assert message == (
        "The animation is 40 × 30 pixels over 5 frames, 6,000 pixels in all; "
        "the limit is 5,000 pixels."
    )


# --- Size limits ---------------------------------------------------------------------------


def test_a_file_over_the_byte_limit_is_refused_before_it_is_read(settings):
    settings.MASTHEAD_IMAGE_MAX_BYTES = 1000
    message = refusal(hostile.png((400, 300)) + b"\x00" * 1000)
    assert message.startswith("The file is ")
    assert message.endswith("; the limit is 1000\xa0bytes.")


def test_an_empty_file_is_refused():
    assert refusal(b"") == "The file is empty."


def test_a_picture_over_the_pixel_limit_is_refused_from_its_header():
    # 48 million pixels declared, a few bytes of pixel data: decoding would
    # find the file cut short, so the refusal comes from the header alone.
    started = time.perf_counter()
    message = refusal(hostile.png_declaring(8000, 6000))
    assert message == "The picture is 8,000 × 6,000 pixels; the limit is 40 million pixels."
    assert time.perf_counter() - started < 0.5


def test_the_pixel_limit_is_the_setting(settings):
    settings.MASTHEAD_IMAGE_MAX_PIXELS = 100_000
    assert image_clean(hostile.jpeg((400, 250))).width == 400
    assert refusal(hostile.jpeg((400, 251))) == (
        "The picture is 400 × 251 pixels; the limit is 100,000 pixels."
    )


@pytest.mark.parametrize(
    "content",
    [hostile.png_declaring(30_000, 30_000), hostile.gif_declaring(65_535, 65_535)],
    ids=["png", "gif"],
)
def test_a_decompression_bomb_is_refused(content):
    message = refusal(content)
    assert message.startswith("The picture has ")
    assert message.endswith("pixels; the limit is 40 million pixels.")


@pytest.mark.filterwarnings("error::PIL.Image.DecompressionBombWarning")
def test_pillows_decompression_bomb_warning_becomes_a_refusal():
    # 100 million pixels: over Pillow's warning threshold, under its error one.
    assert refusal(hostile.png_declaring(10_000, 10_000)) == (
        "The picture has 100 million pixels; the limit is 40 million pixels."
    )


@pytest.mark.parametrize("kind", [b"tEXt", b"zTXt"])
def test_a_png_with_megabytes_of_text_is_refused_quickly(kind):
    content = hostile.png_with_text(b"A" * 6_000_000, kind=kind)
    started = time.perf_counter()
    assert "PNG text chunks" in refusal(content)
    assert time.perf_counter() - started < 0.5


# --- Files that are not pictures Masthead accepts ------------------------------------------


def test_an_svg_is_refused():
    assert refusal(hostile.SVG) == NOT_A_PICTURE


@pytest.mark.parametrize("format", ["BMP", "TIFF", "ICO", "PPM"])
def test_other_picture_formats_are_refused(format):
    assert refusal(hostile.encoded(hostile.picture((64, 48)), format)) == NOT_A_PICTURE


def test_a_web_page_is_refused():
    assert refusal(b"<!doctype html><html>" + hostile.SCRIPT + b"</html>") == NOT_A_PICTURE


@pytest.mark.parametrize(
    "content", [hostile.truncated_jpeg(), hostile.truncated_png()], ids=["jpeg", "png"]
)
def test_a_file_cut_short_is_refused(content):
    assert refusal(content) == "The file is cut short: part of the picture is missing."
