"""`forecast --venv DIR | --wheel FILE|URL|REQUIREMENT [--gpu PCI_ID [--revision REV] | --probe FILE]`:
which SYCL libraries will run native code (AOT) on the GPU, which compile on first use (JIT)
and how much, which cannot load; and whether the SYCL runtime they need is the one present."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.smoke.forecast.judge import Gpu

if TYPE_CHECKING:
    import requests

    from app.fetch.index_page import IndexFile
    from app.probe.model import Probe


def configure(parser: argparse.ArgumentParser) -> None:
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--venv", metavar="DIR", help="the environment to forecast")
    src.add_argument("--wheel", metavar="FILE|URL|REQUIREMENT",
                     help="a wheel before installing it: a file, an http(s) URL or a requirement (name==version)")
    add_gpu_options(parser)
    parser.add_argument("--os", choices=("windows", "linux"), help="the OS whose wheel --wheel REQUIREMENT picks")
    parser.add_argument("--python", metavar="X.Y", help="the Python whose wheel --wheel REQUIREMENT picks")
    parser.add_argument("--index-url", metavar="URL",
                        help="the index --wheel REQUIREMENT is found on (default: pip's configured index, else PyPI)")
    parser.add_argument("--allow-http", action="store_true", help="allow unencrypted http:// wheel and index URLs")


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
        result = _forecast_wheel(args, gpu)
    if args.json:
        from app.output import emit_json

        emit_json(result)
    else:
        print(render(result))
    return 0


def _forecast_wheel(args: argparse.Namespace, gpu: Gpu) -> dict[str, Any]:
    """--wheel FILE, URL or REQUIREMENT (name==version, found on the configured index)."""
    from app.fetch.session import make_session
    from app.smoke.forecast import wheel

    if wheel.is_local(args.wheel):
        return wheel.forecast_wheel_file(Path(args.wheel), gpu)
    session = make_session()
    if wheel.is_url(args.wheel):
        return wheel.forecast_wheel_url(args.wheel, gpu, session=session, allow_http=args.allow_http)
    found, index = _find_on_index(args, session)
    result = wheel.forecast_wheel_url(found.url, gpu, sha256=found.sha256, session=session,
                                      allow_http=args.allow_http)
    result.update(requirement=args.wheel, index=index)
    return result


def _find_on_index(args: argparse.Namespace, session: requests.Session) -> tuple[IndexFile, str]:
    """The newest wheel the pin accepts for --python on --os (default: this Python, this OS)."""
    from packaging.utils import InvalidWheelFilename, parse_wheel_filename
    from packaging.version import InvalidVersion

    from app.catalog.wheels import fits
    from app.errors import BadInput
    from app.fetch.index import list_files
    from app.fetch.index_page import check_index_url
    from app.fetch.pins import requirement_pin
    from app.hostos import os_name
    from app.install.engine import PYPI
    from app.install.pipconf import configured_index_url
    from app.redact import redact_text
    from app.smoke.forecast.texts import text

    pin = requirement_pin(args.wheel)
    if pin is None or pin.wildcard:
        raise BadInput(text("forecast_bad_requirement", text=args.wheel))
    index = args.index_url or configured_index_url() or PYPI
    if not args.allow_http:
        check_index_url(index)
    target_os = args.os or os_name()
    python = args.python or f"{sys.version_info[0]}.{sys.version_info[1]}"
    best = None
    for f in list_files(session, index, pin.name):
        try:
            _name, version, _build, _tags = parse_wheel_filename(f.filename)
            ok = not f.yanked and pin.accepts(version) and fits(f.filename, python, target_os)
        except (InvalidWheelFilename, InvalidVersion, ValueError):
            continue
        if ok and (best is None or version > best[0]):
            best = (version, f)
    if best is None:
        raise BadInput(text("forecast_no_wheel_found", index=redact_text(index), requirement=args.wheel,
                            python=python, os=target_os))
    return best[1], redact_text(index)
