"""What an install run has under way beside the venv, written down before each risky step,
so the next run can resolve what a killed run left: restore the venv from its safety copy,
remove an unfinished folder, or finish putting a verified venv in place. Never silently kept.

One small JSON file per venv in the app's data folder (named like the venv's lock), replaced
atomically (write aside, fsync, rename) so a kill mid-write leaves the old or the new state,
never half of one. It is only read while holding the venv's lock (app/envs/runlock.py): the
run that wrote it is then certainly gone.

Phases:
  snapshot   the safety copy `backup` is being made; the venv is untouched -> remove the copy
  changing   the copy is complete; the venv is being changed              -> restore the copy
  committed  the changed venv passed its checks; the copy is being removed -> remove the copy
  staging    a new venv is being built in `staging` (or at the target, `in_place`)
                                                                          -> remove it
  committing the new venv passed its checks and is being moved into place -> finish the move
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app import paths
from app.envs import runlock
from app.envs import venv as venvs
from app.events import EventSink, Warning_

logger = logging.getLogger(__name__)

JOURNAL_MAX = 64 * 1024
PHASES = ("snapshot", "changing", "committed", "staging", "committing")
OUR_KINDS = ("staging", "warmup", "failed")  # hidden folders of ours beside a venv, never the user's


@dataclass
class Entry:
    venv: str
    phase: str
    backup: str | None = None
    staging: str | None = None
    in_place: bool = False
    target_existed: bool = False
    quarantined: str | None = None
    pid: int = field(default_factory=os.getpid)


def journal_path(venv: Path) -> Path:
    return paths.ensure(paths.data_dir() / "runs") / f"{runlock.key(venv)}.json"


def record(venv: Path, phase: str, *, backup: Path | None = None, staging: Path | None = None,
           in_place: bool = False, target_existed: bool = False, quarantined: str | Path | None = None) -> Entry:
    """Write the run's state down before the step it names starts."""
    def text(path: str | Path | None) -> str | None:
        return None if path is None else str(path)

    entry = Entry(str(venv), phase, backup=text(backup), staging=text(staging), in_place=in_place,
                  target_existed=target_existed, quarantined=text(quarantined))
    path = journal_path(venv)
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(asdict(entry), f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return entry


def clear(venv: Path) -> None:
    try:
        journal_path(venv).unlink()
    except FileNotFoundError:
        pass


def read(venv: Path) -> Entry | None:
    """The last state a run wrote for this venv, checked field by field; None when absent or
    not ours (an unreadable journal names no folder we could safely touch)."""
    try:
        with open(journal_path(venv), "rb") as f:
            data = json.loads(f.read(JOURNAL_MAX).decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("phase") not in PHASES or data.get("venv") != str(venv):
        return None
    entry = Entry(str(venv), data["phase"])
    for name in ("backup", "staging", "quarantined"):
        value = data.get(name)
        # Only names beside the venv: a journal never sends us to delete anything elsewhere.
        if isinstance(value, str) and Path(value).parent == Path(venv).parent:
            setattr(entry, name, value)
    entry.in_place = data.get("in_place") is True
    entry.target_existed = data.get("target_existed") is True
    return entry


def resolve_leftovers(venv: Path, emit: EventSink) -> list[str]:
    """Resolve what killed runs left for this venv; one warning (code + sentence) each.
    Call with the venv's lock held. Returns the sentences."""
    said: list[str] = []

    def say(code: str, text: str, **params: str) -> None:
        said.append(text)
        emit(Warning_(code, text, {"venv": str(venv), **params}))

    entry = read(venv)
    if entry is not None:
        _resolve(venv, entry, say)
        clear(venv)
    elif journal_path(venv).exists():
        clear(venv)  # unreadable or another venv's: nothing in it is trusted
    for kind in OUR_KINDS:
        for folder in sorted(venv.parent.glob(f".{_glob_escape(venv.name)}.{kind}-*")):
            if folder.is_dir():
                shutil.rmtree(folder, ignore_errors=True)
                say("leftover_removed", f"An unfinished folder {folder} left by an interrupted install of {venv} "
                                        "was removed.", path=str(folder))
    for folder in sorted(venv.parent.glob(f".{_glob_escape(venv.name)}.backup-*")):
        # A safety copy no journal explains (an older version's, or copied by hand): whether the
        # venv or the copy is the right one cannot be known here, so it is kept and named.
        say("leftover_backup_kept", f"A safety copy {folder} of {venv} from an interrupted install was kept as it "
                                    "is; check the environment and remove the copy or rename it back.",
            path=str(folder))
    return said


def _resolve(venv: Path, entry: Entry, say: Callable[..., None]) -> None:
    backup = Path(entry.backup) if entry.backup else None
    staging = Path(entry.staging) if entry.staging and not entry.in_place else None  # never the venv itself
    if entry.in_place:  # built at the target itself (pip on Windows)
        if entry.phase == "staging":
            venvs.clear_made_in_place(venv, keep_folder=entry.target_existed)
            _put_back(venv, entry)
            say("leftover_cleared", f"An unfinished environment left at {venv} by an interrupted install was "
                                    "removed.", path=str(venv))
    elif entry.phase == "changing" and backup is not None and backup.is_dir():
        from app.envs import transaction

        transaction.restore(transaction.Snapshot(venv, backup))
        say("leftover_restored", f"An interrupted install had changed {venv}; it was restored from its safety "
                                 "copy.", path=str(backup))
    elif entry.phase in ("snapshot", "committed") and backup is not None and backup.is_dir():
        shutil.rmtree(backup, ignore_errors=True)
        say("leftover_removed", f"An unfinished folder {backup} left by an interrupted install of {venv} was "
                                "removed.", path=str(backup))
    elif entry.phase == "committing" and staging is not None and not staging.exists() and venvs.is_venv(venv):
        venvs.finish_move(staging, venv)
        say("leftover_completed", f"An interrupted install had checked the new environment {venv} but not quite "
                                  "put it in place; that was finished.", path=str(venv))
    elif staging is not None and staging.is_dir():  # staging, or committing before the move
        venvs.remove_staging(staging)
        _put_back(venv, entry)
        say("leftover_removed", f"An unfinished folder {staging} left by an interrupted install of {venv} was "
                                "removed.", path=str(staging))
    else:
        _put_back(venv, entry)


def _put_back(venv: Path, entry: Entry) -> None:
    """A broken venv we had moved aside goes back where it was, as a rollback would."""
    if entry.quarantined and Path(entry.quarantined).is_dir() and not venv.exists():
        os.replace(entry.quarantined, venv)


def _glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)
