"""Find the Python interpreters on this machine, with version and bitness.

Where it looks, in this order (the first place an interpreter is found names its source):
  current       the interpreter running the app (its base, when the app runs in a venv)
  py-launcher   Windows: `py -0p`
  registry      Windows: PEP 514 keys HKCU/HKLM\\Software\\Python\\<Company>\\<Tag>\\InstallPath
  path          python3 / python / python3.X on PATH (pyenv/asdf shims skipped: their targets
                are found directly)
  common-location  pyenv and uv-managed Pythons, conda, /usr/bin,
                   %LOCALAPPDATA%\\Programs\\Python\\Python3*, ...

Each interpreter (deduplicated by its real path; interpreters inside venvs skipped) is run once
through app.proc with a tiny script that prints its version and pointer size; the ones that do
not run are left out. The interpreters run in parallel, and their answers are cached by real
path, size and modification time (a machine with many Pythons would otherwise pay one
interpreter start-up each per probe).
"""

from __future__ import annotations

import glob
import json
import logging
import os
import re
import shutil
import struct
import sys
import threading
from pathlib import Path
from typing import Any

from app import proc
from app.envs.python_info import PythonInfo
from app.errors import AppError
from app.hostos import IS_WINDOWS

logger = logging.getLogger(__name__)

# Runs under any CPython 2.7+: -E ignores PYTHON* variables, -s the user site, -S site itself.
QUERY = (
    "import sys, struct; sys.stdout.write('%d.%d.%d %d\\n' % "
    "(tuple(sys.version_info[:3]) + (struct.calcsize('P') * 8,)))"
)
_OUTPUT_RE = re.compile(r"^(\d+\.\d+\.\d+) (32|64)$")
_NAME_RE = re.compile(r"^python(3(\.\d+)?t?)?(\.exe)?$", re.IGNORECASE)


