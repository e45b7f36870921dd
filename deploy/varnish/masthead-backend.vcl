# Masthead: what differs between machines. masthead.vcl includes this file;
# a deployment (or a test) writes its own copy and leaves masthead.vcl alone.
# After editing: `varnishreload`, or restart varnishd.

# The app (gunicorn). Varnish asks /healthz/ every few seconds: while the app
# answers 503 or nothing, Varnish calls it sick and readers get stale copies
# (masthead.vcl, "Grace") instead of errors.
probe masthead_health {
    # The Host header of the probe must be one of DJANGO_ALLOWED_HOSTS: in
    # production replace .url by
    #   .request = "GET /healthz/ HTTP/1.1" "Host: magazine.example.org" "Connection: close";
    .url = "/healthz/";
    .interval = 2s;
    .timeout = 1s;
    .window = 5;
    .threshold = 3;
    # Start healthy: readers are not refused while the first probes run.
    .initial = 3;
}

backend masthead {
    .host = "127.0.0.1";
    .port = "8000";
    .probe = masthead_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}

# Who may send PURGE: the machines running the app (gunicorn and the task
# workers, which publish on schedule). Add one line per address or network,
# e.g. "10.0.0.0"/24; anyone else gets 403.
acl purgers {
    "127.0.0.1";
    "::1";
}

# Who may tell Varnish the reader's address (X-Real-IP) and scheme
# (X-Forwarded-Proto): the TLS proxy in front. From anyone else those headers
# are replaced, so a reader cannot pose as another for the app's rate limits.
acl proxies {
    "127.0.0.1";
    "::1";
}

# How long past its s-maxage a page may still be served while the app is up,
# a fresh copy being fetched meanwhile: keep it equal to the app's
# MASTHEAD_CACHE_STALE_SECONDS (stale-while-revalidate). While the app is
# sick, the app's stale-if-error applies instead (masthead.vcl).
sub masthead_grace_while_healthy {
    set req.grace = 60s;
}
