"""A file system that refuses a write, as one sentence naming the folder.

Three failures a user can fix, whatever we were writing: the disk is full, the path is too
long for the file system, the folder cannot be written (permissions, a read-only disk).
Other OSErrors are not guessed at: callers let them through.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app.errors import AppError
from app.messages import msg

FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
TOO_LONG = {errno.ENAMETOOLONG}
UNWRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS}
# Windows reports some of these only as a winerror: disk full, quota, file name too long.
WIN_FULL = {112, 1295}
WIN_TOO_LONG = {206}
# Characters in one file or folder name: 255 on NTFS, ReFS, exFAT and FAT32 (UTF-16 units),
# 255 bytes on ext4 (never fewer characters). Windows refuses a longer name with no "too long"
# code of its own (ERROR_INVALID_NAME, ERROR_PATH_NOT_FOUND or, under Wine, not found), so the
# name itself says it.
MAX_NAME = 255

# Words uv, pip and Python print for the same failures in a child's output.
FULL_WORDS = ("No space left on device", "os error 28", "[Errno 28]", "Disk quota exceeded",
              "There is not enough space on the disk", "os error 112")
TOO_LONG_WORDS = ("File name too long", "os error 36", "[Errno 36]", "os error 206")
UNWRITABLE_WORDS = ("Read-only file system", "os error 30", "[Errno 30]", "Permission denied",
                    "os error 13", "[Errno 13]", "Access is denied", "os error 5)")


# by message code: the failure in a few words, for a sentence about something else
REASONS = {code: msg("reason_" + code) for code in ("disk_full", "path_too_long", "folder_unwritable")}


def kind(exc: OSError) -> str | None:
    """"full", "too_long", "unwritable" or None."""
    winerror = getattr(exc, "winerror", None)
    if exc.errno in FULL or winerror in WIN_FULL:
        return "full"
    if exc.errno in TOO_LONG or winerror in WIN_TOO_LONG or _names_a_too_long_name(exc):
        return "too_long"
    if exc.errno in UNWRITABLE:
        return "unwritable"
    return None


def _names_a_too_long_name(exc: OSError) -> bool:
    """The failed call named a path with a file or folder name no file system holds."""
    seps = "".join(filter(None, (os.sep, os.altsep)))
    for name in (exc.filename, exc.filename2):
        if isinstance(name, (str, bytes, os.PathLike)):
            text = os.fsdecode(name)
            for sep in seps[1:]:
                text = text.replace(sep, seps[0])
            if any(len(part) > MAX_NAME for part in text.split(seps[0])):
                return True
    return False


CODES = {"full": "disk_full", "too_long": "path_too_long", "unwritable": "folder_unwritable"}


def reason(exc: BaseException) -> str:
    """The failure in a few words: one of REASONS, else the error's own text."""
    what = kind(exc) if isinstance(exc, OSError) else None
    return REASONS[CODES[what]] if what else str(exc)


def kind_in_text(text: str) -> str | None:
    """The same, read from a child's error output."""
    for words, found in ((FULL_WORDS, "full"), (TOO_LONG_WORDS, "too_long"), (UNWRITABLE_WORDS, "unwritable")):
        if any(w in text for w in words):
            return found
    return None


NEARLY_FULL = 64 << 20  # less free than a venv with pip needs


def nearly_full(folder: Path | str) -> str | None:
    """"full" when the disk holding `folder` has less than NEARLY_FULL free: for tools that
    fail without saying why."""
    import shutil

    try:
        return "full" if shutil.disk_usage(folder).free < NEARLY_FULL else None
    except OSError:
        return None


def shown(path: Path | str) -> str:
    """A path short enough for a sentence: a very long one keeps its start and end."""
    text = str(path)
    return text if len(text) <= 120 else text[:60] + "…" + text[-50:]


def error(what: str, folder: Path | str, partial_removed: bool = False) -> AppError:
    """The sentence for a failure of kind `what` in `folder`."""
    where = shown(folder)
    if what == "too_long":
        return AppError(msg("path_too_long", folder=where))
    code = "disk_full" if what == "full" else "folder_unwritable"
    # The code stays the same with or without removed files; the sentence says which.
    return AppError(msg(code + "+removed" if partial_removed else code, folder=where),
                    code=code, params={"folder": where, "removed": partial_removed})


def from_os_error(exc: OSError, folder: Path | str | None = None, partial_removed: bool = False) -> AppError | None:
    """The sentence for `exc`, naming `folder` (else the folder of the file it names); None
    for an OSError that is none of the three."""
    what = kind(exc)
    if what is None:
        return None
    if folder is None and not exc.filename:  # a stream (redirected output): no folder to name
        return AppError(msg("write_failed", reason=msg("reason_" + CODES[what])),
                        code="write_failed", params={"reason_code": CODES[what]})
    if folder is None:
        name = os.fspath(exc.filename)
        folder = name if what == "too_long" else os.path.dirname(name) or name
    return error(what, folder, partial_removed)
