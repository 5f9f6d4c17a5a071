"""The checkers the code keeps: ruff (lint rules and import order), mypy (types; strict for the
modules pyproject.toml does not list as not yet strict) and import-linter (the layers, and no
import cycles). Each runs as its own process over the repository, as a developer would run it;
the test fails with the tool's own output."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff():
    result = _run([sys.executable, "-m", "ruff", "check", "--no-cache", "app", "tests", "installer"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts():
    """Qt only in app.gui; the core never imports the CLI, the commands or the GUI; commands never
    import the GUI; no import cycles (pyproject.toml [tool.importlinter])."""
    lint_imports = "from importlinter.cli import lint_imports_command; raise SystemExit(lint_imports_command())"
    result = _run([sys.executable, "-c", lint_imports, "--no-cache"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


FRONT_ENDS = {"app.__main__", "app.cli", "app.commands", "app.selftest", "app.terminal_flow", "app.gui"}


def test_contracts_list_every_module():
    """The contracts name their sources one by one: a new top-level module or package must be
    added to them (to the core's list unless it is a front end)."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}
    top_level = {f"app.{p.stem}" for p in (ROOT / "app").glob("*.py") if p.stem != "__init__"}
    top_level |= {f"app.{p.parent.name}" for p in (ROOT / "app").glob("*/__init__.py")}
    assert set(contracts["Qt only in app.gui"]["source_modules"]) == top_level - {"app.gui"}
    core = contracts["The core never imports the command line, the commands or the GUI"]
    assert set(core["source_modules"]) == top_level - FRONT_ENDS


def test_mypy():
    """Strict everywhere except the modules pyproject.toml lists as not yet strict or not yet
    checked ([[tool.mypy.overrides]])."""
    result = _run([sys.executable, "-m", "mypy", "--no-incremental"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_points_into_the_repository():
    """Docstrings and comments name files of this repository (docs/ARCHITECTURE.md), not paths
    beside the checkout: a reader of the code has only the repository."""
    import re

    outside = re.compile(r"\.\./shared|shared/(reference|design)/|(?<![\w/])ARCHITECTURE\.md")
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "app").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if outside.search(line)
    ]
    assert offenders == []
    assert (ROOT / "docs" / "ARCHITECTURE.md").is_file()
