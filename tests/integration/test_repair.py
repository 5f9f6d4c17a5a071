"""`doctor --venv DIR --fix` after a deliberate swap: the product installs from the loopback
mirror (real uv, real venv), the user's pip ignores the guard (PIP_CONFIG_FILE=os.devnull) and
puts PyPI's CPU torch 2.9.0 in with --no-deps and removes torchaudio; --fix puts back exactly
the planned set and says what it changed. A --fix whose install fails half-way (a later step's
index answers 404) leaves the environment exactly as it was before the --fix."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from doctor_venvs import clear_sycl_env
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)
from mirror.wheels import build_wheel

from app import proc
from app.catalog.plan_model import Step
from app.envs.venv import installed, venv_python
from app.hostos import venv_scripts

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

PROBE = Path(__file__).resolve().parent.parent / "data" / "doctor" / "probe_a770_linux.json"
ENV = {"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1"}
PLANNED = {"torch": "2.8.0+xpu", "torchvision": "0.23.0+xpu", "torchaudio": "2.8.0+xpu",
           "intel-extension-for-pytorch": "2.8.10+xpu", "intel-sycl-rt": "2025.1.1"}


@pytest.fixture(autouse=True)
def _no_stray_env(monkeypatch):
    clear_sycl_env(monkeypatch)


@pytest.fixture
def installed_venv(mirror, tmp_path, run_cli):  # noqa: F811 (fixture)
    """Installed by the product; the plan has a third step with an unpinned package that is
    resolved at install time (so a later index failure can break a --fix half-way)."""
    mirror.server.publish(build_wheel(tmp_path / "extra", "colorama", "0.4.6"), "pypi")
    plan = make_plan(mirror, extra_steps=[Step(id="extra", requirements=["colorama"],
                                               index_url=mirror.server.pypi_index())])
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(plan.to_json()), encoding="utf-8")
    venv = tmp_path / "ai env"
    r = run_cli("install", "--plan", plan_file, "--venv", venv, "--yes", env_extra=ENV, timeout=600)
    assert r.returncode == 0, r.stderr
    return venv


def planned_now(venv) -> dict[str, str | None]:
    have = installed(venv_python(venv))
    return {name: have.get(name) for name in PLANNED}


def swap(venv, mirror):
    """What users do: pip ignoring the guard, the CPU torch without its dependencies, a package removed."""
    pip = str(venv_scripts(venv) / ("pip.exe" if os.name == "nt" else "pip"))
    r = proc.run([pip, "install", "--no-input", "--no-deps", "--index-url", mirror.server.pypi_index(),
                  "torch==2.9.0"], env=proc.clean_env(ENV))
    assert r.returncode == 0, r.stderr
    r = proc.run([pip, "uninstall", "--yes", "torchaudio"], env=proc.clean_env(ENV))
    assert r.returncode == 0, r.stderr
    assert planned_now(venv) == {**PLANNED, "torch": "2.9.0", "torchaudio": None}


def fix(run_cli, venv, *more):
    return run_cli("doctor", "--venv", venv, "--probe", PROBE, "--fix", *more, env_extra=ENV, timeout=600)


def test_fix_puts_back_exactly_the_planned_set_and_says_what_changed(installed_venv, mirror, run_cli):
    venv = installed_venv
    assert planned_now(venv) == PLANNED
    swap(venv, mirror)
    # The doctor alone names what changed and the fix.
    r = run_cli("doctor", "--venv", venv, "--probe", PROBE, "--json", env_extra=ENV)
    assert r.returncode == 1, r.stderr
    found = {f["id"]: f for f in json.loads(r.stdout)["findings"]}
    assert found["plan.replaced"]["severity"] == "error" and found["plan.replaced"]["fix"].endswith("--fix")
    assert {c["name"] for c in found["plan.replaced"]["params"]["changes"]} == {"torch", "torchaudio"}
    r = fix(run_cli, venv, "--json")
    assert r.returncode == 0, r.stderr  # repaired, and the doctor finds it healthy again
    assert "plan.replaced" not in {f["id"] for f in json.loads(r.stdout)["findings"]}
    report = json.loads(r.stdout)
    changes = {c["name"]: (c["before"], c["after"]) for c in report["repair"]["changes"]}
    assert changes == {"torch": ("2.9.0", "2.8.0+xpu"), "torchaudio": (None, "2.8.0+xpu")}
    assert report["repair"]["repaired"] and report["healthy"]
    assert planned_now(venv) == PLANNED
    assert installed(venv_python(venv))["colorama"] == "0.4.6"  # what else was there stays
    # Text: one line per change, before -> after; a second --fix has nothing to do.
    swap(venv, mirror)
    r = fix(run_cli, venv)
    assert r.returncode == 0, r.stderr
    assert "torch: 2.9.0 -> 2.8.0+xpu" in r.stdout and "torchaudio: missing -> 2.8.0+xpu" in r.stdout
    r = fix(run_cli, venv)
    assert r.returncode == 0 and "nothing was changed" in r.stdout, r.stdout


def test_a_fix_that_fails_half_way_rolls_back(installed_venv, mirror, run_cli):
    venv = installed_venv
    swap(venv, mirror)
    pip = str(venv_scripts(venv) / ("pip.exe" if os.name == "nt" else "pip"))
    assert proc.run([pip, "uninstall", "--yes", "colorama"], env=proc.clean_env(ENV)).returncode == 0
    before = installed(venv_python(venv))
    mirror.server.fault("/simple/colorama/", statuses=[404] * 50)  # the third step cannot resolve colorama
    r = fix(run_cli, venv)
    assert r.returncode == 1, r.stdout
    assert "The repair of" in r.stderr and "left as it was before" in r.stderr, r.stderr
    assert "step 'extra'" in r.stderr or "colorama" in r.stderr, r.stderr  # failed after torch's step had run
    assert installed(venv_python(venv)) == before  # torch 2.9.0 back from the safety copy, not 2.8.0+xpu
    assert sorted(p.name for p in venv.parent.iterdir() if p.name.startswith(".")) == []  # no copy left
    # The same --fix works once the index answers again.
    mirror.server.clear_faults()
    r = fix(run_cli, venv, "--json")
    assert r.returncode == 0, r.stderr
    assert planned_now(venv) == PLANNED


def test_fix_without_a_kept_plan_says_so_and_touches_nothing(installed_venv, run_cli):
    venv = installed_venv
    (venv / ".ipex-aot-installer" / "plan.json").write_text('{"choice": 7}', encoding="utf-8")
    r = fix(run_cli, venv)
    assert r.returncode == 2 and "keeps no plan" in r.stderr and "Traceback" not in r.stderr, r.stderr
