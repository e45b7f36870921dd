"""Real-shaped partner pages and feeds, written for these tests."""

import io

from PIL import Image


def article_page(
    url_base: str,
    *,
    title="The Bunker",
    extra_body="",
    authors="Nadia Reyes",
    canonical_path="/columns/the-bunker/",
    image_path="/images/bunker.jpg",
) -> str:
    return f"""<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>{title} | The Oversight Ledger</title>
<link rel="canonical" href="{url_base}{canonical_path}">
<meta name="description" content="Where the procurement money went, and who signed off.">
<meta name="author" content="{authors}">
<meta property="og:title" content="{title}">
<meta property="og:image" content="{url_base}{image_path}">
<meta property="article:published_time" content="2026-11-03T09:00:00+00:00">
<script>window.tracking = true;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article>
<h1>{title}</h1>
<p class="byline">By {authors}</p>
<p>The contract was signed on a Friday afternoon, after the committee had gone home. Nobody
outside the ministry saw the final figures until a clerk posted them to the register.</p>
<h2>The numbers</h2>
<p onclick="steal()">Three suppliers bid; one of them had written the specification. The
<a href="https://register.example.org/contract/881">public register</a> shows the price rose by a
third between the draft and the signature.</p>
<blockquote><p>We were told the timetable left no room for a second round.</p></blockquote>
<p>Officials say the delay would have cost more than the overrun. The documents suggest
otherwise, and the auditors have been asked to look again.</p>
{extra_body}
</article>
<footer>Copyright The Oversight Ledger</footer>
</body></html>"""


def jpeg_bytes(size=(800, 450)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 60, 90)).save(buffer, format="JPEG")
    return buffer.getvalue()


def rss_feed(url_base: str, items: list[str]) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>The Oversight Ledger</title>
<link>{url_base}/</link>
<description>Columns on public money</description>
{"".join(items)}
</channel></rss>"""


def rss_item(*, guid: str, link: str, title: str, content: str = "", author="Nadia Reyes") -> str:
    encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return f"""<item>
<guid isPermaLink="false">{guid}</guid>
<link>{link}</link>
<title>{title}</title>
<dc:creator>{author}</dc:creator>
<description>A column from the Ledger.</description>
<pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate>
{encoded}
</item>"""


# Text that shows tags (escaped), real tags that must go, line breaks, nested
# lists and links of every kind: what a careless or hostile partner sends.
HOSTILE_BODY = """<p>The clerk's note read &lt;img src="http://10.0.0.5/latest/meta-data/"&gt;
in full.<br>Nobody <strong>checked</strong> it.</p>
<blockquote><p>&lt;script&gt;alert(document.cookie)&lt;/script&gt; was all it said.</p></blockquote>
<ul><li>&lt;iframe src=//evil.example/&gt; first</li><li>second<ul><li>nested</li></ul></li></ul>
<p>See <a href="/columns/other/">the other column</a>, <a href="//cdn.example.net/report.pdf">the
report</a> and <a href="javascript:alert(1)">this</a>.</p>
<p onclick="steal()"><img src="http://10.0.0.5/" onerror="alert(1)">After the picture.</p>
"""
