"""One installer per environment: a lock held for the whole install, by CLI and wizard alike
(both call the engine, which takes it).

The lock is an OS lock on a small file (app/oslock.py), so it dies with its holder however
that ends, SIGKILL and power loss included: no stale lock file to clean up. The file is in
the app's data folder, named by the venv's resolved path, not inside the venv: the venv
folder itself is renamed by a restore, a quarantine or the move of a new venv into place,
and a lock inside it would move with it. The holder writes who it is (pid, program, start
time) into the file, so a second installer can say in one sentence who holds it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import oslock, paths
from app.errors import AppError
from app.messages import msg

HOLDER_MAX = 4096


class VenvBusy(AppError):
    """Another installer holds the environment. Exit code 1: nothing is wrong with the input,
    and the same command works once the other installer is done."""

    exit_code = 1


def key(venv: Path) -> str:
    """The same name for every spelling of one folder (relative, symlinked, case on Windows)."""
    resolved = os.path.normcase(os.path.realpath(os.path.abspath(venv)))
    return hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def lock_path(venv: Path) -> Path:
    return paths.ensure(paths.data_dir() / "locks") / f"{key(venv)}.lock"


def program() -> str:
    """How the holder was started, as a user would recognise it in a process list."""
    base = Path(sys.executable).name if getattr(sys, "frozen", False) else "python -m app"
    command = next((a for a in sys.argv[1:] if not a.startswith("-")), None)
    return f"{base} {command}" if command else f"{base} (wizard)"


@contextlib.contextmanager
def hold(venv: Path) -> Iterator[None]:
    """Hold the environment's lock, or raise VenvBusy naming the holder."""
    path = lock_path(venv)
    fd = oslock.open_lock_file(path)
    try:
        if not oslock.try_lock(fd):
            raise _busy(venv, path)
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, json.dumps({"pid": os.getpid(), "program": program(), "venv": str(venv),
                                     "started": time.strftime("%Y-%m-%d %H:%M:%S")}).encode())
            yield
        finally:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)  # before unlocking: the next holder's text is never cut
            oslock.unlock(fd)
    finally:
        os.close(fd)


def holder(venv: Path) -> dict[str, Any] | None:
    """What the lock file says about its holder; None when unreadable. Written by another
    process, so read bounded and checked field by field."""
    try:
        with open(lock_path(venv), "rb") as f:
            data = json.loads(f.read(HOLDER_MAX).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("pid"), int):
        return None
    program, started = data.get("program"), data.get("started")
    return {"pid": data["pid"], "program": program[:80] if isinstance(program, str) else "?",
            "started": started[:40] if isinstance(started, str) else "?"}


def _busy(venv: Path, path: Path) -> VenvBusy:
    who = holder(venv) or {"pid": "?", "program": "?", "started": "?"}
    params = {"venv": str(venv), **who}
    return VenvBusy(msg("venv_busy", **params))
