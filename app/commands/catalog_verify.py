"""`catalog verify BUILD_ID` (an action of app/commands/catalog.py): measure a build's AOT lists
from its wheels, print them next to the catalog's, optionally record them for review.
Exit 0: measured and the catalog agrees (or publishes no list); 1: it differs, a pinned wheel
was not found, or a server failed; 2: bad input or a damaged or hostile wheel (one sentence)."""

from __future__ import annotations

import argparse
from typing import Any

from app.fetch.guard import size_text
from app.measure.verify_texts import say


def configure(sub: Any) -> argparse.ArgumentParser:
    verify: argparse.ArgumentParser = sub.add_parser(
        "verify", help="measure a build's AOT lists from its wheels (HTTP Range, partial)")
    verify.add_argument("build_id")
    verify.add_argument("--python", metavar="X.Y", help="the Python whose wheels to read (default: this "
                        "machine's when the build has it, else the first the catalog lists)")
    verify.add_argument("--platform", metavar="TAG", help="only wheels with this platform tag, e.g. "
                        "manylinux_2_28_x86_64 (default: any for the build's OS)")
    verify.add_argument("--project", action="append", metavar="NAME",
                        help="measure only this pinned project (repeatable; default: every pinned wheel)")
    verify.add_argument("--mirror", action="append", metavar="HOST=URL",
                        help="fetch HOST's pages and files from URL instead (repeatable)")
    verify.add_argument("--proxy", metavar="URL", help="use this proxy for http and https")
    verify.add_argument("--allow-http", action="store_true", help="allow plain http:// mirrors on other hosts")
    verify.add_argument("--read-all", action="store_true",
                        help="read every library whole, also those whose headers show they carry no device images")
    verify.add_argument("--write", metavar="FILE",
                        help="record the measurement (certainty 'measured') in this measurements file for review")
    return verify


def run_verify(args: argparse.Namespace) -> int:
    from app.catalog import store
    from app.fetch.mirrors import parse_mirrors
    from app.fetch.session import make_session
    from app.measure.verify import verify_build
    from app.measure.verify_resolve import check_platform, check_projects, choose_python

    catalog = store.load(args.catalog)
    build = catalog.get(args.build_id)
    if build is None:
        from app import CLI
        from app.errors import BadInput
        from app.messages import msg

        raise BadInput(msg("catalog_no_build", build=args.build_id, command=f"{CLI} catalog list"))
    python = choose_python(build, args.python)
    platform = check_platform(args.platform)
    projects = check_projects(build, args.project)
    mirrors = parse_mirrors(args.mirror, args.allow_http)
    target = None
    if args.write:
        from app.measure.verify_write import check_target

        target = check_target(args.write, catalog)
    where = f", {platform}" if platform else ""
    if not args.json:
        print(say("header", build_id=build.id, os=build.os, python=python, platform=where), flush=True)
    with make_session(args.proxy) as session:
        report = verify_build(build, python, session=session, platform=platform, projects=projects,
                              mirrors=mirrors, allow_http=args.allow_http, read_all=args.read_all,
                              on_wheel=None if args.json else print_wheel)
    if target is not None:
        from app.measure.verify_write import write

        report["written"] = write(target, report)
    if args.json:
        from app.output import emit_json

        emit_json(report)
    else:
        print_summary(report, where)
    return 0 if report["ok"] else 1


def _line(level: int, message: str) -> None:
    """One report line, indented by its level (the sentences themselves carry no layout)."""
    print("  " * level + message)


def _yes(flag: bool | None) -> str:
    return say("yes") if flag else say("no")


def _list(values: list[str]) -> str:
    return " ".join(values) or say("none")


def print_wheel(w: dict[str, Any]) -> None:
    _line(1, say("wheel", project=w["project"], version=w["version"], filename=w["filename"]))
    if w["sha256"]:
        _line(2, say("wheel_hash_index" if w["sha256_source"] == "index" else "wheel_hash_catalog",
                     sha256=w["sha256"]))
    else:
        _line(2, say("wheel_no_hash"))
    t = w["transfer"]
    common = {"fetched": size_text(t["bytes"]), "requests": t["requests"], "seconds": t["seconds"]}
    if w["read"] == "ranges":
        _line(2, say("ranged", size=size_text(w["size"]), percent=t["percent"], **common))
    elif w["sha256_checked"]:
        _line(2, say("whole_checked", **common))
    else:
        _line(2, say("whole_unchecked", sha256=w["sha256_computed"], **common))
    for lib in w["libraries"]:
        if lib["read"] == "headers":
            _line(2, say("library_skipped" if lib["kind"] == "pe" else "library_skipped_elf", member=lib["member"],
                         fetched=size_text(lib["fetched"])))
        elif lib["images"]:
            _line(2, say("library", member=lib["member"], members=_list(lib["archive_members"]),
                      ips=", ".join(lib["ip_versions"]) or say("none"), spirv=_yes(lib["has_spirv"])))
        else:
            _line(2, say("library_none", member=lib["member"]))
    if w["unsafe_names"]:
        _line(2, say("unsafe_names", count=len(w["unsafe_names"]), example=w["unsafe_names"][0]["name"]))


def print_summary(report: dict[str, Any], where: str) -> None:
    for m in report["missing"]:
        _line(1, say("no_file", requirement=m["requirement"], os=report["os"], python=report["python"], platform=where,
                  indexes=", ".join(m["indexes"])))
    measured = report["measured"]
    catalog = report["catalog"]
    if measured["libraries"]:
        _line(1, say("measured", members=_list(measured["members"]), spirv=_yes(measured["has_spirv"])))
        if measured["differ"]:
            detail = "; ".join(f"{lib['member']}: {_list(lib['archive_members'])}" for lib in measured["libraries"])
            _line(1, say("measured_differ", detail=detail))
        _line(1, say("measured_devices", devices=",".join(measured["devices"]) or say("none")))
    elif report["wheels"]:
        _line(1, say("no_images"))
    if catalog["devices"] is None:
        _line(1, say("catalog_unknown", certainty=catalog["certainty"]))
    elif report["agrees"] is True:
        _line(1, say("catalog_agrees", devices=",".join(catalog["devices"]), certainty=catalog["certainty"]))
    elif report["agrees"] is False:
        _line(1, say("catalog_differs", devices=",".join(catalog["devices"]), certainty=catalog["certainty"],
                  missing=_list(report["missing_members"]), extra=_list(report["extra_members"])))
    if report.get("written"):
        print(say("written", build_id=report["build_id"], path=report["written"]["path"]))
