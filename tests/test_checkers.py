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
