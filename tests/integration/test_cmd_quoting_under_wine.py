"""The cmd lines the Finish page offers, run by a real cmd.exe (Wine's) from a batch file: a folder
named with & ^ ( ) ' $ stays a name. (Names with % or ! get no cmd line at all: app/shell_quote.py.)"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from app.shell_quote import activation_commands, set_variables

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("wine") is None, reason="needs Wine's cmd.exe")]

PREFIX = Path.home() / ".cache" / "ipex-aot-installer-tests" / "wine-prefix"  # made once, ~15 s


def _wine_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")  # Wine maps / to drive Z:


def _run_batch(lines: list[str], folder: Path) -> str:
    bat = folder / "run.bat"
    bat.write_bytes(("@echo off\r\n" + "\r\n".join(lines) + "\r\n").encode("ascii"))
    env = {**os.environ, "WINEPREFIX": str(PREFIX), "WINEDEBUG": "-all"}
    PREFIX.parent.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["wine", "cmd", "/c", _wine_path(bat)], capture_output=True, text=True, env=env,
                       timeout=300, cwd=folder)
    return r.stdout


@pytest.mark.parametrize("name", ["a&b (c) ^d", "it's $(x) & echo pwned", "semi;colon,comma=eq"])
def test_cmd_runs_the_activation_script_of_exactly_that_folder(tmp_path, name):
    venv = tmp_path / name / "venv"
    (venv / "Scripts").mkdir(parents=True)
    (venv / "Scripts" / "activate.bat").write_bytes(b'@echo off\r\necho SOURCED="%~f0"\r\n')
    line = activation_commands(_wine_path(venv), "windows")["cmd"]
    out = _run_batch([line], tmp_path)
    assert out.strip().splitlines() == [f'SOURCED="{_wine_path(venv)}\\Scripts\\activate.bat"'], out


def test_cmd_sets_the_cache_variables_to_exactly_those_folders(tmp_path):
    base = _wine_path(tmp_path / "a&b (c) ^d")
    env = {"SYCL_CACHE_PERSISTENT": "1", "SYCL_CACHE_DIR": base + "\\sycl"}
    line = set_variables(env, "windows")["cmd"]
    out = _run_batch([line, 'echo P="%SYCL_CACHE_PERSISTENT%"', 'echo D="%SYCL_CACHE_DIR%"'], tmp_path)
    assert out.strip().splitlines() == ['P="1"', f'D="{base}\\sycl"'], out


def test_a_folder_with_percent_gets_no_cmd_line_because_cmd_expands_it_even_in_quotes(tmp_path):
    """Why: the plain double-quoted line (what the Finish page offered before) runs another path."""
    venv = tmp_path / "%OS%x" / "venv"
    (venv / "Scripts").mkdir(parents=True)
    (venv / "Scripts" / "activate.bat").write_bytes(b'@echo off\r\necho SOURCED="%~f0"\r\n')
    naive = f'"{_wine_path(venv)}\\Scripts\\activate.bat"'
    out = _run_batch([naive], tmp_path)
    assert "SOURCED" not in out  # %OS% became Windows_NT: not this folder
    commands = activation_commands(_wine_path(venv), "windows")
    assert "cmd" not in commands and {"powershell", "bash"} <= set(commands)
