#!/usr/bin/env bash
# `make serve`: the magazine served as in production, on this machine.
#
#   Varnish      http://127.0.0.1:8080  (deploy/varnish/masthead.vcl), in front of
#   gunicorn     http://127.0.0.1:8000  (2 workers), plus
#   the task worker (db_worker) and the scheduler (scheduled publishing, chores).
#
# DATABASE_URL and REDIS_URL are used when set (SQLite and no Redis otherwise).
# The app purges this Varnish when something is published (MASTHEAD_CACHE_PURGER).
# Ctrl-C stops all of them. Varnish's work folder is var/varnish/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."

HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8000}"
VARNISH_PORT="${VARNISH_PORT:-8080}"
VARNISH_STORAGE="${VARNISH_STORAGE:-malloc,256m}"
VARNISHD="$(command -v varnishd || echo /usr/sbin/varnishd)"
if [ ! -x "$VARNISHD" ]; then
    echo "varnishd is not installed: apt-get install varnish varnish-modules" >&2
    exit 1
fi

# Varnish reads the repo's VCL, with a backend file pointing at this gunicorn.
VARNISH_DIR="$PWD/var/varnish"
mkdir -p "$VARNISH_DIR"
cp deploy/varnish/masthead.vcl "$VARNISH_DIR/"
sed -e "s/\.host = \"127\.0\.0\.1\";/.host = \"$HOST\";/" \
    -e "s/\.port = \"8000\";/.port = \"$PORT\";/" \
    deploy/varnish/masthead-backend.vcl >"$VARNISH_DIR/masthead-backend.vcl"

export MASTHEAD_DEVELOPMENT_SERVER=1
export MASTHEAD_CACHE_PURGER="${MASTHEAD_CACHE_PURGER:-varnish}"
export MASTHEAD_VARNISH_URLS="${MASTHEAD_VARNISH_URLS:-http://127.0.0.1:$VARNISH_PORT}"
export MASTHEAD_BASE_URL="${MASTHEAD_BASE_URL:-http://127.0.0.1:$VARNISH_PORT}"

# Once: a second signal would reach varnishd while it cleans up, and abort it.
trap 'trap - EXIT INT TERM; kill 0' EXIT INT TERM

.venv/bin/python manage.py db_worker --backend db --queue-name '*' --no-reload -v 0 &
.venv/bin/python manage.py scheduler &
.venv/bin/gunicorn masthead.wsgi --bind "$HOST:$PORT" --workers 2 --access-logfile - &
# -j none: no switch to the varnish user (a local server; the files stay ours).
"$VARNISHD" -F -j none -n "$VARNISH_DIR/work" -a "127.0.0.1:$VARNISH_PORT" \
    -p vcl_path="$VARNISH_DIR" -f "$VARNISH_DIR/masthead.vcl" -s "$VARNISH_STORAGE" &

echo "Serving through Varnish on http://127.0.0.1:$VARNISH_PORT/ (the app itself on http://$HOST:$PORT/); Ctrl-C stops it."
wait
