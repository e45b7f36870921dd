"""A deploy that checks itself: the documented production settings pass
`check --deploy`; the public development key fails loudly."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
EXAMPLE = ROOT / "deploy" / "masthead.env.example"


def production_environment(**overrides: str) -> dict[str, str]:
    """The documented settings, as systemd's EnvironmentFile would read them."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "MASTHEAD_", "DATABASE_URL", "REDIS_URL"))
    }
    for line in EXAMPLE.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition("=")
            environment[key] = value
    environment["DJANGO_SECRET_KEY"] = secrets.token_urlsafe(50)
    # The check reads settings, not the database: keep the test's own database.
    environment["DATABASE_URL"] = "sqlite:////tmp/masthead-deploy-check.sqlite3"
    environment.pop("REDIS_URL")
    environment.update(overrides)
    return environment


def run(*command: str, environment: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 (our own interpreter and arguments)
        [sys.executable, *command], cwd=ROOT, env=environment, capture_output=True, text=True
    )


def test_the_documented_production_settings_pass_the_deploy_check():
    result = run(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        environment=production_environment(),
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_the_deploy_check_fails_with_the_public_development_key():
    result = run(
        "manage.py", "check", "--deploy", environment=production_environment(DJANGO_SECRET_KEY="")
    )
    assert result.returncode != 0
    assert "masthead.E001" in result.stderr and "DJANGO_SECRET_KEY" in result.stderr


def test_the_web_server_refuses_to_start_with_the_development_key():
    environment = production_environment(DJANGO_SECRET_KEY="")
    result = run("-c", "import masthead.wsgi", environment=environment)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_the_development_servers_may_use_the_development_key():
    environment = production_environment(DJANGO_SECRET_KEY="", MASTHEAD_DEVELOPMENT_SERVER="1")
    result = run("-c", "import masthead.wsgi", environment=environment)
    assert result.returncode == 0, result.stderr
