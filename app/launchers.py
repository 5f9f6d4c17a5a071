"""Launchers saved in the environment: double-click one (or run it) and a shell opens with
the environment already active. The Finish page writes them and opens a terminal with them.

Each launcher finds the environment from its own location (%~dp0 in a .bat, $0 in a shell
script), so no path is written into it: a folder called `x$(cmd)`, `a'b` or `%PATH%` cannot
turn into a command. The cmd and shell launchers set what activation sets (VIRTUAL_ENV, PATH,
no PYTHONHOME) themselves rather than running the venv's activate scripts, because those have
the folder's path written inside double quotes, where bash runs `$(...)` and cmd expands
`%...%`. PowerShell's Activate.ps1 finds its folder itself; it runs with `-ExecutionPolicy
Bypass` on PowerShell's own command line, which applies to that one process only: it works
under Windows' default policy (Restricted) without changing any setting.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app import proc

CMD = "ipex-cmd.bat"
POWERSHELL = "ipex-powershell.bat"
SHELL = "ipex-shell.sh"

# CRLF: cmd.exe reads .bat files line by line and some labels misbehave with bare LF.
_CMD_TEXT = (
    "@echo off\r\n"
    "rem Opens Command Prompt with this Python environment active (IPEX AOT Installer).\r\n"
    'set "VIRTUAL_ENV=%~dp0"\r\n'
    'set "VIRTUAL_ENV=%VIRTUAL_ENV:~0,-1%"\r\n'
    'set "PATH=%VIRTUAL_ENV%\\Scripts;%PATH%"\r\n'
    'set "PYTHONHOME="\r\n'
    'if not defined PROMPT set "PROMPT=$P$G"\r\n'
    'set "PROMPT=(ipex) %PROMPT%"\r\n'
    "cmd.exe /k\r\n"
)
_POWERSHELL_TEXT = (
    "@echo off\r\n"
    "rem Opens PowerShell with this Python environment active (IPEX AOT Installer).\r\n"
    "rem -ExecutionPolicy Bypass applies to this PowerShell process only; no setting is changed.\r\n"
    'powershell.exe -NoLogo -NoExit -ExecutionPolicy Bypass -File "%~dp0Scripts\\Activate.ps1"\r\n'
)
_SHELL_TEXT = (
    "#!/usr/bin/env bash\n"
    "# Opens a shell with this Python environment active (IPEX AOT Installer).\n"
    'here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd) || exit 1\n'
    'VIRTUAL_ENV=$here\n'
    'PATH="$here/bin:$PATH"\n'
    "export VIRTUAL_ENV PATH\n"
    "unset PYTHONHOME\n"
    'exec "${SHELL:-/bin/bash}" -i\n'
)

# Terminal programs on Linux desktops, each with how it runs a command (first found wins).
TERMINALS = (
    ("x-terminal-emulator", "-e"),
    ("gnome-terminal", "--"),
    ("konsole", "-e"),
    ("xfce4-terminal", "-x"),
    ("xterm", "-e"),
)


def launcher_texts(os_name: str) -> dict[str, str]:
    """File name -> content of the launchers for a venv on `os_name`."""
    if os_name == "windows":
        return {CMD: _CMD_TEXT, POWERSHELL: _POWERSHELL_TEXT}
    return {SHELL: _SHELL_TEXT}


def write_launchers(venv: Path, os_name: str) -> list[Path]:
    """Write the launchers into the venv's folder (replacing ours from an earlier install)."""
    written = []
    for name, text in launcher_texts(os_name).items():
        path = Path(venv) / name
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        if os_name != "windows":
            path.chmod(0o755)
        written.append(path)
    return written


def terminal_command(launcher: Path) -> list[str] | None:
    """The command that opens a Linux terminal window running `launcher`; None when this
    desktop has none of the known terminal programs."""
    for program, flag in TERMINALS:
        found = shutil.which(program)
        if found:
            return [found, flag, str(launcher)]
    return None


def open_terminal(launcher: Path) -> bool:
    """Open a terminal window that runs `launcher`; False when none can be opened here."""
    if os.name == "nt":
        # A console window of its own; the launcher (.bat) is named from its folder: cmd would
        # expand %...% and act on & in a full path.
        proc.start_window(["cmd.exe", "/c", launcher.name], launcher.parent)
        return True
    command = terminal_command(launcher)
    if command is None:
        return False
    proc.start_window(command, launcher.parent)
    return True
