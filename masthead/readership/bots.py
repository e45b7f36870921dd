"""Which requests for the beacon are not a person reading the page.

Only the obvious: a client that names itself a robot, a crawler, a link
previewer, a command-line tool, an HTTP library or a headless browser (their
User-Agent says so), one that sends no User-Agent at all, and a browser
fetching the page ahead of time in case it is opened (prefetch and prerender
say so in Sec-Purpose or Purpose). A robot dressed as a browser is counted;
nothing here is meant to catch it.
"""

import re

from django.http import HttpRequest

AUTOMATED_AGENTS = re.compile(
    r"bot|crawl|spider|slurp|scrap|preview|fetcher|archiver|"
    r"curl|wget|httpie|python-requests|python-urllib|python-httpx|aiohttp|"
    r"go-http-client|okhttp|java/|libwww|node-fetch|axios|"
    r"headless|phantomjs|puppeteer|playwright|selenium|lighthouse|pagespeed|"
    r"facebookexternalhit|embedly|whatsapp|telegram|skype|"
    r"pingdom|uptime|monitor|check_http",
    re.IGNORECASE,
)
AHEAD_OF_TIME = re.compile(r"prefetch|prerender|preview", re.IGNORECASE)


def is_automated(request: HttpRequest) -> bool:
    """Whether the request is plainly not a reader's: a robot, a tool, a prefetch."""
    agent = request.headers.get("User-Agent", "").strip()
    if not agent or AUTOMATED_AGENTS.search(agent):
        return True
    purpose = request.headers.get("Sec-Purpose", "") + request.headers.get("Purpose", "")
    return bool(AHEAD_OF_TIME.search(purpose))
