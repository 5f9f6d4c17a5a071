"""`forecast --venv DIR | --wheel FILE|URL|REQUIREMENT [--gpu PCI_ID [--revision REV] | --probe FILE]`:
which SYCL libraries will run native code (AOT) on the GPU, which compile on first use (JIT)
and how much, which cannot load; and whether the SYCL runtime they need is the one present."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.smoke.forecast.judge import Gpu

if TYPE_CHECKING:
    from app.probe.model import Probe


def configure(parser: argparse.ArgumentParser) -> None:
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--venv", metavar="DIR", help="the environment to forecast")
    src.add_argument("--wheel", metavar="FILE|URL|REQUIREMENT",
                     help="a wheel before installing it: a file, an http(s) URL or a requirement (name==version)")
    add_gpu_options(parser)
    parser.add_argument("--os", choices=("windows", "linux"), help="the OS whose wheel --wheel REQUIREMENT picks")
    parser.add_argument("--python", metavar="X.Y", help="the Python whose wheel --wheel REQUIREMENT picks")


def add_gpu_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gpu", metavar="PCI_ID", help="the GPU's PCI device id, such as 0xe20b")
    parser.add_argument("--revision", metavar="REV", help="the PCI revision of --gpu, such as 0x08")
    parser.add_argument("--probe", metavar="FILE", help="a probe JSON or support bundle (default: this machine)")


def gpu_for(args: argparse.Namespace) -> Gpu:
    """--gpu (with --revision), --probe, or this machine's Intel GPU."""
    from app.errors import BadInput
    from app.smoke.forecast import target
    from app.smoke.forecast.texts import text

    if args.gpu and args.probe:
        raise BadInput(text("forecast_gpu_and_probe"))
    if args.gpu:
        return target.from_pci(args.gpu, args.revision)
    probe: Probe | None
    if args.probe:
        from app.report.bundle import read_probe

        probe = read_probe(Path(args.probe))
    else:
        from app.report.doctor import live_probe

        probe, _why = live_probe()
    return target.from_probe_gpu(target.intel_gpu(probe))


def run(args: argparse.Namespace) -> int:
    from app.errors import BadInput
    from app.smoke.forecast.render import render
    from app.smoke.forecast.texts import text

    if not args.venv and not args.wheel:
        raise BadInput(text("forecast_venv_or_wheel"))
    gpu = gpu_for(args)
    if args.venv:
        from app.smoke.forecast.environment import forecast_venv

        result = forecast_venv(Path(args.venv), gpu)
    else:
        from app.smoke.forecast.wheel import forecast_wheel_arg

        result = forecast_wheel_arg(args.wheel, gpu, os_name=args.os, python=args.python)
    if args.json:
        from app.output import emit_json

        emit_json(result)
    else:
        print(render(result))
    return 0
