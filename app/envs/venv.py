"""Virtual environments: create one in a staging folder beside the target and move it into
place only on success; recognise, quarantine and inspect existing ones. A user's venv is
never deleted: a broken one is renamed aside."""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import threading
import time
from pathlib import Path

from app import fs_errors, proc
from app.errors import AppError, BadInput
from app.events import EventSink, LogLine, ignore
from app.hostos import IS_WINDOWS, venv_scripts
from app.hostos import venv_python as venv_python  # re-exported: the venv helpers in one place
from app.messages import Message, msg

logger = logging.getLogger(__name__)

# How deep a PyTorch XPU install writes below the venv: an estimate with slack (not measured on
# real Windows wheels here; none are reachable from this machine). Uncertain: adjust when measured.
DEEPEST_INSIDE = 170
WINDOWS_MAX_PATH = 260

# Characters in a venv's path that the activation scripts our backends write (uv's and
# `python -m venv`'s) run as a command or misread, so VIRTUAL_ENV and PATH come out wrong.
# Each one was seen with the real scripts; what was run and seen is in the docstring of
# tests/core/test_venv_path_chars.py. Spaces and Chinese are fine in every one of them.
UNSAFE_IN_VENV_PATH = {
    "linux": ("$", "`", '"', "'", "!", "\n"),  # bash: $( ) and ` ` run, " breaks; ' and ! (csh) misread
    "windows": ("%", "$", "`"),  # cmd expands %NAME%; $( ) and ` ` run in uv's Scripts/activate (Git Bash)
}


def is_venv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file()


def check_target(target: Path) -> None:
    """Reject, before anything is written, a target that cannot hold a venv."""
    try:
        _check_target(target)
    except OSError as exc:  # a name longer than the file system allows, a folder we may not read
        err = fs_errors.from_os_error(exc, target if fs_errors.kind(exc) == "too_long" else None)
        if err is None:
            raise
        raise BadInput(str(err), code=err.code, params=err.params) from None


def unsafe_path_problem(target: str, windows: bool = IS_WINDOWS) -> Message | None:
    """Why activating a venv at `target` would run part of its path or set the wrong paths,
    or None. A string check only: it comes before any I/O."""
    bad = [c for c in UNSAFE_IN_VENV_PATH["windows" if windows else "linux"] if c in target]
    if not bad:
        return None
    return msg("venv_path_unsafe_chars", path=target, chars=[c.replace("\n", "U+000A") for c in bad])


def _check_target(target: Path) -> None:
    unsafe = unsafe_path_problem(str(target))  # also for an existing venv: its scripts act alike
    if unsafe:
        raise BadInput(unsafe)
    if target.exists() and not target.is_dir():
        raise BadInput(msg("venv_target_is_file", venv=str(target)))
    if target.is_dir() and not is_venv(target) and any(target.iterdir()):
        raise BadInput(msg("venv_target_not_empty", venv=str(target)))
    if IS_WINDOWS:
        problem = windows_path_problem(str(target), windows_long_paths_enabled())
        if problem:
            raise BadInput(problem)
    parent = target.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not os.access(parent, os.W_OK):
        err = fs_errors.error("unwritable", parent)
        raise BadInput(str(err), code=err.code, params=err.params)


def windows_path_problem(target: str, long_paths_enabled: bool) -> str | None:
    """Why a venv at `target` would break on Windows, or None. Torch's deepest files sit about
    DEEPEST_INSIDE characters below the venv; without LongPathsEnabled, MAX_PATH is 260."""
    if long_paths_enabled or len(target) + DEEPEST_INSIDE < WINDOWS_MAX_PATH:
        return None
    return msg("venv_path_too_long", path=target, limit=WINDOWS_MAX_PATH - DEEPEST_INSIDE)


def windows_long_paths_enabled() -> bool:
    if sys.platform != "win32":  # the registry exists there only (and type checkers know it)
        return False
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem") as key:
            return winreg.QueryValueEx(key, "LongPathsEnabled")[0] == 1
    except (ImportError, OSError):
        return False


def sibling(target: Path, kind: str) -> Path:
    """A fresh hidden name beside the target: .NAME.<kind>-<time>-<random>."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return target.parent / f".{target.name}.{kind}-{stamp}-{os.urandom(3).hex()}"


def create(python: str, staging: Path, *, uv: str | None, with_pip: bool, prompt: str | None = None,
           on_event: EventSink = ignore, cancel: threading.Event | None = None) -> Path:
    """Create a venv at `staging` from `python`. uv makes it relocatable (its scripts carry
    relative paths), so moving it into place later is safe; without uv, `python -m venv`."""
    staging.parent.mkdir(parents=True, exist_ok=True)
    if uv and not with_pip:
        argv = [uv, "venv", "--relocatable", "--no-project", "--python", python, str(staging)]
    else:
        argv = [python, "-m", "venv", str(staging)]
    if prompt:  # the shell prompt shows the final name, not the staging folder's
        argv[-1:-1] = ["--prompt", prompt]
    result = proc.run(argv, env=proc.clean_env(), cancel=cancel, timeout=600,
                      on_stderr=lambda line: on_event(LogLine("venv", line)),
                      on_stdout=lambda line: on_event(LogLine("venv", line)))
    if result.returncode != 0 or not venv_python(staging).exists():
        # `python -m venv` hides ensurepip's output: a disk left almost empty then tells.
        what = fs_errors.kind_in_text(result.stderr + result.stdout) or fs_errors.nearly_full(staging.parent)
        if what:
            raise fs_errors.error(what, staging.parent)
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise AppError(msg("venv_create_failed", python=Path(python).name, reason=last))
    return staging


def move_into_place(staging: Path, target: Path) -> None:
    """Rename the finished venv to the target and fix the scripts that name the old path."""
    if target.exists():
        target.rmdir()  # only an empty folder can be here (check_target)
    os.replace(staging, target)
    _fix_paths(target, str(staging), str(target))


def finish_move(staging: Path, target: Path) -> None:
    """Complete a move_into_place that was interrupted after the rename (idempotent)."""
    _fix_paths(target, str(staging), str(target))


def _fix_paths(venv: Path, old: str, new: str) -> None:
    """pip and `python -m venv` write absolute paths into text scripts (shebangs, activate);
    rewrite them. uv's relocatable scripts have none."""
    candidates = [venv / "pyvenv.cfg", *venv_scripts(venv).iterdir()]
    old_b, new_b = old.encode(), new.encode()
    for path in candidates:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > 1 << 20:
            continue
        data = path.read_bytes()
        if old_b in data and b"\0" not in data:  # text only; Windows .exe launchers are left alone
            path.write_bytes(data.replace(old_b, new_b))


