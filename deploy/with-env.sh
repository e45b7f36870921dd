#!/usr/bin/env bash
# Run a command in the checkout as the app's user, with the settings the
# services get (their EnvironmentFile): for `make setup`, manage.py, and
# backups or restores by hand. docs/deploy.md.
#
#   sudo /srv/masthead/app/deploy/with-env.sh make setup
#   sudo /srv/masthead/app/deploy/with-env.sh .venv/bin/python manage.py check --deploy
#
# The env file is readable by root only, so run it as root: it reads the file,
# then becomes the app's user (runuser). MASTHEAD_ENV_FILE
# (/etc/masthead/masthead.env) and MASTHEAD_USER (masthead) change them.
set -euo pipefail

env_file="${MASTHEAD_ENV_FILE:-/etc/masthead/masthead.env}"
user="${MASTHEAD_USER:-masthead}"
if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]   (run from anywhere; it runs in the checkout)" >&2
    exit 2
fi
if [ ! -r "$env_file" ]; then
    echo "with-env: cannot read $env_file: run this as root (sudo), or set MASTHEAD_ENV_FILE." >&2
    exit 1
fi

# The file is in systemd's format, not the shell's: KEY=value, the value as
# written (spaces and all: The Meridian Review), optionally in quotes; lines
# starting with # or ; are comments. It is parsed, never sourced.
number=0
while IFS= read -r line || [ -n "$line" ]; do
    number=$((number + 1))
    line="${line#"${line%%[![:space:]]*}"}"
    case "$line" in '' | '#'* | ';'*) continue ;; esac
    key="${line%%=*}"
    value="${line#*=}"
    if [[ "$line" != *=* || ! "$key" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
        echo "with-env: $env_file, line $number: not KEY=value." >&2
        exit 1
    fi
    if [[ "$value" =~ ^\"(.*)\"$ || "$value" =~ ^\'(.*)\'$ ]]; then
        value="${BASH_REMATCH[1]}"
    fi
    export "$key=$value"
done <"$env_file"

cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ "$(id -un)" = "$user" ]; then
    exec "$@"
fi
exec runuser -u "$user" -- "$@"
