"""The guard's part in the activation scripts: uv reads no configuration inside a venv, so
the activated environment exports UV_CONSTRAINT (the user's own value kept in front, uv
splits it on spaces) and `deactivate` puts the previous value back.

Each edit is a block between markers: writing again replaces it, and `remove` takes it out.
The set-up block is appended (it runs after the script has activated); the restore block
goes first in the script's own deactivate (which the script also runs at its start, so a
second activation restores before it sets). Scripts of shells not listed (csh, nushell,
xonsh) are left alone, and so is a signed Activate.ps1 (Python's own; an edit would break
its signature): there uv does not see the guard. The URL is a file: URL, which
contains no quote, space or `$`; cmd's `%` is doubled.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.hostos import venv_scripts

BEGIN = "# >>> ipex-aot-installer guard >>>"
END = "# <<< ipex-aot-installer guard <<<"
SIGNED = "# SIG # Begin signature block"
BAT_BEGIN = "@REM >>> ipex-aot-installer guard >>>"
BAT_END = "@REM <<< ipex-aot-installer guard <<<"

SH_RESTORE = """\
    if [ -n "${_IPEX_GUARD_ON:-}" ] ; then
        if [ -n "${_IPEX_GUARD_UV_OLD+_}" ] ; then
            UV_CONSTRAINT="$_IPEX_GUARD_UV_OLD"
            export UV_CONSTRAINT
        else
            unset UV_CONSTRAINT
        fi
        unset _IPEX_GUARD_UV_OLD _IPEX_GUARD_ON
    fi
"""
SH_SET = """\
if [ -n "${UV_CONSTRAINT+_}" ] ; then
    _IPEX_GUARD_UV_OLD="$UV_CONSTRAINT"
    UV_CONSTRAINT="$UV_CONSTRAINT {url}"
else
    UV_CONSTRAINT='{url}'
fi
_IPEX_GUARD_ON=1
export UV_CONSTRAINT
"""
FISH_RESTORE = """\
    if set -q _IPEX_GUARD_ON
        if set -q _IPEX_GUARD_UV_OLD
            set -gx UV_CONSTRAINT $_IPEX_GUARD_UV_OLD
        else
            set -e UV_CONSTRAINT
        end
        set -e _IPEX_GUARD_UV_OLD
        set -e _IPEX_GUARD_ON
    end
"""
FISH_SET = """\
if set -q UV_CONSTRAINT
    set -g _IPEX_GUARD_UV_OLD $UV_CONSTRAINT
    set -gx UV_CONSTRAINT "$UV_CONSTRAINT {url}"
else
    set -gx UV_CONSTRAINT '{url}'
end
set -g _IPEX_GUARD_ON 1
"""
PS_RESTORE = """\
    if (Test-Path variable:global:_IPEX_GUARD_ON) {
        if (Test-Path variable:global:_IPEX_GUARD_UV_OLD) {
            $env:UV_CONSTRAINT = $global:_IPEX_GUARD_UV_OLD
            Remove-Variable -Name _IPEX_GUARD_UV_OLD -Scope Global
        } else {
            Remove-Item -Path env:UV_CONSTRAINT -ErrorAction SilentlyContinue
        }
        Remove-Variable -Name _IPEX_GUARD_ON -Scope Global
    }
