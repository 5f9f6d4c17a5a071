"""What a killed run left is resolved by the next one, each case in one sentence with a code.
(The killed runs themselves are in tests/integration/test_killed_installer.py; here each phase
of the journal is laid out on disk as a kill in that phase leaves it.)"""

from __future__ import annotations

import json
from pathlib import Path

from app.envs import journal
from app.hostos import venv_scripts


def fake_venv(path: Path, marker: str) -> Path:
    venv_scripts(path).mkdir(parents=True)
    (path / "pyvenv.cfg").write_text("home = /usr/bin\n")
    (path / "marker").write_text(marker)
    return path


def resolve(venv: Path):
    events = []
    said = journal.resolve_leftovers(venv, events.append)
    assert [e.text for e in events] == said
    return events


def test_killed_while_changing_restores_the_copy(tmp_path):
    venv = fake_venv(tmp_path / "env", "changed")
    backup = fake_venv(tmp_path / ".env.backup-1", "original")
    journal.record(venv, "changing", backup=backup)
    [event] = resolve(venv)
    assert event.code == "leftover_restored" and event.params["venv"] == str(venv)
    assert (venv / "marker").read_text() == "original" and sorted(p.name for p in tmp_path.iterdir()) == ["env"]
    assert resolve(venv) == []  # resolved once; the journal is gone


def test_killed_while_copying_or_dropping_removes_the_copy(tmp_path):
    for phase in ("snapshot", "committed"):
        venv = fake_venv(tmp_path / phase / "env", "current")
        backup = fake_venv(tmp_path / phase / ".env.backup-1", "partial")
        journal.record(venv, phase, backup=backup)
        [event] = resolve(venv)
        assert event.code == "leftover_removed" and event.params["path"] == str(backup)
        assert (venv / "marker").read_text() == "current" and not backup.exists()


def test_killed_during_the_move_into_place_is_finished(tmp_path):
    venv = tmp_path / "env"
    staging = tmp_path / ".env.staging-1"
    fake_venv(venv, "new")
    (venv_scripts(venv) / "activate").write_text(f'VIRTUAL_ENV="{staging}"\n')  # renamed, paths not yet fixed
    journal.record(venv, "committing", staging=staging)
    [event] = resolve(venv)
    assert event.code == "leftover_completed"
    assert (venv_scripts(venv) / "activate").read_text() == f'VIRTUAL_ENV="{venv}"\n'


def test_killed_before_the_move_removes_staging_and_puts_a_quarantined_venv_back(tmp_path):
    venv = tmp_path / "env"
    staging = fake_venv(tmp_path / ".env.staging-1", "new")
    broken = fake_venv(tmp_path / "env.broken-1", "users broken venv")
    journal.record(venv, "committing", staging=staging, quarantined=broken)
    [event] = resolve(venv)
    assert event.code == "leftover_removed" and not staging.exists()
    assert (venv / "marker").read_text() == "users broken venv"


def test_built_in_place_is_cleared_back_to_the_empty_folder(tmp_path):
    venv = fake_venv(tmp_path / ".venv", "half built")  # a hidden name: still never mistaken for staging
    journal.record(venv, "staging", staging=venv, in_place=True, target_existed=True)
    [event] = resolve(venv)
    assert event.code == "leftover_cleared" and venv.is_dir() and list(venv.iterdir()) == []


def test_scratch_folders_without_a_journal_are_removed_and_an_unexplained_copy_is_kept(tmp_path):
    venv = fake_venv(tmp_path / "env [1]", "current")  # glob characters in the name
    warmup = fake_venv(tmp_path / ".env [1].warmup-1", "scratch")
    copy = fake_venv(tmp_path / ".env [1].backup-1", "who knows")
    other = fake_venv(tmp_path / ".other.staging-1", "another venv's")
    events = resolve(venv)
    assert [e.code for e in events] == ["leftover_removed", "leftover_backup_kept"]
    assert not warmup.exists() and copy.exists() and other.exists()


def test_a_journal_naming_folders_elsewhere_touches_nothing(tmp_path):
    venv = fake_venv(tmp_path / "a" / "env", "current")
    victim = fake_venv(tmp_path / "victim", "not ours")
    path = journal.journal_path(venv)
    path.write_text(json.dumps({"venv": str(venv), "phase": "snapshot", "backup": str(victim)}))
    assert resolve(venv) == []
    assert victim.exists() and not path.exists()
