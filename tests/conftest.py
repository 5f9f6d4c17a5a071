"""Test set-up shared by every test: no real home directory, no display, no stray env."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference"
DATA = Path(__file__).resolve().parent / "data"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests read English text: the language is forced, not left to the machine's locale (a Chinese
# desktop would otherwise turn the CLI and the wizard Chinese). tests/core/test_cli_language.py
# drops it to prove the system-locale path.
os.environ["IPEX_INSTALLER_LANG"] = "en"

if os.environ.get("CI"):
    # CI runs the same property examples every time: a new example that breaks a reader is
    # found in a developer's run (random) and kept as a fixed test, not met as a red landing.
    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, database=None)
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Every per-user directory points into a temporary folder."""
    base = tmp_path_factory.mktemp("userdirs")
    for name in ("DATA", "CACHE", "LOG"):
        monkeypatch.setenv(f"IPEX_INSTALLER_{name}_DIR", str(base / name.lower()))


@pytest.fixture
def run_cli():
    """Run `python -m app ARGS` as a real process; returns the proc.Result."""
    from app import proc

    def _run(*args, env_extra=None, timeout=120):
        env = proc.clean_env(env_extra)
        return proc.run([sys.executable, "-m", "app", *map(str, args)], env=env, cwd=ROOT, timeout=timeout)

    return _run


@pytest.fixture
def reference_dir() -> Path:
    if not REFERENCE.is_dir():
        pytest.skip("../shared/reference is not beside this checkout")
    return REFERENCE
