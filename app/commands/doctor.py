"""`doctor --venv DIR`: diagnose an existing environment; exit 0 healthy, 1 when something is wrong."""

from __future__ import annotations

import argparse
from pathlib import Path


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


def run(args: argparse.Namespace) -> int:
    from app.output import emit_json
    from app.report.doctor import render_text, run_doctor

    probe = None
    if args.probe:
        from app.report.bundle import read_probe

        probe = read_probe(Path(args.probe))
    report = run_doctor(Path(args.venv), probe=probe, check_xpu=args.check_xpu)
    if args.json:
        emit_json(report.to_json())
    else:
        print(render_text(report))
    return report.exit_code