def remove_staging(staging: Path) -> None:
    """Remove a staging folder we created; never called on a user's folder."""
    if staging.exists() and staging.name.startswith("."):
        shutil.rmtree(staging, ignore_errors=True)


def clear_made_in_place(target: Path, keep_folder: bool) -> None:
    """Undo a venv built directly at `target` (check_target made sure it was new or empty)."""
    shutil.rmtree(target, ignore_errors=True)
    if keep_folder:
        target.mkdir(exist_ok=True)


def quarantine(venv: Path) -> Path:
    """Rename a broken venv aside (never delete it) and return its new path."""
    aside = venv.parent / f"{venv.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}"
    try:
        os.replace(venv, aside)
    except OSError as exc:
        raise AppError(msg("venv_move_aside_failed", venv=str(venv), reason=str(exc.strerror or exc))) from None
    return aside


_LIST = ("import importlib.metadata as m, json; print(json.dumps(sorted("
         "[d.metadata['Name'], d.version] for d in m.distributions() if d.metadata['Name'])))")


def installed(python: str | Path, cancel: threading.Event | None = None) -> dict[str, str]:
    """{canonical name: version} of what is installed in the venv of `python`.

    Read from the venv's site-packages in this process (the metadata uv and pip write there is
    what its interpreter would report, and this spares an interpreter start-up per check).
    A venv that also sees the base Python's packages (include-system-site-packages), or whose
    layout is not the standard one, is asked through its own interpreter instead."""
    site = own_site_packages(Path(python))
    if site is not None:
        return _read_metadata(site)
    return ask_interpreter(python, cancel)


def ask_interpreter(python: str | Path, cancel: threading.Event | None = None) -> dict[str, str]:
    """{canonical name: version} as the venv's own interpreter lists them."""
    result = proc.run([str(python), "-I", "-c", _LIST], env=proc.clean_env(), cancel=cancel, timeout=120)
    if result.returncode != 0:
        raise AppError(msg("venv_list_failed", python=str(python), exit_code=result.returncode))
    from packaging.utils import canonicalize_name

    return {canonicalize_name(n): v for n, v in json.loads(result.stdout.strip().splitlines()[-1])}


def own_site_packages(python: Path) -> Path | None:
    """The one site-packages folder the venv of `python` imports from, or None when that is
    not certain from its files alone."""
    venv = python.parent.parent
    try:
        cfg = (venv / "pyvenv.cfg").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in cfg.splitlines():
        key, _, value = line.partition("=")
        if key.strip().lower() == "include-system-site-packages" and value.strip().lower() == "true":
            return None
    if IS_WINDOWS:
        found = [venv / "Lib" / "site-packages"]
    else:
        found = sorted((venv / "lib").glob("python3*/site-packages"))
    return found[0] if len(found) == 1 and found[0].is_dir() else None


def _read_metadata(site: Path) -> dict[str, str]:
    """Name and Version of each distribution in `site` from its METADATA (PKG-INFO for old
    egg-info), as importlib.metadata reads them; the headers come first and are one line each."""
    from packaging.utils import canonicalize_name

    out: dict[str, str] = {}
    for entry in sorted(site.iterdir()):
        if entry.suffix == ".dist-info":
            meta = entry / "METADATA"
        elif entry.suffix == ".egg-info":
            meta = entry / "PKG-INFO" if entry.is_dir() else entry
        else:
            continue
        fields = _headers(meta, ("name", "version"))
        if fields.get("name") and fields.get("version"):
            out.setdefault(canonicalize_name(fields["name"]), fields["version"])
    return out


def _headers(path: Path, wanted: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if not line.strip():
                    break  # the body (the long description) starts here
                key, sep, value = line.partition(":")
                key = key.strip().lower()
                if sep and key in wanted and key not in found:
                    found[key] = value.strip()
                    if len(found) == len(wanted):
                        break
    except OSError:
        pass
    return found


def works(venv: Path) -> bool:
    """True when the venv's Python starts."""
    exe = venv_python(venv)
    if not exe.exists():
        return False
    try:
        return proc.run([str(exe), "-I", "-c", "pass"], env=proc.clean_env(), timeout=60).returncode == 0
    except AppError:
        return False
