"""The Nu HTML Checker (vnu.jar, from the npm package vnu-jar pinned in
package.json) run once over many pages: Java takes seconds to start."""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parents[2]
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def missing() -> str:
    """Why the checker cannot run here, or "" when it can."""
    if shutil.which("java") is None:
        return (
            "The Nu HTML Checker needs Java and `java` is not on PATH "
            "(Debian: apt-get install default-jre-headless; .ci/run installs it)."
        )
    if not VNU_JAR.exists():
        return (
            f"The Nu HTML Checker is not installed: {VNU_JAR.relative_to(ROOT)} is missing "
            "(run `npm ci` at the repository root; .ci/run does)."
        )
    return ""


def check(pages: dict[str, str], folder: Path) -> dict[str, list[str]]:
    """The checker's errors for each of `pages` (name: HTML), as readable lines."""
    files = {}
    for name, html in pages.items():
        path = (folder / f"{name}.html").resolve()
        path.write_text(html, encoding="utf-8")
        files[str(path)] = name
    java = shutil.which("java") or "java"
    result = subprocess.run(  # noqa: S603 (our own jar and files)
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    report = json.loads(result.stderr or result.stdout)
    errors: dict[str, list[str]] = {name: [] for name in pages}
    for message in report["messages"]:
        name = files.get(_path_of(message.get("url", "")))
        line = f"line {message.get('lastLine', '?')}: {message['message']}"
        if message.get("extract"):
            line += f"\n    {message['extract'].strip()}"
        if name is None:  # not about one of our files: the checker itself failed
            raise RuntimeError(f"The Nu HTML Checker failed: {line}")
        errors[name].append(line)
    return errors


def _path_of(url: str) -> str:
    """The file of the checker's "file:/tmp/x.html"."""
    return unquote(urlsplit(url).path) if url.startswith("file:") else url
