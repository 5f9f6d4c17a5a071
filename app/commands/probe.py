"""`python -m app probe [--json] [--sysfs-root DIR] [--windows-snapshot FILE]`."""

from __future__ import annotations

import argparse


def configure(parser: argparse.ArgumentParser) -> None:
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--sysfs-root",
        metavar="DIR",
        help="read a directory laid out like Linux /sys instead of this machine "
        "(a 'dev' directory beside it, if present, is used for the render-node check)",
    )
    source.add_argument(
        "--windows-snapshot",
        metavar="FILE",
        help="read the JSON PowerShell prints for Get-CimInstance Win32_VideoController | "
        "Select-Object Name,PNPDeviceID,DriverVersion,DriverDate,AdapterRAM,Status | "
        "ConvertTo-Json",
    )
    parser.add_argument(
        "--no-pythons",
        action="store_true",
        help="skip looking for Python interpreters (faster; GPUs and drivers only)",
    )


def run(args: argparse.Namespace) -> int:
    from app.probe.probe import probe_machine

    probe = probe_machine(
        sysfs_root=args.sysfs_root,
        windows_snapshot=args.windows_snapshot,
        with_pythons=not args.no_pythons,
    )
    if args.json:
        from app.output import emit_json

        emit_json(probe.to_json())
    else:
        from app.probe.render import render_probe

        print(render_probe(probe, pythons_looked_for=not args.no_pythons))
    return 0
