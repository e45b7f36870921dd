"""The backup and restore scripts, run for real: a small magazine is built in a
PostgreSQL database of its own (migrate, then tests/deploy/small_magazine.py),
deploy/backup.sh backs it up, deploy/restore.sh puts it back into a second new
database and media folder, and the two magazines are compared row by row and
file by file.

The databases are made on the server of MASTHEAD_TEST_POSTGRES_URL (by default
the local one CI uses, postgres://postgres@127.0.0.1:5432/postgres), named
MASTHEAD_TEST_DATABASE_PREFIX (test_backup_) and a random part, and dropped
afterwards, whether the tests passed or not. They run in the suite's
PostgreSQL pass (DATABASE_URL=postgres://..., as .ci/run does), once, and are
skipped, saying so, in the SQLite pass and where PostgreSQL's client programs
are not installed.
"""

import os
import secrets
import shutil
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

ROOT = Path(__file__).resolve().parents[2]
BACKUP = ROOT / "deploy" / "backup.sh"
RESTORE = ROOT / "deploy" / "restore.sh"
SERVER_URL = os.environ.get(
    "MASTHEAD_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
PREFIX = os.environ.get("MASTHEAD_TEST_DATABASE_PREFIX", "test_backup_")
TOOLS = ("pg_dump", "pg_restore", "psql", "createdb")
MISSING = [tool for tool in TOOLS if shutil.which(tool) is None]
OLD_BACKUPS = ["2000-01-01T000000Z", "2000-01-02T000000Z"]

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")),
        reason="the backup scripts are PostgreSQL's: run in the suite's PostgreSQL pass "
        "(DATABASE_URL=postgres://..., as .ci/run does)",
    ),
    pytest.mark.skipif(
        bool(MISSING),
        reason=f"PostgreSQL's client programs are not installed ({', '.join(MISSING)}): "
        "apt-get install postgresql-client",
    ),
]

ARTICLES = """
    SELECT p.title, p.slug, p.url_path, p.live, a.hero_image_id
    FROM articles_articlepage a JOIN wagtailcore_page p ON p.id = a.page_ptr_id ORDER BY p.id
"""
IMAGES = "SELECT id, title, file, credit FROM images_creditedimage ORDER BY id"
RENDITIONS = "SELECT image_id, filter_spec, file FROM images_creditedrendition ORDER BY id"
READERS = "SELECT email, status, confirmed_at FROM newsletter_subscriber ORDER BY email"


def server_database_url(name: str) -> str:
    """SERVER_URL with another database name."""
    return SERVER_URL.rsplit("/", 1)[0] + "/" + name


def rows(database_url: str, query: str) -> list[tuple]:
    with psycopg.connect(database_url) as connection:
        return connection.execute(query).fetchall()


def database_exists(name: str) -> bool:
    with psycopg.connect(SERVER_URL) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        return found.fetchone() is not None


def environment(**variables: str) -> dict[str, str]:
    """This machine's environment without the app's settings, and `variables`."""
    clean = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "MASTHEAD_", "DATABASE_URL", "REDIS_URL", "PG"))
    }
    return {**clean, **variables}


def run(command: list[str], **variables: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        command,
        cwd=ROOT,
        env=environment(**variables),
        capture_output=True,
        text=True,
        timeout=600,
    )


def succeeded(result: subprocess.CompletedProcess) -> subprocess.CompletedProcess:
    assert result.returncode == 0, f"{result.args} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def database_names():
    """Names for the databases of this module; every one of them is dropped at the end."""
    try:
        with psycopg.connect(SERVER_URL, connect_timeout=5):
            pass
    except psycopg.OperationalError as error:
        pytest.fail(f"No PostgreSQL at {SERVER_URL} (set MASTHEAD_TEST_POSTGRES_URL): {error}")
    token = secrets.token_hex(4)
    names = {role: f"{PREFIX}{token}_{role}" for role in ("source", "restored", "refused")}
    try:
        yield names
    finally:
        with psycopg.connect(SERVER_URL, autocommit=True) as connection:
            for name in names.values():
                connection.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("backup-restore")


@pytest.fixture(scope="module")
def magazine(database_names, work):
    """The source magazine: its database's URL and its media folder."""
    with psycopg.connect(SERVER_URL, autocommit=True) as connection:
        connection.execute(
            sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database_names["source"]))
        )
    database_url = server_database_url(database_names["source"])
    media = work / "media"
    settings = {"DATABASE_URL": database_url, "DJANGO_MEDIA_ROOT": str(media)}
    manage = [sys.executable, "manage.py"]
    succeeded(run([*manage, "migrate", "--noinput", "-v0"], **settings))
    build = "from tests.deploy.small_magazine import small_magazine_build; small_magazine_build()"
    succeeded(run([*manage, "shell", "-c", build], **settings))
    return database_url, media


