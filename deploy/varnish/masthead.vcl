vcl 4.1;

# Masthead's page cache (docs/serving.md). The app decides what may be shared
# (Cache-Control, core/http_cache.py) and names what each page shows (xkey
# header, core/surrogate_keys.py); this file keeps shared pages, hands
# everything personal straight to the app, and forgets pages when the app says
# they changed (PURGE).
#
# Where the app is, who may purge and how long a stale page may be served
# while the app is up live in masthead-backend.vcl, the one file a deployment
# or a test writes for itself.

import std;
import xkey;

include "masthead-backend.vcl";

# -- Requests ------------------------------------------------------------------

sub vcl_recv {
    set req.backend_hint = masthead;
    # Internal headers are ours to set, never a client's.
    unset req.http.X-Masthead-Pass;
    unset req.http.X-Masthead-Purged;
    if (client.ip !~ proxies) {
        # Only the TLS proxy in front may say who the reader is and whether they
        # came over https; a reader talking to us directly is who they are.
        set req.http.X-Real-IP = client.ip;
        unset req.http.X-Forwarded-Proto;
    } elif (!req.http.X-Real-IP) {
        set req.http.X-Real-IP = client.ip;
    }

    call masthead_normalize_url;

    if (req.method == "PURGE") {
        call masthead_purge;
    }

    # Health checks answer for this moment, not for a minute ago.
    if (req.url ~ "^/healthz/") {
        return (pass);
    }
    # The read beacon (readership/views.py) counts a read each time it is
    # asked for: every request goes to the app, none is answered from here,
    # including those for pages that were (docs/most-read.md).
    if (req.url ~ "^/read/") {
        return (pass);
    }
    # Only reads are shared. POST (the signup form, admin forms) and the rest
    # go to the app every time, with their cookies.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # While the app is up, a page past its s-maxage is served stale only
    # briefly, a fresh copy being fetched in the background. While the probe
    # calls it sick, the full grace applies (the app's stale-if-error, hours):
    # readers keep reading the magazine during an outage.
    if (std.healthy(req.backend_hint)) {
        call masthead_grace_while_healthy;
    }

    # Static files (hashed names) and media (unique names) are the same for
    # everyone: cached even for editors, whose cookies they do not need.
    if (req.url ~ "^/(static|media)/") {
        unset req.http.Cookie;
        return (hash);
    }

    # The admin and its previews, and anything an editor asks for while
    # logged in (pages with Wagtail's user bar), are per person: never served
    # from the cache and never put in it. So are the newsletter's token pages
    # and draft links (the token in the URL is the reader's credential; a
    # revoked draft link must stop working at once: docs/draft-links.md).
    if (req.url ~ "^/(admin|django-admin)(/|$)"
        || req.url ~ "^/newsletter/(confirm|unsubscribe|preferences)/"
        || req.url ~ "^/draft/"
        || req.http.Cookie ~ "(^|;\s*)sessionid="
        || req.http.Authorization) {
        return (pass);
    }

    # Every other page is public: readers carry no cookie the app needs
    # (docs/public-pages-and-the-signup-form.md), and a cookie left over from
    # somewhere (analytics, a logged-out editor's csrftoken) must not make
    # a reader's request uncacheable or vary the page.
    unset req.http.Cookie;
    return (hash);
}

# Tracking parameters (utm_*, click ids, newsletter ids) change nothing on the
# page: dropped from the URL (the cache key and what the app sees) so that
# each campaign link does not make its own copy of a page, and a flood of
# made-up values cannot fill the cache. The other parameters are sorted so
# that ?a=1&b=2 and ?b=2&a=1 are one object.
sub masthead_normalize_url {
    if (req.url ~ "[?&](utm_[^=&]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref_src|ref_url)(=|&|$)") {
        set req.url = regsuball(req.url, "(?<=[?&])(utm_[^=&]*|fbclid|gclid|gbraid|wbraid|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ref_src|ref_url)(=[^&]*)?(&|$)", "");
    }
    # A trailing "?" or "&" left over (or sent) is no different page either.
    set req.url = regsub(req.url, "[?&]+$", "");
    if (req.url ~ "\?") {
        set req.url = std.querysort(req.url);
    }
}

# PURGE, from the app only (acl purgers in masthead-backend.vcl):
# - with an `xkey-purge: key1 key2` header, every page filed under any of
#   those keys (the app sends the keys of what changed);
# - without it, the one URL it names, in all its variants (Wagtail's
#   frontend-cache HTTP backend does this).
# Purges are hard: a purged page is dropped, not kept in grace, because a
# soft-purged copy would be served stale (with a background fetch) to the
# next reader, who must see the change at once. The cost: a page purged just
# before the app goes down has no stale copy left; the app purging is alive
# at that moment, so the fetch that follows almost always succeeds.
sub masthead_purge {
    if (client.ip !~ purgers) {
        return (synth(403, "Forbidden"));
    }
    if (req.http.xkey-purge) {
        set req.http.X-Masthead-Purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.X-Masthead-Purged));
    }
    return (purge);
}

