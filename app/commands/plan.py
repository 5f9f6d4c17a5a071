"""`python -m app plan`: pick the build for this GPU, OS and Python, and say why.

Input is the live machine, a saved probe (--probe FILE), or a PCI id (--gpu) with --os and
--python. --json prints the plan contract of docs/ARCHITECTURE.md; without it, a short summary.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.catalog.model import CHANNEL_SETS
from app.errors import BadInput
from app.hostos import os_name
from app.messages import msg

if TYPE_CHECKING:
    from app.catalog.model import Catalog
    from app.catalog.plan_model import Plan
    from app.probe.model import Probe



def configure(parser: argparse.ArgumentParser) -> None:
    src = parser.add_argument_group("what to plan for (default: this machine)")
    src.add_argument("--probe", metavar="FILE", help="a probe saved with 'probe --json', or a support bundle zip")
    src.add_argument("--gpu", metavar="PCI_ID", help="a PCI device id such as 0x56A0 (with --os and --python)")
    src.add_argument("--revision", metavar="REV", help="the PCI revision of --gpu, such as 0x08")
    parser.add_argument("--os", choices=("windows", "linux"), help="target OS (default: the probe's or this one)")
    parser.add_argument("--python", metavar="X.Y", help="target Python version, such as 3.11")
    parser.add_argument(
        "--channel",
        choices=tuple(CHANNEL_SETS),
        default="ipex",
        help="ipex (official or community IPEX, the default), ipex-official, ipex-community, or torch-xpu",
    )
    parser.add_argument("--ipex", metavar="VERSION", help="only IPEX builds of this version (2.5.10, 2.8)")
    parser.add_argument("--torch", metavar="VERSION", help="only builds with this torch version")
    parser.add_argument("--catalog", metavar="FILE", help="use this catalog instead of the built-in one")
    newer = parser.add_argument_group("newer releases (reads an index over the network)")
    newer.add_argument("--check-newer", action="store_true",
                       help="look on the PyTorch XPU index for releases newer than the catalog and list them as "
                            "not yet verified")
    newer.add_argument("--newer-index", metavar="URL",
                       help="the index to look on (default: the one the catalog's upstream builds use); implies "
                            "--check-newer")


def _check_python(text: str | None) -> str | None:
    if text is None:
        return None
    from app.catalog.wheels import parse_python

    try:
        major, minor = parse_python(text)
    except ValueError:
        raise BadInput(msg("python_version_bad", value=text)) from None
    return f"{major}.{minor}"


def _check_pin(text: str | None, what: str) -> str | None:
    if text is None:
        return None
    from packaging.version import InvalidVersion, Version

    try:
        Version(text.strip())
    except InvalidVersion:
        raise BadInput(msg("version_bad", value=text, option=what)) from None
    return text.strip()


def make_plan(args: argparse.Namespace) -> Plan:
    from app.catalog import store

    if args.probe and args.gpu:
        raise BadInput(msg("options_exclusive", first="--probe", second="--gpu"))
    newer_index = getattr(args, "newer_index", None)
    if newer_index:
        from app.untrusted_names import check_url

        newer_index = check_url(newer_index, "--newer-index", opt_in="")  # refused before any I/O
    catalog = store.load(args.catalog)
    plan = _plan(args, catalog)
    if newer_index or getattr(args, "check_newer", False):
        from app.catalog import newer

        newer.attach(plan, catalog, plan.inputs["os"], newer_index, newer.reader_fetch(NEWER_TIMEOUT))
    return plan


NEWER_TIMEOUT = 10.0  # seconds of silence per index page: a notice must not hold the plan up for long


def _plan(args: argparse.Namespace, catalog: Catalog) -> Plan:
    from app.catalog import planner

    prefs = planner.Prefs(channel=args.channel, ipex=_check_pin(args.ipex, "--ipex"),
                          torch=_check_pin(args.torch, "--torch"), python=_check_python(args.python))
    if args.gpu:
        from app.probe.devices import make_gpu

        gpu = make_gpu(args.gpu, args.revision)
        return planner.plan_for_gpu(gpu, args.os or os_name(), catalog, prefs)
    if args.probe:
        probe = _read_probe(args.probe)
    else:
        from app.probe.probe import probe_machine

        probe = probe_machine()
    if args.os:
        probe.os = args.os
    return planner.plan(probe, catalog, prefs)


def _read_probe(path: str) -> Probe:
    """A probe JSON file or a support bundle zip (support replays a user's machine)."""
    from app.report.bundle import read_probe

    return read_probe(Path(path))


def run(args: argparse.Namespace) -> int:
    result = make_plan(args)
    if args.json:
        from app.output import emit_json

        emit_json(result.to_json())
    else:
        from app.catalog.summary import summary

        sys.stdout.write(summary(result))
    return 0 if result.choice else 1
