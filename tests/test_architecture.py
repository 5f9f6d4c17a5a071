"""The boundary: nothing outside app/gui imports PySide6. Proven by importing every such
module in a fresh interpreter where PySide6 cannot be imported at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_BLOCKER = r"""
import importlib, importlib.abc, sys, pkgutil, pathlib
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken6"):
            raise ImportError("PySide6 is blocked in this test")
        return None
sys.meta_path.insert(0, Block())
import app
failed = []
count = 0
for mod in pkgutil.walk_packages(app.__path__, "app."):
    if mod.name == "app.gui" or mod.name.startswith("app.gui."):
        continue
    count += 1
    try:
        importlib.import_module(mod.name)
    except Exception as exc:
        failed.append(f"{mod.name}: {type(exc).__name__}: {exc}")
print(count)
for f in failed:
    print(f)
sys.exit(1 if failed else 0)
"""


def non_gui_modules() -> list[str]:
    names = []
    for path in (ROOT / "app").rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts
        if parts[1:2] == ("gui",):
            continue
        names.append(".".join(p for p in parts if p != "__init__"))
    return names


def test_core_imports_without_pyside6():
    result = subprocess.run(
        [sys.executable, "-c", _BLOCKER], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    # Every non-GUI module was really imported (walk_packages found them all).
    assert int(lines[0]) >= len(non_gui_modules()) - 1  # -1: app itself is not yielded


def test_no_pyside6_import_statement_outside_gui():
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        if "gui" in path.relative_to(ROOT / "app").parts[:1]:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith(("import PySide6", "from PySide6")):
                offenders.append(f"{path}: {stripped}")
    assert offenders == []


def test_only_proc_starts_subprocesses():
    """One module starts subprocesses (clean env, no console window, cancellable)."""
    allowed = {ROOT / "app" / "proc.py"}
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        if path in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        for needle in (
            "subprocess.Popen",
            "subprocess.run",
            "subprocess.call",
            "subprocess.check_",
            "os.system(",
            "os.popen(",
        ):
            if needle in text:
                offenders.append(f"{path.relative_to(ROOT)} uses {needle}")
    assert offenders == []
