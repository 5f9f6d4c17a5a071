"""`catalog verify BUILD_ID`: measure a build's AOT lists from its wheels and compare them with
what the catalog says.

The files come from the build's own indexes (verify_resolve), each wheel is read partially
(verify_measure), and the build's measured list is what every library with device images has
in common (a GPU runs AOT only when all of them have its code; where libraries differ, each
one's list is shown). As an AOT device list the members are named the way ocloc names them
(`64.dg2` -> `dg2`, `64.12.55.8` -> `12.55.8`), so app.catalog.aot_names.archive_members()
of the measured list gives back exactly the measured members.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any

from app.catalog import aot_names
from app.measure.verify_measure import measure_wheel
from app.measure.verify_resolve import resolve
from app.smoke.device_image import ip_sort_key

if TYPE_CHECKING:
    import requests

    from app.catalog.model import Build
    from app.fetch.mirrors import Mirrors

GENERIC_IR = "generic_ir"
KERNEL_PROJECTS = ("torch", "intel-extension-for-pytorch")  # a build's list is theirs


def verify_build(build: Build, python: str, *, session: requests.Session, platform: str | None = None,
                 projects: set[str] | None = None, mirrors: Mirrors | None = None,
                 cancel: threading.Event | None = None, allow_http: bool = False, read_all: bool = False,
                 on_wheel: Any = None) -> dict[str, Any]:
    """The verify report (JSON-ready). `on_wheel(record)` sees each wheel's record as it is done."""
    started = time.monotonic()
    files, missing = resolve(build, python, platform=platform, projects=projects, session=session,
                             mirrors=mirrors, cancel=cancel)
    records = []
    for wheel in files:
        record = measure_wheel(wheel, session=session, mirrors=mirrors, cancel=cancel, allow_http=allow_http,
                               read_all=read_all)
        records.append(record)
        if on_wheel is not None:
            on_wheel(record)
    measured = summarise(records)
    comparison = compare(build, measured, kernels_measured=any(r["project"] in KERNEL_PROJECTS for r in records))
    return {
        "build_id": build.id,
        "os": build.os,
        "python": python,
        "platform": platform,
        "wheels": records,
        "missing": [m.to_json() for m in missing],
        "measured": measured,
        "catalog": {"devices": list(build.aot.devices) if build.aot.devices is not None else None,
                    "certainty": build.aot.certainty, "has_spirv": build.has_spirv},
        **comparison,
        "transfer": {
            "bytes": sum(r["transfer"]["bytes"] for r in records),
            "size": sum(r["size"] for r in records),
            "requests": sum(r["transfer"]["requests"] for r in records),
            "seconds": round(time.monotonic() - started, 2),
        },
        "ok": not missing and bool(records) and comparison["agrees"] is not False,
    }


def summarise(records: list[dict[str, Any]]) -> dict[str, Any]:
    """What the libraries with device images have in common, and each one's own list."""
    libraries = [(r["filename"], lib) for r in records for lib in r["libraries"] if lib["images"]]
    if not libraries:
        return {"libraries": [], "members": [], "devices": [], "ip_versions": [], "has_spirv": None,
                "differ": False}
    lists = [lib["archive_members"] for _, lib in libraries]
    common = [m for m in lists[0] if all(m in other for other in lists[1:])]
    ips: set[str] = set.intersection(*(set(lib["ip_versions"]) for _, lib in libraries))
    return {
        "libraries": [{"wheel": wheel, "member": lib["member"], "archive_members": lib["archive_members"],
                       "ip_versions": lib["ip_versions"], "has_spirv": lib["has_spirv"]} for wheel, lib in libraries],
        "members": common,
        "devices": device_list(common),
        "ip_versions": sorted(ips, key=ip_sort_key),
        "has_spirv": all(lib["has_spirv"] for _, lib in libraries),
        "differ": any(set(other) != set(lists[0]) for other in lists[1:]),
    }


def device_list(members: list[str]) -> list[str]:
    """Archive members as the AOT device names ocloc would have been given."""
    return [aot_names.normalize(m) for m in members if m != GENERIC_IR]


def compare(build: Build, measured: dict[str, Any], kernels_measured: bool = True) -> dict[str, Any]:
    """Whether the catalog's AOT list gives the measured members: agrees True/False, or None
    when the catalog publishes no list, or when nothing carried device images and neither torch
    nor IPEX was measured (torchvision alone says nothing about the build's list)."""
    devices = build.aot.devices
    if devices is None or (not measured["libraries"] and not kernels_measured):
        return {"agrees": None, "missing_members": [], "extra_members": []}
    try:
        expected = [m.name for m in aot_names.archive_members(list(devices), spirv=bool(build.has_spirv))]
    except ValueError:
        expected = []
    got = list(measured["members"])
    if build.has_spirv is None:  # the catalog does not say: compare the native members only
        got = [m for m in got if m != GENERIC_IR]
    missing = [m for m in expected if m not in got]
    extra = [m for m in got if m not in expected]
    return {"agrees": not missing and not extra, "missing_members": missing, "extra_members": extra}
