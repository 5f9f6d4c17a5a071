"""One definition of each fact about the operating system: whether this process runs on
Windows, the OS name the JSON contracts use, and where a venv keeps its Python and scripts.

Standard library only: installer/dev.py imports it before anything is installed. Code that
calls Windows-only APIs (winreg, ctypes.WinDLL) tests `sys.platform == "win32"` inline
instead, because type checkers understand only that literal test.
"""

from __future__ import annotations

import sys
from pathlib import Path

IS_WINDOWS = sys.platform == "win32"


def os_name() -> str:
    """'windows' or 'linux', as probe and plan JSON name them (any other OS plans as Linux)."""
    return "windows" if IS_WINDOWS else "linux"


def venv_scripts(venv: Path, windows: bool = IS_WINDOWS) -> Path:
    """The folder of a venv's interpreter and console scripts (Scripts on Windows, bin elsewhere)."""
    return venv / ("Scripts" if windows else "bin")


def venv_python(venv: Path, windows: bool = IS_WINDOWS) -> Path:
    """A venv's interpreter; `windows` for a venv of the other OS (a path shown or checked)."""
    return venv_scripts(venv, windows) / ("python.exe" if windows else "python")
