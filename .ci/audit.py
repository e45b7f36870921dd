"""Audit the locked dependencies for known vulnerabilities with pip-audit.

    make audit                  # what .ci/run does
    AUDIT_STRICT=1 make audit   # also fail when a dependency could not be audited

The dependencies the magazine runs on (uv.lock, without the development
group) are exported to a requirements file and handed to pip-audit, which
asks PyPI's advisory data about each pinned version. Exit 1 when any of them
has a known vulnerability (each is listed with its advisory and the versions
that fix it).

A dependency pip-audit could not look up (the advisory service unreachable,
a package index that mirrors files but not PyPI's JSON API) is not a pass:
every one is counted and named, and when none could be looked up the audit
says in capitals that it did not run. With AUDIT_STRICT=1 that fails too, as
it should on a machine that reaches PyPI.
"""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
UV = BASE_DIR / ".tools" / "bin" / "uv"
PIP_AUDIT = BASE_DIR / ".venv" / "bin" / "pip-audit"


def locked_requirements(folder: Path) -> Path:
    target = folder / "requirements.txt"
    subprocess.run(  # noqa: S603 (our own tools, with fixed arguments)
        [
            str(UV),
            "export",
            "--frozen",
            "--no-dev",
            "--no-emit-project",
            "--format",
            "requirements-txt",
            "--output-file",
            str(target),
            "--quiet",
        ],
        cwd=BASE_DIR,
        check=True,
        env={**os.environ, "UV_PYTHON_DOWNLOADS": "never"},
    )
    return target


def audit(requirements: Path, folder: Path) -> dict:
    report = folder / "audit.json"
    # pip-audit exits 1 when it finds a vulnerability; the report says the rest.
    subprocess.run(  # noqa: S603 (our own tools, with fixed arguments)
        [
            str(PIP_AUDIT),
            "--requirement",
            str(requirements),
            "--no-deps",
            "--disable-pip",
            "--progress-spinner",
            "off",
            "--format",
            "json",
            "--output",
            str(report),
        ],
        check=False,
        timeout=600,
    )
    if not report.exists():
        sys.exit("pip-audit wrote no report: see its message above.")
    return json.loads(report.read_text())


def main() -> int:
    strict = os.environ.get("AUDIT_STRICT", "") not in ("", "0")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        report = audit(locked_requirements(folder), folder)
    dependencies = report.get("dependencies", [])
    vulnerable = [d for d in dependencies if d.get("vulns")]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    audited = len(dependencies) - len(skipped)
    for dependency in vulnerable:
        for vuln in dependency["vulns"]:
            fixes = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
            print(
                f"VULNERABLE {dependency['name']} {dependency['version']}: {vuln['id']} "
                f"(fixed in {fixes})"
            )
    if skipped:
        reasons = sorted({d["skip_reason"].split(":")[0] for d in skipped})
        print(
            f"{len(skipped)} of {len(dependencies)} dependencies could not be audited "
            f"({'; '.join(reasons)}): {', '.join(d['name'] for d in skipped)}"
        )
    if dependencies and not audited:
        print(
            "THE DEPENDENCY AUDIT DID NOT RUN: no advisory data could be had from this "
            "machine. Run `AUDIT_STRICT=1 make audit` where PyPI's JSON API is reachable."
        )
    print(
        f"Dependency audit: {audited} of {len(dependencies)} audited, {len(vulnerable)} vulnerable."
    )
    if vulnerable:
        return 1
    return 1 if strict and skipped else 0


if __name__ == "__main__":
    sys.exit(main())
