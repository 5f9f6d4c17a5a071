"""Commands the user copies into a shell (activation, cache variables), with every path
quoted so that it stays a name: a folder called `x$(cmd)`, `a'b`, `%PATH%` or `张三` is
passed as it is, never run or expanded.

Per shell:
- bash: POSIX single quotes (shlex.quote): nothing inside is special.
- PowerShell: single quotes, in which only a quote is special; it is doubled. PowerShell
  also takes the typographic quotes ‘ ’ ‚ ‛ as single quotes, so they are doubled too. A
  quoted path is run with the call operator `&`.
- cmd: double quotes keep & | < > ^ ( ) and spaces literal, but %VAR% is still expanded
  inside them and there is no escape for % on an interactive command line (^% and %% do
  not work there); ! expands when delayed expansion is on. A path with %, ! or " (or a
  control character) therefore gets no cmd command at all rather than a wrong one.
Control characters (a newline in a folder name) get no command in any shell: a pasted
line break would run the first half.
"""

from __future__ import annotations

import shlex
from pathlib import PurePosixPath, PureWindowsPath

_PS_QUOTES = "'\u2018\u2019\u201a\u201b"
_CMD_UNSAFE = set('%!"')


def _has_control(text: str) -> bool:
    return any(ord(c) < 32 or ord(c) == 127 for c in text)


def bash(word: str) -> str | None:
    if _has_control(word):
        return None
    return shlex.quote(word)


def powershell(word: str) -> str | None:
    if _has_control(word):
        return None
    return "'" + "".join(c + c if c in _PS_QUOTES else c for c in word) + "'"


def cmd(word: str) -> str | None:
    if _has_control(word) or any(c in _CMD_UNSAFE for c in word):
        return None
    return f'"{word}"'


def activation_commands(venv: str, os_name: str) -> dict[str, str]:
    """Commands that activate the venv, per shell, for the OS the venv lives on; a shell
    that cannot carry this path safely is left out. On Windows, bash means Git Bash, which
    reads the same Scripts folder with forward slashes."""
    out: dict[str, str | None] = {}
    if os_name == "windows":
        win = PureWindowsPath(venv)
        q_cmd = cmd(str(win / "Scripts" / "activate.bat"))
        q_ps = powershell(str(win / "Scripts" / "Activate.ps1"))
        q_bash = bash(str(win / "Scripts" / "activate").replace("\\", "/"))
        out = {"cmd": q_cmd, "powershell": f"& {q_ps}" if q_ps else None,
               "bash": f"source {q_bash}" if q_bash else None}
    else:
        q_bash = bash(str(PurePosixPath(venv) / "bin" / "activate"))
        out = {"bash": f"source {q_bash}" if q_bash else None}
    return {shell: text for shell, text in out.items() if text}


def set_variables(env: dict[str, str], os_name: str) -> dict[str, str]:
    """Commands that set the variables `env` in the current shell session, per shell of the
    OS; a shell that cannot carry every value safely is left out. Names are our own
    (SYCL_CACHE_DIR, ...), values are quoted."""
    shells = ("cmd", "powershell", "bash") if os_name == "windows" else ("bash",)
    out = {}
    for shell in shells:
        quote = {"cmd": cmd, "powershell": powershell, "bash": bash}[shell]
        maybe = {k: quote(v) for k, v in env.items()}
        quoted = {k: q for k, q in maybe.items() if q is not None}
        if len(quoted) != len(maybe):
            continue
        if shell == "bash":
            out[shell] = "export " + " ".join(f"{k}={q}" for k, q in quoted.items())
        elif shell == "powershell":
            out[shell] = "; ".join(f"$env:{k} = {q}" for k, q in quoted.items())
        else:  # set "NAME=value": the quotes around the pair keep & and ^ in the value literal
            out[shell] = " & ".join(f'set "{k}={q[1:-1]}"' for k, q in quoted.items())
    return out
