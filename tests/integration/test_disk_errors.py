"""Installs onto disks that say no, for real (small and read-only tmpfs mounts, names longer
than the file system allows): one sentence naming the folder, nothing half-made left behind,
no traceback; a log folder that cannot be written does not stop the install."""

from __future__ import annotations

import json
import os

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)
from mirror.wheels import build_wheel
from small_disk import fill, free_bytes, mounted

from app.catalog.plan_model import Step
from app.errors import AppError
from app.events import StepFinished
from app.install.engine import install

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]
CLI_ENV = {"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"}


def _big_plan(mirror, tmp_path):
    """The standard plan plus a 3 MB package: more than a 2 MiB disk holds."""
    mirror.server.publish(build_wheel(tmp_path / "big", "bigpkg", "1.0", padding=3_000_000), "pypi")
    step = Step(id="big", requirements=["bigpkg==1.0"], index_url=mirror.server.pypi_index())
    return make_plan(mirror, extra_steps=[step])


@pytest.mark.parametrize("backend", ["uv", "pip"])
def test_a_full_disk_under_the_new_venv_names_the_folder_and_leaves_it_empty(mirror, tmp_path, backend):
    # uv: the venv fits, the big package does not (the install step fails); pip: `python -m
    # venv` with its own pip does not fit (making the venv fails).
    plan = _big_plan(mirror, tmp_path)
    with mounted(tmp_path / "disk", "2m") as disk:
        before = free_bytes(disk)
        with pytest.raises(AppError) as caught:
            install(plan, disk / "ipex env", backend=backend, seed_pip=False)
        err = caught.value
        assert err.code == "disk_full", str(err)
        assert err.params["folder"] == str(disk) and err.params["rolled_back"]
        assert str(err).startswith(f"The disk that holds {disk} is full") and "\n" not in str(err)
        assert list(disk.iterdir()) == []
        assert free_bytes(disk) == before


def test_a_disk_that_fills_while_an_existing_venv_changes_restores_it(mirror, tmp_path):
    from test_install import make_cpu_torch_venv, torch_version

    plan = _big_plan(mirror, tmp_path)
    with mounted(tmp_path / "disk", "16m") as disk:
        target = disk / "old env"
        make_cpu_torch_venv(mirror, target)
        before = sorted(p.name for p in (target / "lib").rglob("*.dist-info"))
        fill(disk, leave=1 << 20)  # 1 MiB left: the 3 MB package cannot land
        with pytest.raises(AppError) as caught:
            install(plan, target, seed_pip=False)
        err = caught.value
        assert err.code == "disk_full" and err.params["folder"] == str(disk), str(err)
        assert str(err).endswith("the environment was left as it was before.")
        assert torch_version(target) == "2.8.0"
        assert sorted(p.name for p in (target / "lib").rglob("*.dist-info")) == before
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "old env"]  # no safety copy left


def test_pip_that_cannot_be_added_says_why(mirror, tmp_path):
    # 3 MiB: the venv and the test wheels fit, pip (about 10 MB unpacked) does not.
    with mounted(tmp_path / "disk", "3m") as disk:
        events = []
        result = install(make_plan(mirror), disk / "env", seed_pip=True, on_event=events.append)
        assert result.applied
        done = [e for e in events if isinstance(e, StepFinished) and e.step == "pip"]
        assert done and not done[0].ok and done[0].detail == f"the disk is full in {disk / 'env'}"
        assert any("pip could not be added" in w and "(the disk is full in" in w for w in result.warnings)


def _plan_file(mirror, tmp_path):
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(make_plan(mirror).to_json()), encoding="utf-8")
    return path


def _one_sentence(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr and "Unexpected error" not in stderr
    return lines[0]


def test_a_read_only_target_folder_is_bad_input_in_one_sentence(mirror, tmp_path, run_cli):
    with mounted(tmp_path / "ro", "1m", read_only=True) as disk:
        r = run_cli("install", "--plan", _plan_file(mirror, tmp_path), "--venv", disk / "env", "--yes",
                    env_extra=CLI_ENV)
        assert r.returncode == 2
        line = _one_sentence(r.stderr)
        assert line.startswith(f"The folder {disk} cannot be written"), line


def test_a_target_path_too_long_for_the_file_system_is_bad_input_in_one_sentence(mirror, tmp_path, run_cli):
    target = tmp_path / ("v" * 300) / "env"
    r = run_cli("install", "--plan", _plan_file(mirror, tmp_path), "--venv", target, "--yes", env_extra=CLI_ENV)
    assert r.returncode == 2
    assert "is too long for this file system" in _one_sentence(r.stderr)


@pytest.mark.parametrize("how", ["full", "read-only"])
def test_a_log_folder_that_cannot_be_written_does_not_stop_the_install(mirror, tmp_path, run_cli, how):
    with mounted(tmp_path / "logs", "1m", read_only=how == "read-only") as logs:
        if how == "full":
            fill(logs)
        target = tmp_path / "env"
        r = run_cli("install", "--plan", _plan_file(mirror, tmp_path), "--venv", target, "--yes",
                    env_extra={**CLI_ENV, "IPEX_INSTALLER_LOG_DIR": str(logs)}, timeout=300)
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr and "Logging error" not in r.stderr
        reason = "the disk is full" if how == "full" else "no permission, or a read-only disk"
        assert f"The app's log cannot be written in {logs} ({reason})" in r.stderr, r.stderr
        assert f"The install log cannot be written in {logs} ({reason})" in r.stdout + r.stderr
        assert (target / "pyvenv.cfg").is_file()


@pytest.mark.parametrize("how", ["full", "read-only"])
def test_any_command_writing_to_a_disk_that_says_no_is_one_sentence(tmp_path, run_cli, how):
    """The safety net in the CLI: a support bundle or redirected output on a full or read-only
    disk (before: 'Unexpected error (OSError ...)'), and no half-written bundle left."""
    with mounted(tmp_path / "out", "64k", read_only=how == "read-only") as out:
        if how == "full":
            fill(out)
        r = run_cli("report", "--out", out / "support.zip", timeout=300)
        assert r.returncode == 1
        line = _one_sentence(r.stderr)
        expected = f"The disk that holds {out} is full" if how == "full" else f"The folder {out} cannot be written"
        assert line.startswith(expected), line
        assert sorted(p.name for p in out.iterdir()) == (["filler.bin"] if how == "full" else [])
        if how == "full":
            import subprocess
            import sys

            from app import proc

            with open(out / "filler.bin", "ab") as sink:  # stdout itself is the full disk
                done = subprocess.run([sys.executable, "-m", "app", "probe", "--json", "--no-pythons"], stdout=sink,
                                      stderr=subprocess.PIPE, text=True, env=proc.clean_env(), timeout=120,
                                      cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
            assert done.returncode == 1
            assert _one_sentence(done.stderr) == ("Writing failed (the disk is full); free some space or write "
                                                  "somewhere else, then retry.")
