#!/usr/bin/env python3
"""Compile resources/i18n/*.ts to .qm with the pyside6-lrelease of this interpreter's venv.

    python installer/build_translations.py            compile (dev.py run/test call this)
    python installer/build_translations.py --update   first refresh the .ts files from the
                                                      tr() strings in app/gui and the message
                                                      templates in app/message_texts (pyside6-lupdate)

Run with the project's venv Python. Standard library only.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
# The wizard's tr() strings, and the core's message templates (app/messages.py): lupdate finds
# them by their QT_TRANSLATE_NOOP("Messages", ...) marker.
SOURCES = (ROOT / "app" / "gui", ROOT / "app" / "message_texts")


def tool(name: str) -> str:
    """pyside6-<name> beside this interpreter (the venv's Scripts or bin), else on PATH."""
    # A venv keeps scripts beside its python; a Windows Python in its Scripts folder.
    for here in (Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))):
        for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"[i18n] pyside6-{name} was not found; install PySide6 in this environment first.")
    return found


def update() -> None:
    sources = sorted(str(p) for folder in SOURCES for p in folder.rglob("*.py"))
    for ts in sorted(I18N.glob("*.ts")):
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts)],
                       check=True, stdout=subprocess.DEVNULL)
        print(f"[i18n] updated {ts.relative_to(ROOT)}")


def compile_all() -> int:
    count = 0
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        count += 1
    return count


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update()
    built = compile_all()
    if built:
        print(f"[i18n] compiled {built} translation file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
