"""A killed installer: real `python -m app install` processes against the loopback mirror,
killed with real signals while uv or pip is mid-download (the server drips the last step's
wheel), then checked through /proc: no process of that run may be left, and the next run
resolves what the killed one left beside the venv. Linux only (/proc, POSIX signals).

The time from the signal until the last process of the run is gone is printed as
`time-to-cancel` (run with -s to see it)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)
from mirror.wheels import build_wheel

from app import proc
from app.catalog.plan_model import Step

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env"),
              pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs Linux /proc")]

ROOT = Path(__file__).resolve().parents[2]
DRIP = "/packages/dripping_dep-1.0-py3-none-any.whl"


def run_marked(marker: str) -> list[tuple[int, str]]:
    """Live processes (pid, command line) whose environment carries the run's marker: our
    installer, its guard, uv or pip, and anything they started, whoever their parent is now."""
    found = []
    needle = f"IPEX_TEST_RUN={marker}".encode()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as f:
                if needle not in f.read().split(b"\0"):
                    continue
            with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as f:
                if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                    continue  # already dead, waiting for its parent to reap it
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                cmd = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
        except OSError:
            continue
        found.append((int(entry), cmd))
    return found


def gone_within(marker: str, seconds: float) -> tuple[float, list[tuple[int, str]]]:
    """Seconds until no process of the run is left (or the list of survivors)."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        left = run_marked(marker)
        if not left:
            return time.monotonic() - start, []
        time.sleep(0.01)
    return time.monotonic() - start, run_marked(marker)


def dripping_plan(m, tmp_path, rate=20_000):
    """The standard plan plus a last step whose wheel uv/pip fetch themselves, slowly."""
    wheel = build_wheel(tmp_path / "drip", "dripping-dep", "1.0", padding=1_500_000)
    m.server.publish(wheel, "pypi")
    m.server.fault(DRIP, rate=rate)
    plan = make_plan(m, extra_steps=[Step(id="drip", requirements=["dripping-dep>=1"],
                                          index_url=m.server.pypi_index())])
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan.to_json()), encoding="utf-8")
    return plan_file


class Installer:
    """One real `python -m app install` process, marked so /proc finds all it started."""

    def __init__(self, plan_file: Path, venv: Path, tmp_path: Path, *extra: str):
        self.marker = uuid.uuid4().hex
        env = proc.clean_env({"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1", "IPEX_TEST_RUN": self.marker,
                              "UV_CACHE_DIR": str(tmp_path / "uv-cache")})  # uv must really fetch the drip
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "app", "install", "--plan", str(plan_file), "--venv", str(venv), "--yes", *extra],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def wait_for_drip(self, m, tool: str) -> list[tuple[int, str]]:
        """Until `tool` (uv or pip) is receiving the dripping wheel; returns the run's processes."""
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            assert self.popen.poll() is None, self.popen.communicate()
            if m.server.stats(DRIP).bytes_sent > 50_000:
                procs = run_marked(self.marker)
                if any(tool in cmd for _pid, cmd in procs if _pid != self.popen.pid):
                    return procs
            time.sleep(0.05)
        raise AssertionError(f"{tool} never started to download the dripping wheel")

    def finish(self, timeout=60):
        out, err = self.popen.communicate(timeout=timeout)
        return self.popen.returncode, out, err


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("backend", ["uv", "pip"])
def test_sigkill_leaves_no_child_running(mirror, tmp_path, backend):
    plan_file = dripping_plan(mirror, tmp_path)
    target = tmp_path / "killed env"
    run = Installer(plan_file, target, tmp_path, "--backend", backend)
    before = run.wait_for_drip(mirror, "pip" if backend == "pip" else "uv")
    run.popen.kill()
    run.popen.wait()
    seconds, left = gone_within(run.marker, 10)
    print(f"\ntime-to-cancel SIGKILL ({backend} mid-download, {len(before)} processes): {seconds * 1000:.0f} ms")
    assert left == [], f"still running after SIGKILL of the installer: {left}"
    assert not target.exists()  # the new venv was being built in a staging folder beside it


