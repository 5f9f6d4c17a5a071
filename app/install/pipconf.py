"""The PyPI mirror a user configured for pip, read the way pip reads it, so that uv (which
does not read pip's files) uses it too. Users in China usually set one in pip.conf."""

from __future__ import annotations

import configparser
import io
import os
import sys
from pathlib import Path


def config_files() -> list[Path]:
    """pip's configuration files, lowest precedence first (global, then user)."""
    if os.environ.get("PIP_CONFIG_FILE") == os.devnull:
        return []
    files: list[Path] = []
    if sys.platform == "win32":
        files.append(Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "pip" / "pip.ini")
        home = Path.home()
        files += [home / "pip" / "pip.ini", Path(os.environ.get("APPDATA", home)) / "pip" / "pip.ini"]
    else:
        xdg_dirs = os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg"
        files += [Path(d) / "pip" / "pip.conf" for d in reversed(xdg_dirs.split(os.pathsep)) if d]
        files.append(Path("/etc/pip.conf"))
        home = Path.home()
        files += [home / ".pip" / "pip.conf",
                  Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config") / "pip" / "pip.conf"]
    if os.environ.get("PIP_CONFIG_FILE"):
        files.append(Path(os.environ["PIP_CONFIG_FILE"]))
    return files


def configured_index_url() -> str | None:
    """PIP_INDEX_URL, else index-url from the files ([install] over [global], later files win)."""
    if os.environ.get("PIP_INDEX_URL"):
        return os.environ["PIP_INDEX_URL"].strip()
    found = None
    for path in config_files():
        parser = configparser.RawConfigParser()
        try:
            parser.read(path, encoding="utf-8")
        except (OSError, configparser.Error, UnicodeDecodeError):
            continue
        for section in ("global", "install"):
            if parser.has_option(section, "index-url"):
                found = parser.get(section, "index-url").strip() or found
    return found


# ---- the guard's entry in the venv's own pip configuration -------------------------------

def site_config_file(venv: Path, windows: bool = sys.platform == "win32") -> Path:
    """pip's "site" configuration: <sys.prefix>/pip.conf, pip.ini on Windows. pip reads it
    for every run with the venv's Python, activated or not."""
    return venv / ("pip.ini" if windows else "pip.conf")


def add_site_constraint(venv: Path, url: str, windows: bool = sys.platform == "win32") -> Path:
    """Make pip in `venv` apply the constraints file at `url` (a file: URL: pip splits this
    setting on whitespace, and a URL has none). The user's own settings in that file stay;
    an earlier entry of ours (same file name) is replaced, not repeated."""
    path = site_config_file(venv, windows)
    parser = configparser.RawConfigParser()
    if path.exists():
        parser.read(path, encoding="utf-8")
    if not parser.has_section("install"):
        parser.add_section("install")
    theirs = parser.get("install", "constraint", fallback="").split()
    ours_name = url.rsplit("/", 1)[-1]
    kept = [c for c in theirs if not (c.startswith("file:") and c.endswith("/" + ours_name))]
    parser.set("install", "constraint", " ".join([*kept, url]))
    out = io.StringIO()
    parser.write(out)
    try:
        unchanged = path.read_text(encoding="utf-8") == out.getvalue()
    except OSError:
        unchanged = False
    if not unchanged:  # a repeat install touches no file
        path.write_text(out.getvalue(), encoding="utf-8")
    return path


def site_constraints(venv: Path, windows: bool = sys.platform == "win32") -> list[str]:
    """The constraint entries of the venv's own pip configuration ([] when none)."""
    parser = configparser.RawConfigParser()
    try:
        parser.read(site_config_file(venv, windows), encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return []
    return parser.get("install", "constraint", fallback="").split()