def find_pythons(
    cancel: threading.Event | None = None, timeout: float = 10.0, remember: bool = True
) -> list[PythonInfo]:
    """Every working interpreter found, newest version first. remember=False leaves the
    answer cache file as it was (a dry run writes nothing)."""
    candidates = _candidates()
    known = _current_info()
    found: dict[str, PythonInfo] = {}
    jobs: list[tuple[str, str, str]] = []  # (key, path, source)
    for path, source in candidates:
        key = _key(path)
        if key in found or any(key == j[0] for j in jobs):
            continue
        if known is not None and key == _key(known.path):
            found[key] = PythonInfo(path=path, version=known.version, bits=known.bits,
                                    source=known.source)
            continue
        jobs.append((key, path, source))
    cache = _AnswerCache.load()
    pending = []
    for key, path, source in jobs:
        hit = cache.get(key, path, source)
        if hit is not None:
            found[key] = hit
        else:
            pending.append((key, path, source))
    jobs = pending
    results: dict[str, PythonInfo] = {}
    # With debug logging, proc.run imports app.redact on first use; importing a module for the
    # first time in several threads at once can hand one of them a half-initialised module.
    if jobs and logger.isEnabledFor(logging.DEBUG):
        import app.redact  # noqa: F401

    def _run(key: str, path: str, source: str) -> None:
        info = query_python(path, source, cancel=cancel, timeout=timeout)
        if info is not None:
            results[key] = info

    threads = [threading.Thread(target=_run, args=job, daemon=True) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for key, _path, _source in jobs:  # keep candidate order for equal versions
        if key in results:
            found[key] = results[key]
            cache.put(key, results[key])
    if remember:
        cache.save()
    return sorted(found.values(), key=lambda p: _version_tuple(p.version), reverse=True)


class _AnswerCache:
    """Version and bitness per interpreter, valid while its file keeps its size and mtime."""

    def __init__(self, path: Path, entries: dict[str, Any]):
        self.path = path
        self.entries = entries
        self.changed = False

    @classmethod
    def load(cls) -> _AnswerCache:
        from app import paths

        path = paths.cache_dir() / "pythons.json"
        try:
            entries = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            entries = {}
        return cls(path, entries if isinstance(entries, dict) else {})

    @staticmethod
    def _stamp(key: str) -> list[int] | None:
        try:
            st = os.stat(key)
        except OSError:
            return None
        return [st.st_size, st.st_mtime_ns]

    def get(self, key: str, path: str, source: str) -> PythonInfo | None:
        entry = self.entries.get(key)
        if not entry or entry.get("stamp") != self._stamp(key):
            return None
        return PythonInfo(path=path, version=entry["version"], bits=entry["bits"], source=source)

    def put(self, key: str, info: PythonInfo) -> None:
        stamp = self._stamp(key)
        if stamp is not None:
            self.entries[key] = {"stamp": stamp, "version": info.version, "bits": info.bits}
            self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(self.entries), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:  # a read-only cache only costs speed
            logger.debug("could not save the Python cache: %s", exc)


def query_python(path: str, source: str, cancel: threading.Event | None = None,
                 timeout: float = 10.0) -> PythonInfo | None:
    try:
        result = proc.run([path, "-E", "-s", "-S", "-c", QUERY], env=proc.clean_env(),
                          timeout=timeout, cancel=cancel)
    except AppError as exc:
        logger.debug("python candidate %s did not start: %s", path, exc)
        return None
    m = _OUTPUT_RE.match(result.stdout.strip())
    if result.returncode != 0 or m is None:
        logger.debug("python candidate %s failed: rc=%s %r", path, result.returncode,
                     result.stderr[-200:])
        return None
    return PythonInfo(path=path, version=m.group(1), bits=int(m.group(2)), source=source)


def _current_info() -> PythonInfo | None:
    if getattr(sys, "frozen", False):
        return None  # a frozen app is not a Python interpreter users can build venvs from
    base = getattr(sys, "_base_executable", None) or sys.executable
    if not base or not os.path.isfile(base):
        return None
    version = ".".join(map(str, sys.version_info[:3]))
    return PythonInfo(path=base, version=version, bits=struct.calcsize("P") * 8, source="current")


def _candidates() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    current = _current_info()
    if current is not None:
        out.append((current.path, "current"))
    if IS_WINDOWS:
        out += [(p, "py-launcher") for p in _py_launcher()]
        out += [(p, "registry") for p in _registry()]
    out += [(p, "path") for p in _on_path()]
    out += [(p, "common-location") for p in _common_locations()]
    return [(p, s) for p, s in out if _usable(p)]


def _usable(path: str) -> bool:
    p = Path(path)
    if not p.is_file():
        return False
    # Interpreters inside a venv are environments, not bases to build venvs from.
    return not ((p.parent / "pyvenv.cfg").is_file() or (p.parent.parent / "pyvenv.cfg").is_file())


def _key(path: str) -> str:
    return os.path.normcase(os.path.realpath(path))


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(x) for x in version.split(".") if x.isdigit())


def _on_path() -> list[str]:
    names = ["python3", "python"] + [f"python3.{minor}" for minor in range(20, 7, -1)]
    found = []
    for directory in os.environ.get("PATH", "").split(os.pathsep):
        if not directory or os.path.basename(directory.rstrip("/\\")) == "shims":
            continue  # pyenv/asdf shims are shell scripts that re-dispatch: slow and indirect
        if IS_WINDOWS and "windowsapps" in directory.lower():
            continue  # Microsoft Store aliases: a stub opens the Store when Python is absent
        for name in names:
            exe = os.path.join(directory, name + (".exe" if IS_WINDOWS else ""))
            if os.path.isfile(exe) and os.access(exe, os.X_OK):
                found.append(exe)
    return found


