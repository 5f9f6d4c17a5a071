"""The guard with real pip and real uv against the loopback mirror: after our install, a later
`pip install` (the venv's own pip, activated or not) and `uv pip install` in the activated
venv cannot put PyPI's CPU torch in place of the XPU one, while an unrelated package installs.

The mirror's PyPI carries the trap: torch 2.9.0 (a newer CPU build, plain tag) and
sneaky-dep, which wants torch>=2.9. The venv's path has a space, which pip's constraint
setting and UV_CONSTRAINT would split on."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)
from mirror.wheels import build_wheel

from app import proc
from app.envs.interpreter import uv_bin
from app.hostos import venv_python, venv_scripts
from app.install.engine import install

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env"),
              pytest.mark.skipif(os.name == "nt", reason="activates the venv with bash (POSIX sh scripts)")]

NEEDS_BASH = pytest.mark.skipif(shutil.which("bash") is None, reason="no bash to source bin/activate with")


@pytest.fixture
def guarded(mirror, tmp_path, monkeypatch):  # noqa: F811 (fixture)
    """A venv installed by the product (uv backend, pip seeded), with an unrelated package on
    the mirror's PyPI; pip run as a user runs it (its site configuration read)."""
    mirror.server.publish(build_wheel(tmp_path / "extra", "colorama", "0.4.6"), "pypi")
    venv = tmp_path / "ai env"
    result = install(make_plan(mirror), venv, seed_pip=True)
    assert result.applied and result.guard, result.warnings
    # installer_env keeps every pip config out (PIP_CONFIG_FILE=os.devnull); a user's pip reads
    # its venv's site file. An existing empty PIP_CONFIG_FILE still keeps ~/.config/pip out.
    empty = tmp_path / "empty-pip.conf"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("PIP_CONFIG_FILE", str(empty))
    return venv, result


