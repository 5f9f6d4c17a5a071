"""Index credentials (in a plan's URL, pip.conf, PIP_INDEX_URL or a --mirror) reach uv and pip
through their environment, never their command line, which every local user can read in the
process list. Proved on real installs against a loopback index that requires basic auth, by
reading /proc/<pid>/cmdline and environ of the real children while they run."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from mirror.fixtures import installer_env, mirror, standard_wheels  # noqa: F401 (fixtures)

from app.catalog.plan_model import Choice, Plan, Step
from app.envs.venv import venv_python
from app.fetch.mirrors import parse_mirrors
from app.install.engine import install

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env"),
              pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="reads /proc")]

SECRET = "s3cret-Pa55"


class ChildWatch:
    """Polls /proc for our descendants while an install runs: their argv and environment."""

    def __init__(self):
        self.argvs: list[list[str]] = []
        self.environs: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _descendants(self) -> list[int]:
        parents = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/stat", "rb") as f:
                        parents[int(entry)] = int(f.read().rsplit(b")", 1)[1].split()[1])
                except (OSError, IndexError, ValueError):
                    pass
        mine, found = {os.getpid()}, []
        changed = True
        while changed:
            changed = False
            for pid, ppid in parents.items():
                if ppid in mine and pid not in mine:
                    mine.add(pid)
                    found.append(pid)
                    changed = True
        return found

    def _run(self):
        while not self._stop.wait(0.005):
            for pid in self._descendants():
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        argv = [a.decode("utf-8", "replace") for a in f.read().split(b"\0") if a]
                    with open(f"/proc/{pid}/environ", "rb") as f:
                        environ = f.read().decode("utf-8", "replace")
                except OSError:
                    continue
                if argv and argv not in self.argvs:
                    self.argvs.append(argv)
                    self.environs.append(environ)

    def installers(self) -> list[int]:
        """Indexes of the uv/pip install commands seen."""
        return [i for i, a in enumerate(self.argvs) if "install" in a and ("pip" in " ".join(a))]


def tiny_plan(index_url: str | None, python: str) -> Plan:
    """One step that makes the installer itself resolve from the index: an unpinned
    requirement, which our downloader leaves to uv/pip."""
    step = Step(id="runtime", requirements=["dpcpp-cpp-rt>=2025"], index_url=index_url)
    return Plan(choice=Choice(build_id="t", channel="torch-xpu", ipex_version=None, torch_version="-",
                              python=python, os="linux", expect="aot", matched_target=None, steps=[step],
                              reasons=[], verify={"dpcpp-cpp-rt": "2025.1.1"}))


def _slow_file(mirror) -> None:
    """The package file trickles, so the installer child lives long enough to be read."""
    name = mirror.wheels["dpcpp-cpp-rt==2025.1.1"].name
    mirror.server.fault(f"/packages/{name}", rate=20_000)


def _check(watch: ChildWatch, target: Path, mirror) -> None:
    seen = watch.installers()
    assert seen, f"no installer child was seen: {watch.argvs}"
    for i in seen:
        assert not any(SECRET in a for a in watch.argvs[i]), watch.argvs[i]
        assert SECRET in watch.environs[i]  # it went through the environment instead
    for argv in watch.argvs:
        assert not any(SECRET in a for a in argv), argv  # no child at all had it
    # The index (which answers 401 without the credentials) served the installer itself.
    assert ("GET", "/simple/dpcpp-cpp-rt/") in mirror.server.requests and (target / "pyvenv.cfg").exists()
    from app.envs.venv import installed

    assert installed(venv_python(target))["dpcpp-cpp-rt"] == "2025.1.1"


@pytest.mark.parametrize("backend", ["uv", "pip"])
def test_credentials_in_the_plans_index_url(mirror, tmp_path, backend):
    import requests

    mirror.server.require_auth("alice", SECRET)
    assert requests.get(mirror.server.pypi_index() + "/dpcpp-cpp-rt/", timeout=10).status_code == 401
    _slow_file(mirror)
    index = mirror.server.pypi_index().replace("http://", f"http://alice:{SECRET}@")
    with ChildWatch() as watch:
        result = install(tiny_plan(index, mirror.python), tmp_path / "v", backend=backend, seed_pip=False)
    assert result.applied
    _check(watch, tmp_path / "v", mirror)
    assert SECRET not in " ".join(result.steps[0].argv)  # the shown command is redacted too


def test_credentials_from_pip_conf_for_pypi_steps(mirror, tmp_path, monkeypatch):
    mirror.server.require_auth("bob", SECRET)
    _slow_file(mirror)
    conf = tmp_path / "pip.conf"
    conf.write_text(f"[global]\nindex-url = {mirror.server.pypi_index().replace('http://', f'http://bob:{SECRET}@')}\n")
    monkeypatch.setenv("PIP_CONFIG_FILE", str(conf))
    with ChildWatch() as watch:
        result = install(tiny_plan(None, mirror.python), tmp_path / "v", seed_pip=False)
    assert result.applied and result.backend == "uv"
    _check(watch, tmp_path / "v", mirror)


def test_credentials_in_a_mirror(mirror, tmp_path):
    mirror.server.require_auth("carol", SECRET)
    _slow_file(mirror)
    port = mirror.server.url.rsplit(":", 1)[1]
    # The plan names "localhost"; the user's --mirror sends it to 127.0.0.1 with credentials.
    plan = tiny_plan(f"http://localhost:{port}/simple", mirror.python)
    mirrors = parse_mirrors([f"localhost=http://carol:{SECRET}@127.0.0.1:{port}"])
    with ChildWatch() as watch:
        result = install(plan, tmp_path / "v", mirrors=mirrors, seed_pip=False)
    assert result.applied
    _check(watch, tmp_path / "v", mirror)


def test_the_uv_python_mirror_goes_through_the_environment(mirror, tmp_path, monkeypatch):
    """uv's Python download mirror (from --mirror github.com=...) may carry a token too."""
    import app.envs.interpreter as interp
    from app.errors import AppError

    if interp._uv_find(interp.uv_bin(), "3.9", None):
        pytest.skip("uv finds a Python 3.9 on this machine")
    monkeypatch.setattr(interp, "_discovered", list)
    monkeypatch.setenv("UV_PYTHON_INSTALL_DIR", str(tmp_path / "pythons"))
    mirrors = parse_mirrors([f"github.com={mirror.server.url.replace('http://', f'http://dave:{SECRET}@')}/gh"])
    with ChildWatch() as watch, pytest.raises(AppError, match="uv could not install Python 3.9"):
        install(tiny_plan(mirror.server.pypi_index(), "3.9"), tmp_path / "v", mirrors=mirrors)
    pythons = [i for i, a in enumerate(watch.argvs) if "python" in a and "install" in a]
    assert pythons and all(SECRET not in " ".join(watch.argvs[i]) for i in pythons)
    assert all(SECRET in watch.environs[i] for i in pythons)
    assert any(p.startswith("/gh/astral-sh/") for _m, p in mirror.server.requests)
