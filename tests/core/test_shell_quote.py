"""Commands offered for pasting keep every folder name a name, in bash, PowerShell and cmd."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from app import flow, proc
from app.shell_quote import activation_commands, bash, cmd, powershell, set_variables

NASTY = ["my env", "it's", 'say "hi"', "x$(touch pwned)", "x`touch pwned`", "%PATH%", "a&b|c^d", "张三 的环境",
         "$HOME", "semi;colon", "back\\slash", "!bang", "‘curly’"]


# ---- bash, for real ---------------------------------------------------------------------------

# The lines are run in a real bash (a POSIX shell; Windows has none of its own).
NEEDS_BASH = pytest.mark.skipif(shutil.which("bash") is None, reason="runs the line in bash, a POSIX shell "
                                "this system does not have")


def _bash(line: str, cwd) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "--noprofile", "--norc", "-c", line], cwd=cwd, capture_output=True, text=True,
                          env={"PATH": os.environ["PATH"], "HOME": str(cwd)}, timeout=60)


@NEEDS_BASH
@pytest.mark.parametrize("name", NASTY + ["x$(touch pwned)'$(touch pwned2)'"])
def test_bash_activation_with_a_hostile_folder_name_runs_nothing_and_uses_that_folder(tmp_path, name):
    venv = tmp_path / name / "venv"
    (venv / "bin").mkdir(parents=True)
    # A stand-in activate script that reports which file bash really sourced.
    (venv / "bin" / "activate").write_text('SOURCED="${BASH_SOURCE[0]}"\n', encoding="utf-8")
    line = activation_commands(str(venv), "linux")["bash"]
    r = _bash(line + '; printf "%s" "$SOURCED"', tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == str(venv / "bin" / "activate")
    assert not list(tmp_path.rglob("pwned*"))


@NEEDS_BASH
def test_bash_activates_a_real_venv_in_a_folder_named_like_a_command(tmp_path):
    from app.envs.interpreter import uv_bin

    venv = tmp_path / "x$(touch pwned)" / "ipex env"
    r = proc.run([uv_bin(), "venv", str(venv)], env=proc.clean_env())
    assert r.returncode == 0, r.stderr
    line = flow.activation_commands(str(venv), "linux")["bash"]
    r = _bash(line + ' && python -c "import sys; print(sys.prefix)"', tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == str(venv)
    assert not list(tmp_path.rglob("pwned"))


@NEEDS_BASH
def test_bash_variables_keep_their_values(tmp_path):
    env = {"SYCL_CACHE_DIR": str(tmp_path / "x$(touch pwned)" / "sycl"), "NEO_CACHE_DIR": str(tmp_path / "it's `id`")}
    line = set_variables(env, "linux")["bash"]
    r = _bash(line + '; printf "%s\\n%s" "$SYCL_CACHE_DIR" "$NEO_CACHE_DIR"', tmp_path)
    assert r.stdout.split("\n") == [env["SYCL_CACHE_DIR"], env["NEO_CACHE_DIR"]]
    assert not list(tmp_path.rglob("pwned"))


# ---- PowerShell and cmd, by their rules -------------------------------------------------------

def _ps_unquote(text: str) -> str:
    """PowerShell's reading of a single-quoted string: a doubled quote is one quote."""
    assert text[0] == "'" and text[-1] == "'"
    quotes = "'\u2018\u2019\u201a\u201b"
    body, out, i = text[1:-1], [], 0
    while i < len(body):
        c = body[i]
        if c in quotes:
            assert i + 1 < len(body) and body[i + 1] in quotes, f"a lone quote would end the string: {text}"
            i += 1
        out.append(c)
        i += 1
    return "".join(out)


@pytest.mark.parametrize("name", NASTY)
def test_powershell_single_quotes_keep_every_name_literal(name):
    quoted = powershell(name)
    assert _ps_unquote(quoted) == name
    assert "$" not in quoted or quoted.startswith("'")  # $ and ` are literal only inside single quotes


def test_powershell_activation_uses_the_call_operator():
    cmds = activation_commands(r"C:\Users\张三\it's $(evil)", "windows")
    assert cmds["powershell"] == r"& 'C:\Users\张三\it''s $(evil)\Scripts\Activate.ps1'"


def test_cmd_quotes_what_it_can_and_refuses_what_it_cannot():
    assert cmd(r"C:\a&b|c^d (x)") == r'"C:\a&b|c^d (x)"'  # literal inside double quotes
    for unsafe in (r"C:\%PATH%", r"C:\!bang", 'C:\\say "hi"', "C:\\a\nb"):
        assert cmd(unsafe) is None
    cmds = activation_commands(r"C:\Users\%USERNAME%\venv", "windows")
    assert "cmd" not in cmds and cmds["powershell"] == r"& 'C:\Users\%USERNAME%\venv\Scripts\Activate.ps1'"
    assert cmds["bash"] == "source C:/Users/%USERNAME%/venv/Scripts/activate"  # nothing special to bash


def test_windows_activation_for_an_ordinary_path_with_spaces_and_chinese():
    assert activation_commands(r"C:\Users\张三\ipex venv", "windows") == {
        "cmd": '"C:\\Users\\张三\\ipex venv\\Scripts\\activate.bat"',
        "powershell": "& 'C:\\Users\\张三\\ipex venv\\Scripts\\Activate.ps1'",
        "bash": "source 'C:/Users/张三/ipex venv/Scripts/activate'",
    }


def test_a_line_break_in_a_name_gets_no_command_in_any_shell():
    assert activation_commands("/home/a\nrm -rf ~/x", "linux") == {}
    assert bash("a\nb") is None and powershell("a\rb") is None


def test_variables_per_windows_shell():
    env = {"SYCL_CACHE_PERSISTENT": "1", "SYCL_CACHE_DIR": r"C:\Users\Public\it's\sycl"}
    out = set_variables(env, "windows")
    assert out["cmd"] == 'set "SYCL_CACHE_PERSISTENT=1" & set "SYCL_CACHE_DIR=C:\\Users\\Public\\it\'s\\sycl"'
    assert out["powershell"] == ("$env:SYCL_CACHE_PERSISTENT = '1'; "
                                 "$env:SYCL_CACHE_DIR = 'C:\\Users\\Public\\it''s\\sycl'")
    assert "cmd" not in set_variables({"X": r"C:\%TEMP%\c"}, "windows")
