"""`python -m app` without a subcommand: the wizard when a display is available, otherwise
the same flow in the terminal (probe, then plan) with directions for the next step."""

from __future__ import annotations

import os
import sys


def display_available() -> bool:
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) or (
            os.environ.get("QT_QPA_PLATFORM", "") not in ("", "offscreen", "minimal")
        )
    return True


def run_terminal_flow(args) -> int:
    from app.probe.probe import probe_machine
    from app.probe.render import render_probe

    probe = probe_machine()
    print(render_probe(probe))
    print()
    print("Next: see which build fits this machine with   python -m app plan")
    print("      and install it with                      python -m app install --venv DIR")
    return 0
