#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into the database of DATABASE_URL
# and the media folder DJANGO_MEDIA_ROOT. docs/deploy.md, "The restore drill".
#
#   deploy/restore.sh [--force] /var/backups/masthead/2026-01-31T031500Z
#
# The database is created when it does not exist (the user of DATABASE_URL
# then needs the right to create databases; otherwise create it first:
# sudo -u postgres createdb -O masthead NAME). A database that already holds
# tables, or a media folder that already holds files, is refused unless
# --force is given: then the database's public schema is dropped and made
# anew, and the backup's files are written over those in the folder (files
# the backup does not have are left alone).
#
# The database is restored in one transaction: if anything fails, it is left
# as it was. Tables and sequences belong to the user of DATABASE_URL, whoever
# owned them in the backup. Run it as the user the app runs as (masthead), so
# that the media files are theirs.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/database-url.sh
. "$here/database-url.sh"

fail() {
    echo "restore: $*" >&2
    exit 1
}
usage() {
    echo "usage: $0 [--force] BACKUP_FOLDER   (reads DATABASE_URL and DJANGO_MEDIA_ROOT)" >&2
    exit 2
}

force=false
backup=""
while [ $# -gt 0 ]; do
    case "$1" in
        --force) force=true ;;
        -h | --help) usage ;;
        -*) echo "restore: unknown option $1" >&2 && usage ;;
        *)
            [ -z "$backup" ] || usage
            backup="$1"
            ;;
    esac
    shift
done
[ -n "$backup" ] || usage

for tool in pg_restore psql createdb tar sha256sum python3; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install postgresql-client tar coreutils python3)."
done
[ -d "$backup" ] || fail "$backup is not a folder."
for file in database.dump media.tar SHA256SUMS; do
    [ -f "$backup/$file" ] || fail "$backup has no $file: not a backup made by deploy/backup.sh."
done
echo "restore: checking $backup"
(cd "$backup" && sha256sum --check --quiet SHA256SUMS) \
    || fail "$backup is damaged: its files do not match SHA256SUMS."

database_url_export || fail "cannot read DATABASE_URL."
media="${DJANGO_MEDIA_ROOT:-}"
[ -n "$media" ] || fail "DJANGO_MEDIA_ROOT is not set (the media folder to restore into)."

# Look before touching anything: the database, then the media folder.
sql() { psql --no-psqlrc --no-password --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 "$@"; }
create_database=false
if ! error="$(sql --command='SELECT 1' 2>&1 >/dev/null)"; then
    case "$error" in
        *"database \"$PGDATABASE\" does not exist"*) create_database=true ;;
        *) fail "cannot connect to the database $PGDATABASE: $error" ;;
    esac
fi
if ! $create_database; then
    relations="$(sql --command="
        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'")"
    if [ "$relations" -gt 0 ] && ! $force; then
        fail "the database $PGDATABASE is not empty ($relations tables, sequences and indexes)." \
            "Restore into a new database, or give --force to replace its contents."
    fi
fi
if [ -d "$media" ] && [ -n "$(find "$media" -mindepth 1 -print -quit)" ] && ! $force; then
    fail "the media folder $media is not empty. Restore into a new folder, or give --force" \
        "to write the backup's files over it."
fi

started=$SECONDS
if $create_database; then
    echo "restore: creating the database $PGDATABASE"
    createdb --no-password --maintenance-db=postgres -- "$PGDATABASE" \
        || fail "could not create $PGDATABASE (see above). Create it as PostgreSQL's" \
            "superuser, e.g. sudo -u postgres createdb -O <user> $PGDATABASE, and run this again."
elif [ "${relations:-0}" -gt 0 ]; then
    echo "restore: --force: emptying the database $PGDATABASE (DROP SCHEMA public CASCADE)"
    sql --command='SET client_min_messages = warning' --command='DROP SCHEMA public CASCADE' \
        --command='CREATE SCHEMA public' \
        || fail "could not empty $PGDATABASE (the user of DATABASE_URL must own it)."
fi

echo "restore: database $backup/database.dump -> $PGDATABASE"
pg_restore --no-password --dbname="$PGDATABASE" --no-owner --no-privileges \
    --single-transaction --exit-on-error "$backup/database.dump" \
    || fail "pg_restore failed (see above); nothing of the backup was kept in $PGDATABASE."

echo "restore: media $backup/media.tar -> $media"
mkdir -p "$media"
tar --extract --file="$backup/media.tar" --directory="$media" \
    || fail "could not unpack the media into $media (see above)."

echo "restore: done in $((SECONDS - started)) s. If the code is newer than the backup, run" \
    "manage.py migrate; then restart the app and clear the page cache (docs/deploy.md)."
