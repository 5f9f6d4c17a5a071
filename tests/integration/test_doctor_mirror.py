"""The doctor after the product's own install: `install --plan` from the loopback mirror (real
uv/pip, real venv), then `doctor` says healthy; then a later `pip install` of a package that
wants a newer torch drags PyPI's CPU torch in, and the doctor names every consequence; the
support bundle carries the install log."""

from __future__ import annotations

import json
import os
import sys
import zipfile
from pathlib import Path

import pytest
from doctor_venvs import clear_sycl_env
from mirror.fixtures import installer_env, make_plan, mirror, standard_wheels  # noqa: F401 (fixtures)

from app import proc
from app.envs.venv import venv_python

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]

PROBE = Path(__file__).resolve().parent.parent / "data" / "doctor" / "probe_a770_linux.json"
ENV = {"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1", "SYCL_CACHE_PERSISTENT": "1"}


@pytest.fixture(autouse=True)
def _no_stray_env(monkeypatch):
    clear_sycl_env(monkeypatch)


def _doctor(run_cli, venv):
    r = run_cli("doctor", "--venv", venv, "--probe", PROBE, "--json", env_extra=ENV)
    assert r.returncode in (0, 1), r.stderr
    return r.returncode, json.loads(r.stdout)


def test_installed_by_the_product_then_broken_by_a_later_pip_install(mirror, tmp_path, run_cli):
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(make_plan(mirror).to_json()), encoding="utf-8")
    venv = tmp_path / "ai env"
    r = run_cli("install", "--plan", plan_file, "--venv", venv, "--yes", env_extra=ENV, timeout=600)
    assert r.returncode == 0, r.stderr

    code, report = _doctor(run_cli, venv)
    assert code == 0, [f for f in report["findings"] if f["severity"] != "info"]
    assert report["packages"]["intel-extension-for-pytorch"] == "2.8.10+xpu"
    assert {"torch.xpu_build", "ipex.archived", "gpu.found"} <= {f["id"] for f in report["findings"]}

    # The bundle of this machine carries the install log the installer wrote.
    bundle = tmp_path / "support.zip"
    assert run_cli("report", "--venv", venv, "--probe", PROBE, "--out", bundle, env_extra=ENV).returncode == 0
    with zipfile.ZipFile(bundle) as zf:
        logs = [n for n in zf.namelist() if n.startswith("logs/install-")]
        assert logs, zf.namelist()
        assert "torch" in zf.read(logs[0]).decode("utf-8")

    # A user installs something that wants torch>=2.9: pip fetches PyPI's CPU torch 2.9.0.
    # (The venv was made by uv and has no pip of its own: pip from the test's Python aims at it.)
    r = proc.run([sys.executable, "-m", "pip", "--python", str(venv_python(venv)), "install", "--quiet",
                  "--index-url", mirror.server.pypi_index(), "sneaky-dep"], env=proc.clean_env(ENV))
    assert r.returncode == 0, r.stderr
    code, report = _doctor(run_cli, venv)
    assert code == 1
    errors = {(f["id"], f["params"].get("package")) for f in report["findings"] if f["severity"] == "error"}
    assert ("torch.not_xpu", None) in errors
    assert ("versions.mismatch", "torch") in errors  # torchvision 0.23 / torchaudio 2.8 pin torch 2.8.0
    assert ("ipex.torch_mismatch", None) in errors  # IPEX 2.8 will not load beside torch 2.9
