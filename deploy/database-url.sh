# Sourced by backup.sh and restore.sh: turns DATABASE_URL into libpq's PG*
# variables, so that pg_dump, pg_restore and psql connect without the password
# ever appearing on a command line (where `ps` would show it to every user).
#
#   postgres://user:password@host:5432/name?sslmode=require
#
# is what masthead/settings.py reads (dj-database-url); the user, password and
# name may be percent-encoded, a Unix socket folder is given as the host
# (postgres://%2Fvar%2Frun%2Fpostgresql/name), and sslmode, sslrootcert,
# sslcert, sslkey and connect_timeout are passed on.
# shellcheck shell=bash

database_url_export() {
    if [ -z "${DATABASE_URL:-}" ]; then
        echo "DATABASE_URL is not set (postgres://user:password@host:5432/name)." >&2
        return 1
    fi
    case "$DATABASE_URL" in
        postgres://* | postgresql://* | pgsql://* | postgis://*) ;;
        *)
            echo "DATABASE_URL is not a PostgreSQL database (${DATABASE_URL%%:*}://...):" \
                "these scripts back up and restore PostgreSQL only." >&2
            return 1
            ;;
    esac
    local fields
    # The URL goes to Python in the environment, not as an argument.
    fields="$(python3 -c '
import os, sys
from urllib.parse import parse_qs, unquote, urlsplit

url = urlsplit(os.environ["DATABASE_URL"])
credentials, _, hostport = url.netloc.rpartition("@")
user, _, password = credentials.partition(":")
if hostport.startswith("["):
    host, _, port = hostport[1:].partition("]")
    port = port.lstrip(":")
else:
    host, _, port = hostport.partition(":")
values = {
    "PGHOST": unquote(host),
    "PGPORT": port,
    "PGUSER": unquote(user),
    "PGPASSWORD": unquote(password),
    "PGDATABASE": unquote(url.path.lstrip("/")),
}
query = parse_qs(url.query)
for name in ("sslmode", "sslrootcert", "sslcert", "sslkey", "connect_timeout"):
    if name in query:
        values["PG" + name.upper()] = query[name][-1]
for key, value in values.items():
    if "\n" in value:
        sys.exit(f"DATABASE_URL: a line break in {key}")
    print(f"{key}={value}")
')" || return 1
    local line
    while IFS= read -r line; do
        if [ -n "${line#*=}" ]; then
            export "${line?}"
        else
            unset "${line%%=*}"
        fi
    done <<<"$fields"
    if [ -z "${PGDATABASE:-}" ]; then
        echo "DATABASE_URL names no database (postgres://user:password@host:5432/name)." >&2
        return 1
    fi
}