def _common_locations() -> list[str]:
    home = Path.home()
    if IS_WINDOWS:
        env = os.environ
        patterns = [
            os.path.join(env.get("LOCALAPPDATA", ""), "Programs", "Python", "Python3*",
                         "python.exe"),
            os.path.join(env.get("ProgramFiles", r"C:\Program Files"), "Python3*", "python.exe"),
            os.path.join(env.get("ProgramFiles(x86)", r"C:\Program Files (x86)"), "Python3*",
                         "python.exe"),
            r"C:\Python3*\python.exe",
            os.path.join(env.get("APPDATA", ""), "uv", "python", "*", "python.exe"),
            str(home / ".pyenv" / "pyenv-win" / "versions" / "*" / "python.exe"),
            str(home / "miniconda3" / "python.exe"),
            str(home / "anaconda3" / "python.exe"),
            str(home / "miniforge3" / "python.exe"),
        ]
    else:
        patterns = [
            "/usr/bin/python3*",
            "/usr/local/bin/python3*",
            "/opt/python*/bin/python3",
            str(home / ".pyenv" / "versions" / "*" / "bin" / "python"),
            str(home / ".local" / "share" / "uv" / "python" / "*" / "bin" / "python3"),
            str(home / "miniconda3" / "bin" / "python3"),
            str(home / "anaconda3" / "bin" / "python3"),
            str(home / "miniforge3" / "bin" / "python3"),
            "/opt/conda/bin/python3",
        ]
    found = []
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)):
            if _NAME_RE.match(os.path.basename(path)):
                found.append(path)
    return found


# The path is the line's tail; the launcher before 3.11 marks the default with a trailing " *".
_PY_LAUNCHER_LINE = re.compile(r"([A-Za-z]:\\.*?\\python[^\\]*\.exe)(?:\s+\*)?\s*$", re.IGNORECASE)


def parse_py_launcher(output: str) -> list[str]:
    """Paths from `py -0p` (both ' -V:3.12 *   C:\\...\\python.exe' and ' -3.9-64  C:\\...')."""
    paths = []
    for line in output.splitlines():
        m = _PY_LAUNCHER_LINE.search(line.strip())
        if m:
            paths.append(m.group(1))
    return paths


def _py_launcher() -> list[str]:
    exe = shutil.which("py")
    if not exe:
        return []
    try:
        result = proc.run([exe, "-0p"], env=proc.clean_env(), timeout=10)
    except AppError:
        return []
    return parse_py_launcher(result.stdout) if result.returncode == 0 else []


def _registry() -> list[str]:
    """PEP 514: HKCU and HKLM (64- and 32-bit views) Software\\Python\\<Company>\\<Tag>."""
    if sys.platform != "win32":  # the registry exists there only (and type checkers know it)
        return []
    try:
        import winreg
    except ImportError:
        return []
    found = []
    views = [
        (winreg.HKEY_CURRENT_USER, 0),
        (winreg.HKEY_LOCAL_MACHINE, winreg.KEY_WOW64_64KEY),
        (winreg.HKEY_LOCAL_MACHINE, winreg.KEY_WOW64_32KEY),
    ]
    for hive, view in views:
        try:
            root = winreg.OpenKey(hive, r"Software\Python", 0, winreg.KEY_READ | view)
        except OSError:
            continue
        with root:
            for company in _subkeys(winreg, root):
                if company == "PyLauncher":  # PEP 514: not an interpreter
                    continue
                try:
                    company_key = winreg.OpenKey(root, company)
                except OSError:
                    continue
                with company_key:
                    for tag in _subkeys(winreg, company_key):
                        exe = _install_path(winreg, company_key, tag)
                        if exe:
                            found.append(exe)
    return found


def _subkeys(winreg: Any, key: Any) -> list[str]:
    names, i = [], 0
    while True:
        try:
            names.append(winreg.EnumKey(key, i))
        except OSError:
            return names
        i += 1


def _install_path(winreg: Any, company_key: Any, tag: str) -> str | None:
    try:
        with winreg.OpenKey(company_key, tag + r"\InstallPath") as key:
            try:
                exe, _ = winreg.QueryValueEx(key, "ExecutablePath")
                if exe:
                    return str(exe)
            except OSError:
                pass
            directory, _ = winreg.QueryValueEx(key, "")
            return os.path.join(str(directory), "python.exe") if directory else None
    except OSError:
        return None
