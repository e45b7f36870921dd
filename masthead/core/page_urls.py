"""Page URLs remembered per request: a river prints the same format, section
and author pages many times over."""


def page_url_for(request, page) -> str:
    """A page's URL, worked out once per request and page."""
    store = getattr(request, "__dict__", None)  # None, or Jinja's Undefined: no request
    if store is None:
        return page.get_url()
    urls = store.setdefault("_masthead_page_urls", {})
    if page.pk not in urls:
        urls[page.pk] = page.get_url(request)
    return urls[page.pk]