@pytest.fixture(scope="module")
def backups(magazine, work):
    """The backup folder after backup.sh ran once, keeping two backups, where
    two older ones, one left half-written and a folder of something else were."""
    database_url, media = magazine
    folder = work / "backups"
    for name in [*OLD_BACKUPS, ".partial-2000-01-03T000000Z", "notes"]:
        (folder / name).mkdir(parents=True)
    succeeded(
        run(
            [str(BACKUP)],
            DATABASE_URL=database_url,
            DJANGO_MEDIA_ROOT=str(media),
            MASTHEAD_BACKUP_DIR=str(folder),
            MASTHEAD_BACKUP_KEEP="2",
        )
    )
    return folder


@pytest.fixture(scope="module")
def backup(backups):
    """The backup just made."""
    (newest,) = [path for path in backups.glob("20*") if path.name not in OLD_BACKUPS]
    return newest


@pytest.fixture(scope="module")
def restored(backup, database_names, work):
    """The magazine restored by restore.sh into a database it creates, and a new folder."""
    database_url = server_database_url(database_names["restored"])
    media = work / "restored-media"
    succeeded(
        run([str(RESTORE), str(backup)], DATABASE_URL=database_url, DJANGO_MEDIA_ROOT=str(media))
    )
    return database_url, media


def test_a_backup_is_a_dated_folder_with_the_database_the_media_and_their_checksums(backup):
    assert sorted(path.name for path in backup.iterdir()) == [
        "SHA256SUMS",
        "database.dump",
        "media.tar",
    ]
    assert (backup / "database.dump").read_bytes().startswith(b"PGDMP")


def test_a_backup_keeps_only_the_newest_backups_and_nothing_half_written(backups, backup):
    assert sorted(path.name for path in backups.iterdir() if path.name != ".lock") == sorted(
        [OLD_BACKUPS[-1], backup.name, "notes"]
    )


def test_the_restored_magazine_has_the_same_articles_pictures_and_readers(magazine, restored):
    source_url, _ = magazine
    restored_url, _ = restored
    for query, expected in [(ARTICLES, 3), (IMAGES, 3), (RENDITIONS, 1), (READERS, 6)]:
        original = rows(source_url, query)
        assert len(original) == expected
        assert rows(restored_url, query) == original


def test_the_restored_media_folder_holds_every_picture_and_rendition(magazine, restored):
    source_url, source_media = magazine
    _, restored_media = restored
    files = [row[2] for row in rows(source_url, IMAGES) + rows(source_url, RENDITIONS)]
    assert len(files) == 4
    for name in files:
        assert (restored_media / name).read_bytes() == (source_media / name).read_bytes()


def test_restoring_over_a_database_that_is_not_empty_is_refused(restored, backup, work):
    restored_url, _ = restored
    articles = rows(restored_url, ARTICLES)
    result = run(
        [str(RESTORE), str(backup)],
        DATABASE_URL=restored_url,
        DJANGO_MEDIA_ROOT=str(work / "another-media"),
    )
    assert result.returncode != 0
    assert "is not empty" in result.stderr and "--force" in result.stderr
    assert rows(restored_url, ARTICLES) == articles
    assert not (work / "another-media").exists()


def test_restoring_into_a_media_folder_that_is_not_empty_is_refused_before_anything_is_made(
    backup, database_names, work
):
    media = work / "used-media"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "kept.jpg").write_bytes(b"a picture")
    result = run(
        [str(RESTORE), str(backup)],
        DATABASE_URL=server_database_url(database_names["refused"]),
        DJANGO_MEDIA_ROOT=str(media),
    )
    assert result.returncode != 0
    assert f"media folder {media} is not empty" in result.stderr
    assert not database_exists(database_names["refused"])
    assert [path.name for path in media.rglob("*")] == ["original_images", "kept.jpg"]


def test_a_damaged_backup_is_refused(backup, database_names, work):
    damaged = work / "damaged"
    shutil.copytree(backup, damaged)
    with (damaged / "media.tar").open("r+b") as tar:
        tar.write(b"X")
    result = run(
        [str(RESTORE), str(damaged)],
        DATABASE_URL=server_database_url(database_names["refused"]),
        DJANGO_MEDIA_ROOT=str(work / "damaged-media"),
    )
    assert result.returncode != 0
    assert "is damaged" in result.stderr
    assert not database_exists(database_names["refused"])
