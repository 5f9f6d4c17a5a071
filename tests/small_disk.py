"""Real file systems that say no: a small tmpfs that fills up, a read-only one.

Mounting needs root (CAP_SYS_ADMIN); without it the tests that need one skip and say so.
Root ignores permission bits, so "cannot be written" is a read-only mount, not a chmod.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

import pytest


@contextlib.contextmanager
def mounted(where: Path, size: str = "2m", read_only: bool = False):
    """A tmpfs of `size` at `where` (made if missing), unmounted afterwards."""
    if os.name != "posix":
        pytest.skip("mounts a small tmpfs (a POSIX file system; Windows has no mount command)")
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CAP_SYS_ADMIN); this run is not root")
    where.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"mounting a tmpfs was refused ({r.stderr.strip()}): the container lacks CAP_SYS_ADMIN")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def fill(folder: Path, leave: int = 0) -> None:
    """Write into `folder` until its disk has at most `leave` bytes free."""
    with open(folder / "filler.bin", "wb") as f:
        try:
            while True:
                free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
                if free <= leave:
                    break
                f.write(b"\0" * min(64 * 1024, max(free - leave, 1)))
                f.flush()
        except OSError:
            pass


def free_bytes(folder: Path) -> int:
    st = os.statvfs(folder)
    return st.f_bavail * st.f_frsize
