"""A venv folder's name must never run code or break the environment (the CVE-2024-9287 kind).

What was run and seen (uv 0.13.9, bash 5.2, fish 3.6, tcsh 6.24; each venv made by
app.envs.venv.create and move_into_place, as an install makes it; the tests below repeat it):
- `uv venv --relocatable --prompt NAME` (our uv backend, any Python): the path is found at run
  time, but the folder's name goes into bin/activate inside double quotes
  (VIRTUAL_ENV_PROMPT="NAME"): `$(touch PWNED)` and `` `touch PWNED` `` in the name ran when
  bash sourced it, and `"` stopped the script on a syntax error (exit status 2, the shell's
  prompt emptied, also after deactivate).
- `python -m venv` (our pip backend) on CPython without the CVE-2024-9287 fix (pyenv's 3.10.13,
  3.11.7, 3.12.1, 3.13.0 here): VIRTUAL_ENV="PATH" in bin/activate: the same `$(...)` and
  backquotes ran, `$HOME` set VIRTUAL_ENV and PATH to another folder, `"` was a syntax error;
  activate.csh ran the backquotes too.
- `python -m venv` with the fix (Debian's 3.11.2-6+deb12u6): the path is shell-quoted, so a `'`
  in it is written as '"'"' and our move from the staging folder (a plain text replace) no
  longer finds it: VIRTUAL_ENV and PATH named the staging folder, which is gone.
- activate.fish agreed (without the fix `$(...)`, `$HOME` and `"` broke it; with it `'`); uv's
  fish script kept VIRTUAL_ENV and PATH right for every name here.
- activate.csh (`python -m venv`, every version above): `!` is csh history even inside quotes
  ("x: Event not found.", VIRTUAL_ENV unset); a line break: "Unmatched '\"'.".
- Harmless in every one of these scripts: spaces, Chinese, & ; | < # * ~ ^ { } \\ and % on Linux.
Windows (uv.exe and cmd.exe under Wine 8; the Windows lane's Python has no venv module):
- uv's activate.bat finds the path itself (%~dp0) but sets the prompt from the name, and cmd
  expands %NAME% there; our own Command Prompt line cannot quote % either (app.shell_quote).
- uv's Scripts\\activate (Git Bash) and activate.ps1 hold the name inside double quotes, where
  bash runs $(...) and backquotes (as above) and PowerShell runs $(...).
So app.envs.venv.UNSAFE_IN_VENV_PATH refuses those characters, for a new venv and an existing
one alike, before any file is touched.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from mirror.server import MirrorServer

from app.catalog.plan_model import Choice, FileRef, Plan, Step
from app.envs import venv as venvs
from app.envs.interpreter import uv_bin
from app.errors import BadInput
from app.hostos import IS_WINDOWS
from app.install.engine import install

POSIX_ONLY = pytest.mark.skipif(IS_WINDOWS or shutil.which("bash") is None,
                                reason="sources bin/activate in bash, a POSIX shell")
# CPython's fix (3.13.1, 3.12.8, 3.11.11, 3.10.16, 3.9.21, and distributions' backports) quotes
# the values it writes into the scripts with shlex.quote.
def _venv_quotes() -> bool:
    try:
        import venv
    except ImportError:  # the Windows lane's embeddable CPython has no venv module
        return False
    return "shlex.quote" in inspect.getsource(venv.EnvBuilder.replace_variables)


QUOTING_VENV = _venv_quotes()
UNQUOTED = pytest.mark.skipif(QUOTING_VENV, reason="this Python's venv has the CVE-2024-9287 fix: it "
                              "quotes the path it writes into bin/activate")
QUOTED = pytest.mark.skipif(not QUOTING_VENV, reason="this Python's venv writes the path unquoted "
                            "(no CVE-2024-9287 fix), so a ' in it stays as it is")
CSH = pytest.mark.skipif(shutil.which("tcsh") is None, reason="needs tcsh (csh) to source activate.csh")


def make_venv(backend: str, parent: Path, name: str) -> Path:
    """A real venv at parent/name, made as an install makes it (staging folder, then moved)."""
    target = parent / name
    staging = venvs.sibling(target, "staging")
    venvs.create(sys.executable, staging, uv=uv_bin() if backend == "uv" else None,
                 with_pip=backend == "venv", prompt=name)
    venvs.move_into_place(staging, target)
    return target


def source_in(shell: list[str], script: str, venv: Path) -> tuple[bool, bool]:
    """(the name's code ran, the script succeeded and VIRTUAL_ENV is the venv) after `script`
    sourced the venv's activation script."""
    env = {"PATH": os.environ["PATH"], "HOME": str(venv.parent), "PS1": "$ ", "VENV": str(venv)}
    r = subprocess.run([*shell, script], cwd=venv.parent, env=env, capture_output=True, text=True, timeout=60)
    return (venv.parent / "PWNED").exists(), "ACTIVE" in r.stdout


def bash_activate(venv: Path) -> tuple[bool, bool]:
    return source_in(["bash", "-c"], '. "$VENV/bin/activate" && [ "$VIRTUAL_ENV" = "$VENV" ] && '
                     '[ "${PATH%%:*}" = "$VENV/bin" ] && echo ACTIVE', venv)


def csh_activate(venv: Path) -> tuple[bool, bool]:
    return source_in(["tcsh", "-f", "-c"], 'source "$VENV/bin/activate.csh"; '
                     'if ( "$VIRTUAL_ENV" == "$VENV" ) echo ACTIVE', venv)


# -- the finding: these names run code or misset the environment in the real scripts ------------

@POSIX_ONLY
@pytest.mark.parametrize("name", ["ipex$(touch PWNED)env", "ipex`touch PWNED`env"])
def test_uv_activate_runs_code_in_the_folder_name(tmp_path, name):
    ran, _ = bash_activate(make_venv("uv", tmp_path, name))
    assert ran, "uv now quotes the prompt it writes: look again at which characters UNSAFE_IN_VENV_PATH needs"


@POSIX_ONLY
def test_uv_activate_stops_on_a_double_quote(tmp_path):
    ran, active = bash_activate(make_venv("uv", tmp_path, 'ipex"env'))
    assert not active and not ran


@UNQUOTED
@POSIX_ONLY
@pytest.mark.parametrize("name, runs", [("ipex$(touch PWNED)env", True), ("ipex`touch PWNED`env", True),
                                        ("ipex$HOME", False), ('ipex"env', False)])
def test_python_venv_without_the_fix_runs_or_misreads_the_path(tmp_path, name, runs):
    ran, active = bash_activate(make_venv("venv", tmp_path, name))
    assert ran == runs and not active


@QUOTED
@POSIX_ONLY  # closest to the test: pytest gives the first true reason
def test_python_venv_with_the_fix_quotes_a_quote_our_move_then_misses(tmp_path):
    ran, active = bash_activate(make_venv("venv", tmp_path, "ipex'env"))
    assert not ran and not active


@CSH
@POSIX_ONLY
@pytest.mark.parametrize("name", ["ipex!env", "ipex\nenv"])
def test_python_venv_activate_csh_breaks_on_history_and_line_breaks(tmp_path, name):
    ran, active = csh_activate(make_venv("venv", tmp_path, name))
    assert not ran and not active


@POSIX_ONLY
@pytest.mark.parametrize("backend", ["uv", "venv"])
def test_spaces_chinese_and_other_signs_activate_as_they_are(tmp_path, backend):
    name = "ipex 环境 & ; | # ~ ^ {x} % (1)"
    venv = make_venv(backend, tmp_path, name)
    assert bash_activate(venv) == (False, True)
    assert venvs.unsafe_path_problem(str(venv)) is None


@pytest.mark.skipif(not IS_WINDOWS, reason="uv's Windows scripts, with activate.bat run in cmd.exe")
def test_uv_on_windows_writes_the_name_where_its_scripts_expand_it(tmp_path):
    """Under Wine 8 (uv.exe, cmd.exe): activate.bat sets the prompt from the name with %OS%
    expanded (cmd expands %NAME% in a batch line, quotes or not; Windows' own cmd does the
    same); Scripts\\activate (for Git Bash) and activate.ps1 carry the name inside double quotes,
    where bash (the test above) and PowerShell run $(...). PowerShell itself is not run here."""
    name = "ipex$(touch PWNED)%OS%env"
    venv = make_venv("uv", tmp_path, name)
    scripts = venv / "Scripts"
    r = subprocess.run(["cmd.exe", "/d", "/c", "activate.bat && set VIRTUAL_ENV_PROMPT"], cwd=scripts,
                       capture_output=True, text=True, timeout=120)
    assert "VIRTUAL_ENV_PROMPT=ipex$(touch PWNED)Windows_NTenv" in r.stdout.splitlines(), (r.stdout, r.stderr)
    assert f'VIRTUAL_ENV_PROMPT="{name}"' in (scripts / "activate").read_text(encoding="utf-8")
    assert f'$env:VIRTUAL_ENV_PROMPT = "{name}"' in (scripts / "activate.ps1").read_text(encoding="utf-8")


# -- the refusal: one coded sentence, before anything is created --------------------------------

UNSAFE = venvs.UNSAFE_IN_VENV_PATH["windows" if IS_WINDOWS else "linux"]


@pytest.fixture
def plan():
    server = MirrorServer().start()
    data = b"not really a wheel"
    name = "torch-2.8.0+xpu-cp311-cp311-linux_x86_64.whl"
    ref = FileRef(url=server.add_file(f"/files/{name}", data), filename=name,
                  sha256=hashlib.sha256(data).hexdigest())
    step = Step(id="torch", files=[ref], index_url=server.pypi_index())
    yield Plan(choice=Choice(build_id="b", channel="torch-xpu", ipex_version=None, torch_version="2.8.0+xpu",
                             python="3.11", os="linux", expect="aot", matched_target=None, steps=[step],
                             reasons=[]))
    assert server.requests == []  # refused before any download
    server.stop()


@pytest.mark.parametrize("char", UNSAFE)
def test_a_new_venv_in_such_a_folder_is_refused_before_anything_is_created(tmp_path, plan, char):
    parent = tmp_path / "projects"
    target = parent / f"ipex{char}env"
    for dry_run in (True, False):
        with pytest.raises(BadInput) as info:
            install(plan, target, dry_run=dry_run)
        assert info.value.message().code == "venv_path_unsafe_chars"
        assert info.value.message().params["chars"] == (char.replace("\n", "U+000A"),)
    assert list(tmp_path.iterdir()) == []  # not the folder, its parent, a staging folder or a log


def test_an_existing_venv_in_such_a_folder_is_refused_and_left_as_it_was(tmp_path, plan):
    venv = tmp_path / "ipex$(touch PWNED)env"
    r = subprocess.run([uv_bin(), "venv", "--no-project", "--python", sys.executable, str(venv)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    before = {p: p.stat().st_mtime_ns for p in venv.rglob("*")}
    with pytest.raises(BadInput) as info:
        install(plan, venv)
    assert info.value.message().code == "venv_path_unsafe_chars"
    assert {p: p.stat().st_mtime_ns for p in venv.rglob("*")} == before
    assert sorted(tmp_path.iterdir()) == [venv]


def test_the_command_line_refuses_with_exit_2_and_one_sentence(tmp_path, plan, run_cli):
    (tmp_path / "plan.json").write_text(json.dumps(plan.to_json()), encoding="utf-8")
    target = tmp_path / "ipex$env`x`"
    r = run_cli("install", "--plan", tmp_path / "plan.json", "--venv", target, "--yes")
    assert r.returncode == 2, r.stderr
    assert r.stderr.strip().splitlines() == [
        f"The folder {target} has $, ` in its path, which the environment's activation scripts would run as "
        "a command or misread; choose a folder whose path has none of these characters."]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json"]


def test_only_the_characters_shown_dangerous_are_refused():
    ok = "C:\\Users\\李雷\\AI projects (2)\\ipex & env; #1 ~ ^ {x} + = @ [a] 'b' !c"
    assert venvs.unsafe_path_problem(ok.replace("'", "").replace("!", ""), windows=False) is None
    assert venvs.unsafe_path_problem(ok, windows=True) is None
    assert venvs.unsafe_path_problem("/home/li/ipex 环境/venv %PATH%", windows=False) is None
    problem = venvs.unsafe_path_problem("C:\\AI\\100%\\ipex$env", windows=True)
    assert problem is not None and problem.params["chars"] == ("%", "$")