def versions(venv) -> dict[str, str]:
    code = ("import importlib.metadata as m, json; "
            "print(json.dumps({d.metadata['Name']: d.version for d in m.distributions()}))")
    r = proc.run([str(venv_python(venv)), "-c", code], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def pip(venv, *args):
    """The venv's pip as a user runs it: not activated, index from the command line."""
    return proc.run([str(venv_scripts(venv) / "pip"), "install", "--no-input", *args], env=proc.clean_env())


def activated(venv, command: str):
    """`command` in bash after `source <venv>/bin/activate`, as a user types it."""
    script = f'source "{venv_scripts(venv) / "activate"}" && {command}'
    path = f"{Path(uv_bin()).parent}:{os.environ['PATH']}"  # uv on PATH, as a user who installed it has
    return proc.run(["bash", "-c", script], env=proc.clean_env({"PATH": path}))


def test_what_the_guard_pins(guarded):
    venv, result = guarded
    pinned = result.guard["pinned"]
    # The planned four, and the runtime torch pins exactly in its metadata; nothing unpinned.
    assert pinned == {"torch": "2.8.0+xpu", "torchvision": "0.23.0+xpu", "torchaudio": "2.8.0+xpu",
                      "intel-extension-for-pytorch": "2.8.10+xpu", "intel-sycl-rt": "2025.1.1"}
    constraints = Path(result.guard["constraints"]).read_text(encoding="utf-8")
    assert "torch==2.8.0+xpu\n" in constraints and "intel-sycl-rt==2025.1.1\n" in constraints
    conf = (venv / "pip.conf").read_text(encoding="utf-8")
    assert "file:///" in conf and "ai%20env" in conf  # a URL: pip splits the setting on spaces


def test_pip_cannot_swap_the_xpu_torch_but_installs_other_packages(guarded, mirror):
    venv, _ = guarded
    index = ["--index-url", mirror.server.pypi_index()]
    # torch==2.8.0 alone is "already satisfied" by 2.8.0+xpu (PEP 440); forced, it would fetch the CPU build.
    for attempt in (["torch==2.9.0"], ["sneaky-dep"], ["--force-reinstall", "torch==2.8.0"]):
        r = pip(venv, *index, *attempt)
        assert r.returncode != 0, (attempt, r.stdout)
        assert "ResolutionImpossible" in r.stderr, r.stderr  # refused by the resolver, not a network error
        assert versions(venv)["torch"] == "2.8.0+xpu", attempt
    r = pip(venv, *index, "--upgrade", "torch")  # nothing newer is allowed: "already satisfied"
    assert r.returncode == 0 and versions(venv)["torch"] == "2.8.0+xpu", r.stdout
    r = pip(venv, *index, "colorama")
    assert r.returncode == 0, r.stderr
    after = versions(venv)
    assert after["colorama"] == "0.4.6" and after["torch"] == "2.8.0+xpu" and after["intel-sycl-rt"] == "2025.1.1"
    # The same pip run as `python -m pip` (how many guides say it) reads the same site file.
    r = proc.run([str(venv_python(venv)), "-m", "pip", "install", *index, "torch==2.9.0"], env=proc.clean_env())
    assert r.returncode != 0 and versions(venv)["torch"] == "2.8.0+xpu"


@NEEDS_BASH
def test_uv_in_the_activated_venv_cannot_swap_it_and_deactivate_restores(guarded, mirror):
    venv, _ = guarded
    index = f"--index-url {mirror.server.pypi_index()}"
    for attempt in ("torch==2.9.0", "sneaky-dep", "--reinstall torch==2.8.0"):
        r = activated(venv, f"uv pip install --no-progress {index} {attempt}")
        assert r.returncode != 0, (attempt, r.stderr)
        assert "No solution found" in r.stderr, r.stderr
        assert versions(venv)["torch"] == "2.8.0+xpu", attempt
    r = activated(venv, f"uv pip install --no-progress {index} --upgrade torch")
    assert r.returncode == 0 and versions(venv)["torch"] == "2.8.0+xpu", r.stderr
    r = activated(venv, f"uv pip install --no-progress {index} colorama")
    assert r.returncode == 0, r.stderr
    assert versions(venv)["colorama"] == "0.4.6"
    # deactivate gives the shell its own UV_CONSTRAINT back (none, or the user's).
    r = activated(venv, 'echo "on=$UV_CONSTRAINT"; deactivate; echo "off=${UV_CONSTRAINT-unset}"')
    lines = r.stdout.splitlines()
    assert lines[0].startswith("on=file:///") and lines[1] == "off=unset", r.stdout
    mine = "/home/u/my constraints.txt"
    r = proc.run(["bash", "-c", f'export UV_CONSTRAINT="{mine}"; source "{venv_scripts(venv) / "activate"}"; '
                  f'source "{venv_scripts(venv) / "activate"}"; echo "on=$UV_CONSTRAINT"; deactivate; '
                  'echo "off=$UV_CONSTRAINT"'], env=proc.clean_env())
    on, off = r.stdout.splitlines()
    assert on.startswith(f"on={mine} file:///") and on.count("file:///") == 1, on  # activating twice: once
    assert off == f"off={mine}"


@pytest.mark.parametrize("backend", ["pip", "uv"])
def test_a_new_plan_installs_whatever_the_guard_says(guarded, mirror, monkeypatch, backend):
    """Our own install is not held back by the guard an earlier install left, in the venv's
    pip.conf or exported by an activated shell (the new plan names its own builds)."""
    venv, result = guarded
    constraints = Path(result.guard["constraints"])
    with open(constraints, "a", encoding="utf-8") as f:
        f.write("colorama==0.4.5\n")  # as if an earlier plan had pinned another colorama
    monkeypatch.setenv("UV_CONSTRAINT", constraints.as_uri())
    plan = make_plan(mirror)
    plan.choice.steps.append(type(plan.choice.steps[0])(
        id="extra", requirements=["colorama==0.4.6"], index_url=mirror.server.pypi_index()))
    again = install(plan, venv, backend=backend, seed_pip=False, confirm=lambda dry: True)
    assert again.applied and versions(venv)["colorama"] == "0.4.6"
    # and the renewed guard now keeps what this plan installed, once in pip.conf
    assert (venv / "pip.conf").read_text(encoding="utf-8").count("constraints.txt") == 1
