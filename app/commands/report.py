"""`report [--venv DIR] --out FILE.zip`: write a redacted support bundle."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, metavar="FILE.zip", help="where to write the bundle")
    parser.add_argument("--venv", metavar="DIR", help="also diagnose this virtual environment")
    parser.add_argument(
        "--probe",
        metavar="FILE",
        help="use a recorded probe (probe JSON or another bundle) instead of probing this machine",
    )


def run(args: argparse.Namespace) -> int:
    from app.output import emit_json
    from app.report.bundle import read_probe, write_bundle
    from app.report.venv_facts import venv_python

    venv = Path(args.venv) if args.venv else None
    if venv is not None:
        venv_python(venv)  # bad input (not a venv) is exit 2 before any work
    probe = read_probe(Path(args.probe)) if args.probe else None
    result = write_bundle(Path(args.out), venv=venv, probe=probe)
    if args.json:
        emit_json(
            {
                "out": str(result.path),
                "files": result.files,
                "redactions": result.redactions,
                "notes": result.notes,
                "doctor_healthy": result.doctor_healthy,
            }
        )
    else:
        from app.messages import msg
        from app.wording import say

        print(say(msg("report_written", path=str(result.path))))
        if result.redactions:  # kinds are the bundle's names for what it hid (data, as in REDACTIONS.txt)
            print(say(msg("report_redacted", items=[f"{r['kind']} ×{r['count']}" for r in result.redactions])))
        for note in result.notes:  # the bundle's own notes, in the English support reads
            print(say(msg("report_note", note=note)))
    return 0
