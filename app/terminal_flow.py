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
    """Probe this machine, plan for its primary GPU, print both; exit 0 when a build fits,
    1 when none does (the plan says why)."""
    from app.catalog import planner
    from app.probe.probe import probe_machine

    probe = probe_machine()
    plan = planner.plan(probe)
    if args.json:
        from app.cli import emit_json

        emit_json({"probe": probe.to_json(), "plan": plan.to_json()})
        return 0 if plan.choice else 1
    from app.catalog.summary import summary
    from app.probe.render import render_probe

    print(render_probe(probe))
    print()
    print("Plan for this machine:")
    sys.stdout.write(summary(plan))
    print()
    if plan.choice:
        print("Next: install it with        python -m app install --venv DIR")
        print("      other builds, why:     python -m app plan --json")
        return 0
    print("Next: plan for another GPU or Python with   python -m app plan --gpu PCI_ID --os windows|linux --python X.Y")
    return 1