sub vcl_hash {
    # The default key (URL and Host) is right: the scheme is left out on
    # purpose so that the app's purges (which come over plain http) reach the
    # pages readers get over https; a redirect to https is never stored
    # (vcl_backend_response) so the two cannot be mixed up.
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    return (lookup);
}

sub vcl_pass {
    set req.http.X-Masthead-Pass = "1";
}

# -- Responses from the app ----------------------------------------------------

sub vcl_backend_response {
    # A background refresh that failed: keep serving the copy we have
    # instead of replacing it with an error.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }

    # Text is compressed once, when stored, and served compressed to every
    # reader who accepts gzip (Varnish unzips it for the others).
    if (!beresp.http.Content-Encoding
        && beresp.http.Content-Type ~ "^(text/(html|css|plain|xml|javascript)|application/(javascript|json|xml|rss\+xml|atom\+xml|feed\+json|ld\+json|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }

    if (bereq.uncacheable) {
        # A pass (editor, admin, POST, /healthz/): nothing is stored anyway.
        return (deliver);
    }

    # Never share what is somebody's: a response setting a cookie, marked
    # private or no-store, or varying on everything. "Hit-for-miss": for a
    # minute, requests for this URL go to the app side by side instead of
    # queueing for one fetch, and the next cacheable answer is stored.
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Vary == "*"
        || beresp.status >= 500) {
        call masthead_hit_for_miss;
    }
    # The app's answer to a plain-http request is a redirect to https: if it
    # were stored, https readers would get it too (the scheme is not in the
    # cache key), and loop.
    if (beresp.status >= 300 && beresp.status < 400
        && beresp.http.Location == "https://" + bereq.http.host + bereq.url) {
        call masthead_hit_for_miss;
    }

    # Media have unique names and static files hashed ones: they never change
    # at the same address, so readers and Varnish keep them for a year.
    if (bereq.url ~ "^/media/" && beresp.status == 200) {
        set beresp.ttl = 365d;
        set beresp.grace = 365d;
        set beresp.http.Cache-Control = "public, max-age=31536000, immutable";
        return (deliver);
    }
    if (bereq.url ~ "^/static/" && beresp.http.Cache-Control ~ "immutable") {
        set beresp.ttl = 365d;
        set beresp.grace = 365d;
        return (deliver);
    }

    # A page is stored only when the app says it may be (the contract: public
    # pages carry Cache-Control with s-maxage); an answer without
    # Cache-Control is not one the app meant to share.
    if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        call masthead_hit_for_miss;
    }

    # Varnish has already taken the TTL from s-maxage (purges keep the page
    # right meanwhile) and the grace from stale-while-revalidate. The grace
    # stored is the longer stale-if-error (or six hours): how long readers
    # may get this copy while the app is down. While it is up, vcl_recv cuts
    # it to the short masthead_grace_while_healthy.
    if (beresp.http.Cache-Control ~ "stale-if-error=\d+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, "^.*stale-if-error=(\d+).*$", "\1s"), 6h);
    } else {
        set beresp.grace = 6h;
    }
    return (deliver);
}

sub masthead_hit_for_miss {
    set beresp.ttl = 60s;
    set beresp.grace = 0s;
    set beresp.uncacheable = true;
    return (deliver);
}

sub vcl_backend_error {
    # A failed background refresh keeps the stale copy (see above).
    if (bereq.is_bgfetch) {
        return (abandon);
    }
    # The app is down and nothing is cached for this page: a plain apology,
    # not Varnish's "Guru Meditation".
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Cache-Control = "private, no-store";
    set beresp.http.Retry-After = "30";
    synthetic({"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Back in a moment</title></head>
<body><h1>Back in a moment</h1>
<p>This page cannot be shown right now. Please try again in a minute.</p></body></html>
"});
    return (deliver);
}

# -- What readers get ----------------------------------------------------------

sub vcl_deliver {
    if (req.http.X-Masthead-Pass) {
        set resp.http.X-Cache = "PASS";
    } elif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }

    # s-maxage is addressed to this cache, which gets purges; a cache further
    # along (a browser, a proxy) must keep to max-age. And the copy is as good
    # as new, purges keeping it right: its Age here would only make browsers
    # think it is already past its max-age.
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = regsuball(resp.http.Cache-Control,
            "\s*s-maxage=\d+\s*,?", "");
        set resp.http.Cache-Control = regsuball(resp.http.Cache-Control, "^[\s,]+|[\s,]+$", "");
        unset resp.http.Age;
    }

    # Internal: the surrogate keys, and who built what.
    unset resp.http.xkey;
    unset resp.http.X-Varnish;
    unset resp.http.Via;
    unset resp.http.Server;
    unset resp.http.X-Powered-By;
    return (deliver);
}

sub vcl_synth {
    unset resp.http.X-Varnish;
    unset resp.http.Server;
    set resp.http.Cache-Control = "private, no-store";
    if (req.method == "PURGE") {
        set resp.http.Content-Type = "text/plain; charset=utf-8";
        set resp.body = resp.reason + {"
"};
        return (deliver);
    }
}
