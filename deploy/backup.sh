#!/usr/bin/env bash
# Back up the magazine: the database (pg_dump, custom format) and the media
# folder (a tar of DJANGO_MEDIA_ROOT: originals and renditions), into a new
# dated folder, then delete all but the newest backups. docs/deploy.md.
#
#   deploy/backup.sh
#
# Reads DATABASE_URL and DJANGO_MEDIA_ROOT (as the app does), and
#   MASTHEAD_BACKUP_DIR    where the dated folders go (/var/backups/masthead)
#   MASTHEAD_BACKUP_KEEP   how many backups to keep, this one included (14)
#
# Each backup is <MASTHEAD_BACKUP_DIR>/<UTC date and time>/ with database.dump,
# media.tar and SHA256SUMS. It is written under a hidden name and renamed when
# complete, so a folder with a date is always a whole backup. Old backups are
# deleted only after this one succeeded. deploy/restore.sh puts one back.
set -euo pipefail
# Backups hold every reader's address: readable by their owner only.
umask 077

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=deploy/database-url.sh
. "$here/database-url.sh"

fail() {
    echo "backup: $*" >&2
    exit 1
}

for tool in pg_dump pg_restore tar sha256sum flock python3; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install postgresql-client tar coreutils util-linux python3)."
done
database_url_export || fail "cannot read DATABASE_URL."
media="${DJANGO_MEDIA_ROOT:-}"
[ -n "$media" ] || fail "DJANGO_MEDIA_ROOT is not set (the media folder, e.g. /srv/masthead/media)."
[ -d "$media" ] || fail "the media folder $media does not exist."
destination="${MASTHEAD_BACKUP_DIR:-/var/backups/masthead}"
keep="${MASTHEAD_BACKUP_KEEP:-14}"
[[ "$keep" =~ ^[1-9][0-9]*$ ]] || fail "MASTHEAD_BACKUP_KEEP must be a whole number of backups, 1 or more (got '$keep')."

mkdir -p "$destination"
# One backup at a time: a second one (a timer firing during a manual run) waits.
exec 9>"$destination/.lock"
flock 9
# Left by a backup that was killed: never a whole one.
rm -rf "$destination"/.partial-*

stamp="$(date -u +%Y-%m-%dT%H%M%SZ)"
final="$destination/$stamp"
[ ! -e "$final" ] || fail "$final exists already."
partial="$destination/.partial-$stamp"
mkdir "$partial"
trap 'rm -rf "$partial"' EXIT

started=$SECONDS
echo "backup: database $PGDATABASE -> $final/database.dump"
# The database first, then the media: every file the dump refers to was
# uploaded before the dump, so it is in the tar (which may also hold a few
# files uploaded meanwhile, that nothing refers to yet).
pg_dump --format=custom --compress=6 --no-password --file="$partial/database.dump" \
    || fail "pg_dump of $PGDATABASE failed (see above); no backup was made."
pg_restore --list "$partial/database.dump" >/dev/null \
    || fail "the dump just written cannot be read back; no backup was made."

echo "backup: media $media -> $final/media.tar"
# Not compressed: pictures are compressed already. GNU tar exits 1 when a file
# changed while it was read (an upload or a new rendition): the backup is still
# good, the new file belongs to the next one.
status=0
tar --create --file="$partial/media.tar" --directory="$media" --warning=no-file-changed . || status=$?
[ "$status" -le 1 ] || fail "tar of $media failed (exit status $status); no backup was made."

(cd "$partial" && sha256sum database.dump media.tar >SHA256SUMS)
mv "$partial" "$final"
trap - EXIT
echo "backup: done in $((SECONDS - started)) s: $final ($(du -sh "$final" | cut -f1))."

# Retention: the newest $keep dated folders stay. Names sort by date.
mapfile -t backups < <(find "$destination" -mindepth 1 -maxdepth 1 -type d \
    -name '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9][0-9][0-9][0-9][0-9]Z' \
    -printf '%f\n' | sort)
excess=$((${#backups[@]} - keep))
for ((i = 0; i < excess; i++)); do
    echo "backup: deleting the old backup $destination/${backups[i]}"
    rm -rf -- "${destination:?}/${backups[i]}"
done
