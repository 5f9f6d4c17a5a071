"""`python -m app` without a subcommand: the wizard when a display is available, otherwise
the same flow in the terminal (probe, then plan) with directions for the next step."""

from __future__ import annotations

import argparse
import os
import re
import socket
import sys
from pathlib import Path

from app import CLI
from app.messages import msg
from app.wording import say

X11_SOCKET_DIR = Path("/tmp/.X11-unix")
UI_CHOICE = "IPEX_INSTALLER_UI"  # "window" or "terminal": chosen by the user or a test
DRAW_NOWHERE = ("offscreen", "minimal")  # Qt platforms that show nothing to anyone
UOI_FLAGS, WSF_VISIBLE = 1, 0x0001
_X_DISPLAY = re.compile(r"^(?P<host>[^:]*):(?P<number>\d+)(?:\.\d+)?$")


def display_available() -> bool:
    return display_status()[0]


def display_status() -> tuple[bool, str | None]:
    """(whether the wizard can open a window, why not when a display was named but is gone).

    IPEX_INSTALLER_UI=window or =terminal decides on every system (scripts, tests). Otherwise:
    on Linux the display must answer: with a stale DISPLAY (an SSH session without X
    forwarding, a closed desktop) Qt would abort the process instead of falling back. On
    Windows see windows_display()."""
    choice = os.environ.get(UI_CHOICE, "").strip().lower()
    if choice in ("window", "terminal"):
        return choice == "window", None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if sys.platform == "win32":
        return windows_display(platform, desktop_visible()), None
    if not sys.platform.startswith("linux"):
        return True, None
    x11, wayland = os.environ.get("DISPLAY", ""), os.environ.get("WAYLAND_DISPLAY", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        # A platform chosen on purpose (offscreen, eglfs, vnc, ...); offscreen and minimal draw
        # nowhere, so they count only where a display is also named.
        return platform not in DRAW_NOWHERE or bool(x11 or wayland), None
    if (wayland and wayland_reachable(wayland)) or (x11 and x11_reachable(x11)):
        return True, None
    named = [f"{k}={v}" for k, v in (("DISPLAY", x11), ("WAYLAND_DISPLAY", wayland)) if v]
    return False, (msg("cli_no_display", names=named) if named else None)


def windows_display(platform: str, visible_desktop: bool) -> bool:
    """Windows always has a screen driver; what matters is whether anyone sees this session's
    windows. A service or an SSH session runs in a window station that is not visible: the
    wizard would wait there for clicks that never come, so the flow runs in the terminal, as
    on Linux without a display (and, as there, without a sentence: nothing was named). A Qt
    platform chosen on purpose decides as on Linux when no display is named."""
    if platform and not platform.startswith("windows"):
        return platform not in DRAW_NOWHERE
    return visible_desktop


def desktop_visible() -> bool:
    """Windows: whether this process's window station is shown to a user (WSF_VISIBLE, which
    only the interactive WinSta0 of a signed-in session has). If Windows cannot say, a window:
    that is what Qt does anyway."""
    import ctypes
    from ctypes import wintypes

    class UserObjectFlags(ctypes.Structure):  # USEROBJECTFLAGS
        _fields_ = [("fInherit", wintypes.BOOL), ("fReserved", wintypes.BOOL), ("dwFlags", wintypes.DWORD)]

    try:
        user32 = ctypes.WinDLL("user32", use_last_error=True)  # type: ignore[attr-defined, unused-ignore]
        user32.GetProcessWindowStation.restype = wintypes.HANDLE
        user32.GetUserObjectInformationW.argtypes = [wintypes.HANDLE, ctypes.c_int, ctypes.c_void_p,
                                                     wintypes.DWORD, ctypes.POINTER(wintypes.DWORD)]
        user32.GetUserObjectInformationW.restype = wintypes.BOOL
        station = user32.GetProcessWindowStation()
        flags, needed = UserObjectFlags(), wintypes.DWORD(0)
        if not station or not user32.GetUserObjectInformationW(station, UOI_FLAGS, ctypes.byref(flags),
                                                               ctypes.sizeof(flags), ctypes.byref(needed)):
            return True
    except (OSError, AttributeError):
        return True
    return bool(flags.dwFlags & WSF_VISIBLE)


def wayland_reachable(name: str) -> bool:
    path = Path(name) if os.path.isabs(name) else Path(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    return path.is_socket()


def x11_reachable(display: str, socket_dir: Path = X11_SOCKET_DIR, timeout: float = 0.5) -> bool:
    """Whether an X server listens for `display` (':0', 'unix:1', 'localhost:10.0')."""
    m = _X_DISPLAY.match(display)
    if m is None:
        return False
    number, host = int(m.group("number")), m.group("host")
    if host in ("", "unix"):
        path = socket_dir / f"X{number}"
        # Xorg also listens on the abstract name (a container on the host network sees only it).
        return path.is_socket() or _unix_listens("\0" + str(path), timeout)
    try:  # a TCP display, as SSH X forwarding sets it: port 6000 + number
        with socket.create_connection((host, 6000 + number), timeout=timeout):
            return True
    except OSError:
        return False


def run_terminal_flow(args: argparse.Namespace) -> int:
    """Probe this machine, plan for its primary GPU, print both; exit 0 when a build fits,
    1 when none does (the plan says why)."""
    from app.catalog import planner
    from app.probe.probe import probe_machine

    probe = probe_machine()
    plan = planner.plan(probe)
    if args.json:
        from app.output import emit_json

        emit_json({"probe": probe.to_json(), "plan": plan.to_json()})
        return 0 if plan.choice else 1
    from app.catalog.summary import summary
    from app.probe.render import render_probe

    print(render_probe(probe))
    print()
    print(say(msg("flow_plan_heading")))
    sys.stdout.write(summary(plan))
    print()
    if plan.choice:
        print(say(msg("flow_next_install", command=f"{CLI} install --venv DIR")))
        print("      " + say(msg("flow_next_why", command=f"{CLI} plan --json")))
        return 0
    print(say(msg("flow_next_other", command=f"{CLI} plan --gpu PCI_ID --os windows|linux --python X.Y")))
    return 1


def _unix_listens(address: str, timeout: float) -> bool:
    try:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.settimeout(timeout)
            sock.connect(address)
            return True
    except OSError:
        return False
