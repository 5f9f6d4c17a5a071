"""Launchers saved in the environment open a shell with it active, for any folder name."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from winefacts import UNDER_WINE

from app import launchers
from app.envs.interpreter import uv_bin


@pytest.fixture
def hostile_venv(tmp_path):
    """A real venv (no pip) in a folder whose name a shell would run or expand if pasted bare.
    Made by uv, as the app makes them (the Windows lane's embeddable CPython has no venv module)."""
    name = "x$(touch pwned) 'a' %PATH%" if os.name != "nt" else "x (1) & %PATH%"
    target = tmp_path / name / "ipex env"
    r = subprocess.run([uv_bin(), "venv", "--no-project", "--python", sys.executable, str(target)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return target


@pytest.mark.skipif(shutil.which("bash") is None, reason="runs the shell launcher in bash, a POSIX shell")
@pytest.mark.skipif(os.name == "nt", reason="the shell launcher is for Linux venvs (bin/activate)")
def test_the_shell_launcher_opens_a_shell_with_the_environment_active(hostile_venv, tmp_path):
    (path,) = launchers.write_launchers(hostile_venv, "linux")
    assert path.name == launchers.SHELL and os.access(path, os.X_OK)
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "SHELL": shutil.which("bash")}
    script = 'printf "%s\\n" "$VIRTUAL_ENV"; command -v python; exit\n'
    r = subprocess.run([str(path)], input=script, capture_output=True, text=True, env=env, timeout=60,
                       cwd=tmp_path)
    out = r.stdout.splitlines()
    assert out[:2] == [str(hostile_venv), str(hostile_venv / "bin" / "python")], (r.stdout, r.stderr)
    assert not list(tmp_path.rglob("pwned"))  # the folder's name stayed a name


@pytest.mark.skipif(os.name != "nt", reason="runs the .bat launcher in cmd.exe, Windows' shell")
@pytest.mark.skipif(UNDER_WINE, reason="Wine's cmd expands a variable's value again (the folder's %PATH% in "
                    "VIRTUAL_ENV becomes the PATH); Windows' does not")
def test_the_cmd_launcher_opens_command_prompt_with_the_environment_active(hostile_venv, tmp_path):
    paths = launchers.write_launchers(hostile_venv, "windows")
    cmd_bat = next(p for p in paths if p.name == launchers.CMD)
    # `set NAME` prints the value as it is (an echo of it would let cmd act on its '&')
    # Started by its bare name from its folder: cmd expands %...% in a /c command line, so the
    # folder's name must not pass through one (the launcher finds its folder itself: %~dp0).
    r = subprocess.run(["cmd.exe", "/c", cmd_bat.name], input="set VIRTUAL_ENV\r\nexit\r\n",
                       capture_output=True, text=True, timeout=120, cwd=cmd_bat.parent)
    # a line of its own, or after cmd's prompt (stdin is a pipe, not a console)
    assert any(line.endswith(f"VIRTUAL_ENV={hostile_venv}") for line in r.stdout.splitlines()), (r.stdout, r.stderr)


def test_windows_launchers_work_under_the_default_execution_policy(tmp_path):
    paths = launchers.write_launchers(tmp_path, "windows")
    texts = {p.name: p.read_bytes() for p in paths}
    assert set(texts) == {launchers.CMD, launchers.POWERSHELL}
    ps = texts[launchers.POWERSHELL].decode()
    # Bypass for this one process (no setting changed), the script found next to the launcher
    assert "-ExecutionPolicy Bypass -File \"%~dp0Scripts\\Activate.ps1\"" in ps and "Set-ExecutionPolicy" not in ps
    assert all(b"\r\n" in t and str(tmp_path).encode() not in t for t in texts.values())  # no path inside


@pytest.mark.skipif(os.name == "nt", reason="Linux terminal programs found on PATH")
def test_a_terminal_is_found_on_path_or_none_is_claimed(tmp_path, monkeypatch):
    launcher = tmp_path / launchers.SHELL
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert launchers.terminal_command(launcher) is None
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    xterm = bin_dir / "xterm"
    xterm.write_text("#!/bin/sh\n")
    xterm.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    assert launchers.terminal_command(launcher) == [str(xterm), "-e", str(launcher)]

