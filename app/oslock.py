"""Locks on files that the operating system drops when their holder ends, however it ends
(SIGKILL, a crash, power loss): no stale lock file to clean up, ever.

fcntl.flock on POSIX; on Windows a one-byte range lock far past the file's text, so others
can still read what the holder wrote at the start (Windows range locks block reads)."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

WINDOWS_LOCK_OFFSET = 1 << 30

if sys.platform == "win32":
    import msvcrt

    def try_lock(fd: int) -> bool:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def unlock(fd: int) -> None:
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def open_lock_file(path: Path) -> int:
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # not inherited by children (PEP 446)


@contextlib.contextmanager
def waiting(path: Path, cancel: threading.Event, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold the lock on `path`, waiting for another holder first (on_wait is called once when
    that happens; WaitCancelled when cancel is set meanwhile). The lock file is removed on
    release, so nothing is left beside the files it guards; a waiter that then holds the lock
    of the removed file sees that the path names another file now, and locks again."""
    told = False
    while True:
        fd = open_lock_file(path)
        try:
            while not try_lock(fd):
                if not told:
                    on_wait()
                    told = True
                if cancel.wait(0.1):
                    raise WaitCancelled
            if _same_file(fd, path):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # the holder removed the file we waited on: lock the one there now
    try:
        yield
    finally:
        # POSIX: removed while still held. Windows cannot remove a file anyone has open, so
        # it goes after closing, and only when no waiter has it open (then it simply stays).
        if sys.platform != "win32":
            with contextlib.suppress(OSError):
                os.unlink(path)
        unlock(fd)
        os.close(fd)
        if sys.platform == "win32":
            with contextlib.suppress(OSError):
                os.unlink(path)


def _same_file(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), os.stat(path))
    except OSError:
        return False


class WaitCancelled(Exception):
    """Cancel was set while waiting for another holder (the caller says what was cancelled)."""
