"""`doctor --venv DIR`: diagnose an existing environment; exit 0 healthy, 1 when something is wrong.

`--fix` first puts back exactly the planned set the environment keeps from our install
(app/install/repair.py: transactional, rolled back on failure) and shows before and after;
exit 1 when the repair failed (the environment is as it was), 2 when there is no kept plan."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.install.repair import RepairResult


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--venv", required=True, metavar="DIR", help="the virtual environment to check")
    parser.add_argument(
        "--probe",
        metavar="FILE",
        help="use a recorded probe (probe JSON or a support bundle) instead of probing this machine",
    )
    parser.add_argument(
        "--check-xpu",
        action="store_true",
        help="also import torch in the venv and ask torch.xpu (takes several seconds)",
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="put back exactly the planned packages when they were replaced or removed (transactional)",
    )


def run(args: argparse.Namespace) -> int:
    from app.output import emit_json
    from app.report.doctor import render_text, run_doctor

    probe = None
    if args.probe:
        from app.report.bundle import read_probe

        probe = read_probe(Path(args.probe))
    repaired = _fix(Path(args.venv), quiet=args.json) if args.fix else None
    report = run_doctor(Path(args.venv), probe=probe, check_xpu=args.check_xpu)
    if args.json:
        emit_json({**report.to_json(), **({"repair": repaired.to_json()} if repaired else {})})
    else:
        print(render_text(report))
    return report.exit_code


def _fix(venv: Path, quiet: bool) -> RepairResult:
    """Repair, printing each change as before -> after; an AppError (exit 1, or 2 without a
    kept plan) leaves the environment as it was and ends the command."""
    from app.commands.install import Terminal
    from app.install.repair import repair
    from app.messages import msg
    from app.wording import say

    view = Terminal(bar=False, quiet=quiet)
    result = repair(venv, on_event=view.event)
    view.finish()
    if not quiet:
        if not result.changes:
            print(say(msg("repair_nothing", venv=str(venv))))
        else:
            print(say(msg("repair_done", venv=str(venv), count=len(result.changes))))
            for change in result.changes:
                print("  " + say(change.sentence()))
        print()
    return result
