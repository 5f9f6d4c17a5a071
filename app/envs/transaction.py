"""Changes to an existing venv are a transaction: a snapshot before, restored on failure or
cancel, dropped on success.

The snapshot is a copy of the venv beside it made of hard links, so even a multi-GB venv is
copied in seconds and costs no space. That relies on pip and uv replacing installed files
(unlink, then write or link a new file) rather than writing into them, which is how pip's
wheel installer and uv's linker work as far as we know; the restore tests check it for both.
Small text files that tools may rewrite in place (scripts, pyvenv.cfg) are copied for real.
Where hard links are not possible, files are copied.
"""

from __future__ import annotations

import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from app.envs.venv import sibling
from app.errors import AppError
from app.hostos import venv_scripts
from app.messages import msg

logger = logging.getLogger(__name__)


@dataclass
class Snapshot:
    venv: Path
    backup: Path
    linked: int = 0
    copied: int = 0


def snapshot(venv: Path, backup: Path | None = None) -> Snapshot:
    backup = backup or sibling(venv, "backup")
    snap = Snapshot(venv, backup)
    real_copy = {venv_scripts(venv).resolve(), venv.resolve()}

    def link_or_copy(src: str, dst: str) -> None:
        if Path(src).parent.resolve() not in real_copy:
            try:
                os.link(src, dst, follow_symlinks=False)
                snap.linked += 1
                return
            except OSError:
                pass
        shutil.copy2(src, dst, follow_symlinks=False)
        snap.copied += 1

    try:
        shutil.copytree(venv, backup, symlinks=True, copy_function=link_or_copy)
    except (OSError, shutil.Error) as exc:
        shutil.rmtree(backup, ignore_errors=True)
        raise AppError(msg("venv_snapshot_failed", venv=str(venv), reason=str(exc))) from None
    logger.info("snapshot of %s: %d linked, %d copied", venv, snap.linked, snap.copied)
    return snap


def restore(snap: Snapshot) -> None:
    """Put the snapshot back in place of the venv; the changed venv is removed (it is our work)."""
    failed = sibling(snap.venv, "failed")
    try:
        if snap.venv.exists():
            os.replace(snap.venv, failed)
        os.replace(snap.backup, snap.venv)
    except OSError as exc:
        raise AppError(msg("venv_restore_failed", venv=str(snap.venv), copy=str(snap.backup),
                               reason=str(exc.strerror or exc))) from None
    shutil.rmtree(failed, ignore_errors=True)


def drop(snap: Snapshot) -> None:
    shutil.rmtree(snap.backup, ignore_errors=True)
