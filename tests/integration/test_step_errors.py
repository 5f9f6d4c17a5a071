"""A failed install step names the package and what went wrong, for real uv and real pip
against the loopback mirror: a file whose bytes differ from the index's hash, a version the
index lacks, a file the index lists but the server does not have (404), pins that conflict,
a connection dropped midway, an index nobody answers at."""

from __future__ import annotations

import socket
import sys
import threading

import pytest
from mirror.fixtures import installer_env  # noqa: F401 (fixture)
from mirror.server import MirrorServer, Stored
from mirror.wheels import build_wheel

from app import proc
from app.catalog.plan_model import Step
from app.envs.interpreter import uv_bin
from app.envs.venv import venv_python
from app.errors import AppError
from app.install.backends import InstallArgs, PipBackend, UvBackend
from app.install.engine import _run_step

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("installer_env")]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A PyPI-like mirror with one package per failure."""
    tmp = tmp_path_factory.mktemp("step-errors")
    s = MirrorServer().start()
    s.publish(build_wheel(tmp / "w", "goodpkg", "1.0"), "pypi")
    bad = build_wheel(tmp / "w", "badhash", "1.0")
    s.publish(bad, "pypi")
    s._blobs["/packages/" + bad.name] = Stored(build_wheel(tmp / "other", "badhash", "1.0", padding=10).read_bytes())
    gone = build_wheel(tmp / "w", "gonepkg", "1.0")
    s.publish(gone, "pypi")
    del s._blobs["/packages/" + gone.name]  # listed on the page, 404 on the server
    s.publish(build_wheel(tmp / "w", "needsold", "1.0", requires=["goodpkg<1.0"]), "pypi")
    drop = build_wheel(tmp / "w", "droppkg", "1.0", padding=2_000_000)
    s.publish(drop, "pypi")
    s.fault("/packages/" + drop.name, drop_at=[100_000] * 100)  # every request is cut short
    yield s
    s.stop()


@pytest.fixture(scope="module")
def venvs(tmp_path_factory):
    """A uv-made venv for uv, a `python -m venv` one (with pip) for pip."""
    tmp = tmp_path_factory.mktemp("step-venvs")
    made = {}
    for tool, argv in (("uv", [uv_bin(), "venv", "-q", str(tmp / "uv")]),
                       ("pip", [sys._base_executable, "-m", "venv", str(tmp / "pip")])):
        r = proc.run(argv, env=proc.clean_env(), timeout=300)
        assert r.returncode == 0, r.stderr
        made[tool] = str(venv_python(tmp / tool))
    return made


def _dead_index() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nobody listens here now
    return f"http://127.0.0.1:{port}/simple"


CASES = {  # name: (requirements, code, words the package param must contain, per tool where they differ)
    "hash": (["badhash==1.0"], {"uv": "step_hash_mismatch", "pip": "step_hash_mismatch"}, ["badhash==1.0"]),
    "missing version": (["goodpkg==2.0"], {"uv": "step_no_version", "pip": "step_no_version"}, ["goodpkg==2.0"]),
    "404": (["gonepkg==1.0"], {"uv": "step_file_missing", "pip": "step_file_missing"}, ["gonepkg==1.0"]),
    "conflict": (["needsold==1.0", "goodpkg==1.0"], {"uv": "step_conflict", "pip": "step_conflict"},
                 ["needsold==1.0", "goodpkg==1.0"]),
    # pip checks the cut-short file against the index's hash first, and says so: that is what happened.
    "dropped": (["droppkg==1.0"], {"uv": "step_network", "pip": "step_hash_mismatch"}, ["droppkg"]),
    "dead index": (["goodpkg==1.0"], {"uv": "step_network", "pip": "step_network"}, ["goodpkg"]),
}


@pytest.mark.parametrize("tool", ["uv", "pip"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_failed_step_names_the_package_and_the_reason(hostile, venvs, tool, case, monkeypatch):
    requirements, codes, names = CASES[case]
    index = _dead_index() if case == "dead index" else hostile.pypi_index()
    if tool == "pip":
        monkeypatch.setenv("PIP_RETRIES", "1")  # a dead index: one retry says enough, and quickly
    backend = UvBackend(uv_bin()) if tool == "uv" else PipBackend()
    step = Step(id="extras", requirements=requirements, index_url=index)
    with pytest.raises(AppError) as caught:
        _run_step(backend, venvs[tool], step, InstallArgs(requirements, index_url=index), None,
                  lambda e: None, threading.Event())
    err = caught.value
    assert err.code == codes[tool], str(err)
    assert all(n in err.params["package"] for n in names), err.params
    assert err.params["tool"] == tool and err.params["step"] == "extras"
    text = str(err)
    assert "\n" not in text and "exited with code" not in text and "sha256:" not in text
    assert all(n in text for n in names)
