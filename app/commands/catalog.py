"""`python -m app catalog`: maintainer commands for the build catalog.

    catalog list                      the builds, one line each
    catalog show BUILD_ID             one build as JSON
    catalog validate FILE             check a catalog file against the schema
    catalog check BUILD_ID [--index URL]   which wheels an index (PEP 503/691) has for a build
    catalog refresh URL | --reset     replace the refreshed copy from an HTTPS URL (validated first)
    catalog discover [--mirror HOST=URL]... [--allow-http] [--since REPORT] [--write FILE]
                                      what the real indexes serve that the catalog does not say
    catalog verify BUILD_ID [--python X.Y] [--platform TAG] [--project NAME]... [--mirror HOST=URL]...
                   [--write FILE]     measure the build's AOT lists from its wheels (HTTP Range)
"""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING, Any

from app import CLI
from app.errors import BadInput
from app.messages import msg

if TYPE_CHECKING:
    from app.catalog.model import Build, Catalog


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--catalog", metavar="FILE", help="use this catalog instead of the built-in one")
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    sub.required = True
    sub.add_parser("list", help="list the builds")
    show = sub.add_parser("show", help="print one build as JSON")
    show.add_argument("build_id")
    validate = sub.add_parser("validate", help="check a catalog file against the schema")
    validate.add_argument("file")
    check = sub.add_parser("check", help="list which wheels an index has for a build")
    check.add_argument("build_id")
    check.add_argument("--index", metavar="URL", help="read this simple index instead of the build's own")
    refresh = sub.add_parser("refresh", help="download a newer catalog over HTTPS (validated before use)")
    refresh.add_argument("url", nargs="?")
    refresh.add_argument("--reset", action="store_true", help="forget the refreshed copy; use the built-in one")
    discover = sub.add_parser("discover", help="compare the catalog with what the indexes serve now")
    discover.add_argument("--mirror", action="append", metavar="HOST=URL",
                          help="read HOST's pages from URL instead (repeatable; a local mirror)")
    discover.add_argument("--allow-http", action="store_true",
                          help="allow a --mirror and its pages on plain http:// to another machine")
    discover.add_argument("--write", metavar="FILE", help="write an updated catalog draft for review to FILE")
    discover.add_argument("--since", metavar="REPORT", help="an earlier 'discover --json' report: list the index "
                          "wheels whose sha256 changed since")
    from app.commands.catalog_verify import configure as configure_verify

    verify = configure_verify(sub)
    for p in (show, validate, check, refresh, discover, verify, sub.choices["list"]):
        p.add_argument("--json", action="store_true", help="print machine-readable JSON")


def _emit(value: Any) -> None:
    from app.output import emit_json

    emit_json(value)


def _build(catalog: Catalog, build_id: str) -> Build:
    build = catalog.get(build_id)
    if build is None:
        raise BadInput(msg("catalog_no_build", build=build_id, command=f"{CLI} catalog list"))
    return build


def _build_json(build: Build) -> dict[str, Any]:
    data = dataclasses.asdict(build)
    data["verify"] = build.verify
    return data


def run(args: argparse.Namespace) -> int:
    from app.catalog import store

    if args.action == "validate":
        catalog = store.load_file(args.file)
        if args.json:
            _emit({"ok": True, "builds": len(catalog.builds), "updated": catalog.updated})
        else:
            print(f"{args.file}: valid, {len(catalog.builds)} builds, updated {catalog.updated}.")
        return 0
    if args.action == "refresh":
        return _refresh(args)
    if args.action == "verify":
        from app.commands.catalog_verify import run_verify

        return run_verify(args)
    if args.action == "discover":
        from app.commands.catalog_discover import run_discover

        return run_discover(args)
    catalog = store.load(args.catalog)
    if args.action == "list":
        if args.json:
            _emit({"origin": catalog.origin, "updated": catalog.updated,
                   "builds": [_build_json(b) for b in catalog.builds]})
            return 0
        print(f"Catalog ({catalog.origin}, updated {catalog.updated}): {len(catalog.builds)} builds")
        for b in catalog.builds:
            aot = ",".join(b.aot.devices) if b.aot.devices else "AOT list not published"
            py = ",".join(b.pythons) if b.pythons else "Pythons unknown"
            print(f"  {b.id:34} {b.channel:15} {py:24} {aot}")
        for note in catalog.notes:
            print(f"Note: {note}")
        return 0
    if args.action == "show":
        _emit(_build_json(_build(catalog, args.build_id)))
        return 0
    if args.action == "check":
        from app.catalog.index_check import check_build
        from app.fetch.index_page import check_index_url

        if args.index:
            check_index_url(args.index)
        report = check_build(_build(catalog, args.build_id), args.index)
        if args.json:
            _emit(report)
        else:
            _print_check(report)
        return 0 if report["ok"] else 1
    raise BadInput(msg("action_unknown", action=args.action))


def _print_check(report: dict[str, Any]) -> None:
    print(f"{report['build_id']} ({report['os']})")
    for step in report["steps"]:
        print(f"  step {step['id']} on {step['index']}")
        for req in step["requirements"]:
            pys = ", ".join(req["pythons"]) or "none"
            print(f"    {req['requirement']}: {len(req['files'])} wheels; Pythons {pys}")
        for url in step["direct_files"]:
            print(f"    direct file (not checked): {url}")
    print(f"  Pythons with every wheel on the index: {', '.join(report['pythons_on_index']) or 'none'}")
    for python, projects in report["missing"].items():
        print(f"  MISSING for Python {python} (the catalog lists it): {', '.join(projects)}")
    print("  OK" if report["ok"] else "  NOT OK")


def _refresh(args: argparse.Namespace) -> int:
    from app.catalog import store

    if args.reset:
        gone = store.forget_refreshed()
        said = "Removed the refreshed catalog; the built-in one is used." if gone else "There was no refreshed catalog."
        _emit({"reset": gone}) if args.json else print(said)
        return 0
    if not args.url:
        raise BadInput(msg("catalog_needs_url"))
    catalog = store.refresh(args.url)
    if args.json:
        _emit(
            {
                "ok": True,
                "builds": len(catalog.builds),
                "updated": catalog.updated,
                "stored": str(store.refreshed_path()),
            }
        )
    else:
        print(f"Stored a validated catalog ({len(catalog.builds)} builds, updated {catalog.updated}) "
              f"from {args.url}; the built-in copy stays as the fallback.")
    return 0