def test_sigterm_cancels_rolls_back_and_exits(mirror, tmp_path):
    plan_file = dripping_plan(mirror, tmp_path)
    target = tmp_path / "terminated env"
    run = Installer(plan_file, target, tmp_path)
    before = run.wait_for_drip(mirror, "uv")
    run.popen.send_signal(signal.SIGTERM)
    started = time.monotonic()
    code, _out, err = run.finish()
    exited = time.monotonic() - started
    seconds, left = gone_within(run.marker, 10)
    print(f"\ntime-to-cancel SIGTERM (uv mid-download, {len(before)} processes): exit after {exited * 1000:.0f} ms, "
          f"all gone after {(exited + seconds) * 1000:.0f} ms")
    assert left == []
    assert code == 1, err
    assert "Cancelled as you asked; nothing was changed" in err and "Traceback" not in err
    assert not target.exists() and leftovers(tmp_path) == []  # rolled back: no staging folder left


def cli(*args, tmp_path, timeout=120):
    env = proc.clean_env({"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1",
                          "UV_CACHE_DIR": str(tmp_path / "uv-cache")})
    return proc.run([sys.executable, "-m", "app", *map(str, args)], env=env, cwd=ROOT, timeout=timeout)


def test_second_installer_is_refused_and_the_next_run_removes_the_killed_runs_staging(mirror, tmp_path):
    plan_file = dripping_plan(mirror, tmp_path)
    target = tmp_path / "shared env"
    first = Installer(plan_file, target, tmp_path)
    first.wait_for_drip(mirror, "uv")
    # Two installers, one venv (spelled differently): the second says who holds it and touches nothing.
    second = cli("install", "--plan", plan_file, "--venv", tmp_path / "." / "shared env", "--yes", tmp_path=tmp_path)
    assert second.returncode == 1, second.stderr
    assert f"Another installer is changing {target} (process {first.popen.pid}, python -m app install" in second.stderr
    assert "Traceback" not in second.stderr
    assert first.popen.poll() is None  # the first goes on
    first.popen.kill()
    first.popen.wait()
    assert gone_within(first.marker, 10)[1] == []
    staging = [name for name in leftovers(tmp_path) if name.startswith(".shared env.staging-")]
    assert staging and not target.exists()  # what the killed run left
    mirror.server.clear_faults()
    third = cli("install", "--plan", plan_file, "--venv", target, "--yes", tmp_path=tmp_path)
    assert third.returncode == 0, third.stderr  # the lock died with its SIGKILLed holder
    assert f"An unfinished folder {tmp_path / staging[0]} left by an interrupted install of {target} was removed" \
        in third.stdout
    assert leftovers(tmp_path) == [] and (target / "pyvenv.cfg").is_file()


def test_existing_venv_changed_by_a_killed_run_is_restored_by_the_next_run(mirror, tmp_path):
    from test_install import make_cpu_torch_venv, torch_version

    target = tmp_path / "old env"
    make_cpu_torch_venv(mirror, target)
    plan_file = dripping_plan(mirror, tmp_path)
    run = Installer(plan_file, target, tmp_path)
    run.wait_for_drip(mirror, "uv")
    run.popen.kill()
    run.popen.wait()
    assert gone_within(run.marker, 10)[1] == []
    assert torch_version(target) == "2.8.0+xpu"  # the killed run had replaced torch
    assert [n for n in leftovers(tmp_path) if n.startswith(".old env.backup-")]
    # The next run, even one that then refuses its plan (another Python), first puts the venv back.
    other = json.loads(plan_file.read_text(encoding="utf-8"))
    other["choice"]["python"] = "3.9"
    (tmp_path / "other.json").write_text(json.dumps(other), encoding="utf-8")
    nxt = cli("install", "--plan", tmp_path / "other.json", "--venv", target, "--yes", tmp_path=tmp_path)
    assert nxt.returncode == 2, nxt.stderr
    assert f"An interrupted install had changed {target}; it was restored from its safety copy." in nxt.stdout
    assert torch_version(target) == "2.8.0" and leftovers(tmp_path) == []