"""
PS_SET = """\
if (Test-Path env:UV_CONSTRAINT) {
    $global:_IPEX_GUARD_UV_OLD = $env:UV_CONSTRAINT
    $env:UV_CONSTRAINT = "$env:UV_CONSTRAINT {url}"
} else {
    $env:UV_CONSTRAINT = '{url}'
}
$global:_IPEX_GUARD_ON = $true
"""
# cmd: activate.bat runs again without deactivating first, so the old value is saved once.
# No `%` after an `if`: Wine's cmd expands an if's command a second time (%%20 became 0).
BAT_SET = """\
@if defined _IPEX_GUARD_ON goto :_ipex_guard_saved
@if defined UV_CONSTRAINT set "_IPEX_GUARD_UV_OLD=%UV_CONSTRAINT%"
:_ipex_guard_saved
@set "_IPEX_GUARD_ON=1"
@set "_IPEX_GUARD_URL={url}"
@if defined _IPEX_GUARD_UV_OLD goto :_ipex_guard_both
@set "UV_CONSTRAINT=%_IPEX_GUARD_URL%"
@goto :_ipex_guard_done
:_ipex_guard_both
@set "UV_CONSTRAINT=%_IPEX_GUARD_UV_OLD% %_IPEX_GUARD_URL%"
:_ipex_guard_done
@set "_IPEX_GUARD_URL="
"""
BAT_RESTORE = """\
@if not defined _IPEX_GUARD_ON goto :_ipex_guard_off
@set "UV_CONSTRAINT=%_IPEX_GUARD_UV_OLD%"
:_ipex_guard_off
@set "_IPEX_GUARD_UV_OLD="
@set "_IPEX_GUARD_ON="
"""

# script name (lower case) -> (the line that opens deactivate, restore block, set-up block)
SHELLS = {
    "activate": (re.compile(r"^deactivate\s*\(\)\s*\{\s*$"), SH_RESTORE, SH_SET),
    "activate.fish": (re.compile(r"^function deactivate\b.*$"), FISH_RESTORE, FISH_SET),
    "activate.ps1": (re.compile(r"^function global:deactivate\b.*\{\s*$", re.IGNORECASE), PS_RESTORE, PS_SET),
}


def install(venv: Path, url: str) -> list[Path]:
    """Add (or renew) the guard in each activation script found; returns the scripts that carry it."""
    changed = []
    folder = venv_scripts(venv)
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        name = path.name.lower()
        if name in SHELLS:
            if SIGNED in _read(path):
                continue  # editing a signed script (Python's own Activate.ps1) breaks its signature
            opener, restore, setup = SHELLS[name]
            text = edit_script(_read(path), opener, restore, setup.replace("{url}", url))
        elif name == "activate.bat":
            text = _append(remove_blocks(_read(path), BAT_BEGIN, BAT_END),
                           _block(BAT_SET.replace("{url}", url.replace("%", "%%")), BAT_BEGIN, BAT_END))
        elif name == "deactivate.bat":
            text = _append(remove_blocks(_read(path), BAT_BEGIN, BAT_END), _block(BAT_RESTORE, BAT_BEGIN, BAT_END))
        else:
            continue
        if text is None:
            continue
        _write(path, text)
        changed.append(path)
    return changed


def edit_script(text: str, opener: re.Pattern[str], restore: str, setup: str) -> str | None:
    """The script with our restore block first in deactivate and our set-up block at the end;
    None when its deactivate cannot be found (then it is left as it is)."""
    text = remove_blocks(text, BEGIN, END)
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if opener.match(line.rstrip("\r\n")):
            lines.insert(i + 1, _block(restore, BEGIN, END))
            return _append("".join(lines), _block(setup, BEGIN, END))
    return None


def remove_blocks(text: str, begin: str, end: str) -> str:
    pattern = re.compile(rf"^[ \t]*{re.escape(begin)}\r?\n.*?^[ \t]*{re.escape(end)}[ \t]*\r?\n?",
                         re.DOTALL | re.MULTILINE)
    return pattern.sub("", text)


def _block(body: str, begin: str, end: str) -> str:
    return f"{begin}\n{body}{end}\n"


def _append(text: str, block: str) -> str:
    return text + ("" if text.endswith("\n") or not text else "\n") + block


def _read(path: Path) -> str:
    with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
        return f.read()


def _write(path: Path, text: str) -> bool:
    """In the script's own line ending (cmd and PowerShell scripts are often CRLF); a script
    that already reads so is not rewritten (a repeat install touches no file)."""
    old = _read(path)
    text = text.replace("\r\n", "\n")
    if "\r\n" in old:
        text = text.replace("\n", "\r\n")
    if text == old:
        return False
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)
    return True
