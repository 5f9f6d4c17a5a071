"""A new venv gets pip from its Python's ensurepip; a Python without ensurepip (Windows'
embeddable Python, which portable apps ship; some Linux distributions' Pythons) gets a
sentence that says so and what helps, not `python -m ensurepip`, which cannot."""

from __future__ import annotations

import sys

from app.events import StepFinished, Warning_
from app.install.engine import _add_pip, _seed_failure
from app.install.result import InstallResult

NO_MODULE = ["C:\\Users\\me\\env\\Scripts\\python.exe: No module named ensurepip"]


def test_the_reason_names_the_python_that_lacks_ensurepip(tmp_path):
    windows = _seed_failure(1, NO_MODULE, tmp_path, windows=True)
    linux = _seed_failure(1, NO_MODULE, tmp_path, windows=False)
    assert windows == "this Python has no ensurepip module (Windows' embeddable Python ships without it)"
    assert linux == "this Python has no ensurepip module (some Linux distributions ship it separately)"
    # coded, so the Chinese wizard words the reason inside pip_not_added too
    assert (windows.code, linux.code) == ("seed_no_ensurepip_windows", "seed_no_ensurepip_linux")
    assert _seed_failure(3, [], tmp_path).code == "seed_exited"  # no line of its own to show


def test_a_new_venv_gets_pip_or_the_sentence_that_helps(tmp_path):
    """A real venv made by uv from the Python running the tests: the Linux one has ensurepip,
    so pip is added; the Windows lane's embeddable Python has none, so the warning says so."""
    from app import proc
    from app.envs import venv as venvs
    from app.envs.interpreter import uv_bin

    venv = tmp_path / "env"
    made = proc.run([uv_bin(), "venv", "--no-config", "--python", sys.executable, str(venv)],
                    env=proc.clean_env(), timeout=120)
    assert made.returncode == 0, made.stderr
    has_ensurepip = proc.run([sys.executable, "-I", "-c", "import ensurepip"], env=proc.clean_env(),
                             timeout=60).returncode == 0
    events: list = []
    result = InstallResult(ok=True, applied=True, venv=str(venv), mode="new", build_id="b", python={},
                           backend="uv", backend_reason="", dry_run=None, downloads=[], expected={}, warnings=[])
    _add_pip(venv, result, events.append, None)
    finished = [e for e in events if isinstance(e, StepFinished)]
    warnings = [e for e in events if isinstance(e, Warning_)]
    if has_ensurepip:
        assert [e.ok for e in finished] == [True] and warnings == [] and result.warnings == []
        python = venvs.venv_python(venv)
        assert proc.run([str(python), "-I", "-c", "import pip"], env=proc.clean_env(), timeout=60).returncode == 0
    else:
        assert [(e.ok, e.detail) for e in finished] == [(False, _seed_failure(1, NO_MODULE, venv))]
        assert [w.code for w in warnings] == ["pip_no_ensurepip"] and warnings[0].params == {"venv": str(venv)}
        assert "python -m ensurepip" not in result.warnings[0]
        assert "the Python the installer downloads" in result.warnings[0]
