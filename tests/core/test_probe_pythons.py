"""Python discovery (app.envs.discover): real interpreters, real venvs, real PATH lookups."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

import pytest

from app.envs import discover
from app.envs.discover import find_pythons, parse_py_launcher, query_python

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX PATH fixtures")

THIS_VERSION = ".".join(map(str, sys.version_info[:3]))
BASE = getattr(sys, "_base_executable", sys.executable)


def _script(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\n" + body + "\n")
    path.chmod(0o755)
    return path


def test_query_runs_the_interpreter():
    info = query_python(BASE, "path")
    assert info is not None
    assert (info.version, info.bits, info.source) == (THIS_VERSION, struct.calcsize("P") * 8, "path")
    assert info.major_minor == ".".join(map(str, sys.version_info[:2]))


def test_query_rejects_what_is_not_python(tmp_path):
    liar = _script(tmp_path / "python3", "echo 'Python 3.99.0'")
    assert query_python(str(liar), "path") is None
    assert query_python(str(tmp_path / "absent"), "path") is None


def test_current_interpreter_is_found_without_running_it():
    found = find_pythons()
    current = [p for p in found if p.source == "current"]
    assert len(current) == 1
    assert current[0].version == THIS_VERSION
    assert os.path.realpath(current[0].path) == os.path.realpath(BASE)
    # Newest first, and no interpreter twice.
    keys = [os.path.realpath(p.path) for p in found]
    assert len(keys) == len(set(keys))
    versions = [tuple(int(x) for x in p.version.split(".")) for p in found]
    assert versions == sorted(versions, reverse=True)


def test_path_wrappers_venvs_and_shims(tmp_path, monkeypatch):
    from app import proc

    # A wrapper that execs the real interpreter is a Python on PATH; a venv is not a base
    # interpreter; a pyenv-style shims directory is skipped (its targets are found directly).
    wrapper = _script(tmp_path / "bin" / "python3", f'exec "{BASE}" "$@"')
    venv = tmp_path / "venv"
    made = proc.run([BASE, "-m", "venv", "--without-pip", str(venv)], env=proc.clean_env(),
                    timeout=120)
    assert made.returncode == 0, made.stderr
    shim = _script(tmp_path / "shims" / "python3", f'exec "{BASE}" "$@"')
    monkeypatch.setenv(
        "PATH", os.pathsep.join([str(venv / "bin"), str(shim.parent), str(wrapper.parent),
                                 os.environ.get("PATH", "")]))
    found = find_pythons()
    paths = [p.path for p in found]
    assert str(wrapper) in paths
    (wrapped,) = [p for p in found if p.path == str(wrapper)]
    assert wrapped.source == "path" and wrapped.version == THIS_VERSION
    assert not any(p.startswith(str(venv)) for p in paths)
    assert str(shim) not in paths


def test_candidates_from_common_locations_are_real_names(monkeypatch, tmp_path):
    # Only interpreter names: python3.11-config and friends are not interpreters.
    monkeypatch.setattr(discover.Path, "home", lambda: tmp_path)
    for name in ("python", "python3.12-config", "pydoc3"):
        _script(tmp_path / ".pyenv" / "versions" / "3.12.1" / "bin" / name, "exit 0")
    found = discover._common_locations()
    assert str(tmp_path / ".pyenv" / "versions" / "3.12.1" / "bin" / "python") in found
    assert not any(p.endswith(("-config", "pydoc3")) for p in found)


def test_py_launcher_output_both_generations():
    new = (
        " -V:3.12 *        C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\python.exe\r\n"
        " -V:3.11          C:\\Program Files\\Python311\\python.exe\r\n"
        " -V:3.10-32       C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python310-32\\python.exe\r\n"
        " -V:Astral/CPython3.13.1 C:\\Users\\me\\AppData\\Roaming\\uv\\python\\"
        "cpython-3.13.1-windows-x86_64-none\\python.exe\r\n"
    )
    assert parse_py_launcher(new) == [
        "C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python312\\python.exe",
        "C:\\Program Files\\Python311\\python.exe",
        "C:\\Users\\me\\AppData\\Local\\Programs\\Python\\Python310-32\\python.exe",
        "C:\\Users\\me\\AppData\\Roaming\\uv\\python\\cpython-3.13.1-windows-x86_64-none\\python.exe",
    ]
    old = (
        "Installed Pythons found by py Launcher for Windows\r\n"
        " -3.9-64        C:\\Python39\\python.exe *\r\n"
        " -3.8-32        C:\\Python38-32\\python.exe\r\n"
    )
    assert parse_py_launcher(old) == ["C:\\Python39\\python.exe", "C:\\Python38-32\\python.exe"]
    assert parse_py_launcher("No installed Pythons found!\r\n") == []


def test_answers_are_cached_until_the_interpreter_file_changes(tmp_path, monkeypatch):
    """A second search runs no interpreter; a changed file is asked again."""
    import shutil
    import sys

    from app import proc
    from app.envs import discover

    fake_dir = tmp_path / "bin"
    fake_dir.mkdir()
    copy = fake_dir / "python3.99"
    shutil.copy2(sys.executable, copy)  # a real interpreter, seen through its own real path
    monkeypatch.setattr(discover, "_candidates", lambda: [(str(copy), "path")])
    monkeypatch.setattr(discover, "_current_info", lambda: None)

    runs = []
    real_run = proc.run
    monkeypatch.setattr(proc, "run", lambda argv, **kw: runs.append(argv[0]) or real_run(argv, **kw))

    first = discover.find_pythons()
    assert [p.path for p in first] == [str(copy)] and len(runs) == 1
    second = discover.find_pythons()
    assert [(p.path, p.version, p.bits) for p in second] == [(p.path, p.version, p.bits) for p in first]
    assert len(runs) == 1  # served from the cache

    copy.write_bytes(copy.read_bytes() + b"\0")  # a different file now (an upgrade, say)
    discover.find_pythons()
    assert len(runs) == 2
