"""`catalog discover` (an action of app/commands/catalog.py): read the indexes, print what
differs from the catalog, optionally write a draft. Exit 0: nothing differs; 1: differences
(or an index could not be read); 2: bad input or a page refused (one sentence)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import Any

from app.catalog.discover_texts import say


def run_discover(args: argparse.Namespace) -> int:
    from app.catalog import store
    from app.catalog.discover import discover
    from app.catalog.discover_read import Reader
    from app.fetch.mirrors import parse_mirrors
    from app.fetch.session import make_session

    mirrors = parse_mirrors(args.mirror, args.allow_http)
    catalog = store.load(args.catalog)
    target = None
    if args.write:
        from app.catalog.review_file import check_target

        target = check_target(args.write, catalog)
    since = None
    if args.since:
        from app.catalog.discover import load_since

        since = load_since(args.since)
    with make_session(None) as session:
        report = discover(catalog, Reader(session, mirrors, allow_http=args.allow_http), since, args.since or "")
    if target is not None:
        from app.catalog.discover_draft import write_draft

        report["draft"] = write_draft(target, catalog, report)
    if args.json:
        from app.output import emit_json

        emit_json(report)
    else:
        print_report(report)
    return 0 if report["ok"] else 1


def print_report(report: dict[str, Any]) -> None:
    """The report, one line per difference (indented under the header line)."""
    read = report["read"]
    print(say("header", origin=report["catalog"]["origin"], updated=report["catalog"]["updated"],
              pages=len(read["pages"]), releases=len(read["release_lists"]), seconds=read["seconds"]))
    for line in _lines(report):
        print("  " + line)
    print(say("same") if report["ok"] else say("differences", count=report["differences"]))
    draft = report.get("draft")
    if draft:
        print(say("draft_written", path=draft["path"], added=len(draft["added"]), changed=len(draft["changed"])))


def _lines(report: dict[str, Any]) -> Iterator[str]:
    for v in report["new_versions"]:
        yield say("new_version", project=v["project"], version=v["version"], index=v["index"], os=v["os"],
                  pythons=list(v["pythons"]), platforms=list(v["platforms"]))
    for r in report["new_releases"]:
        projects = sorted({f"{w['project']} {w['version']}" for w in r["wheels"]})
        yield say("new_release", tag=r["tag"], repo=r["repo"], count=len(r["wheels"]), projects=", ".join(projects))
    for p in report["pythons"]:
        found = ", ".join(p["on_index"])
        if not p["declared"]:
            yield say("pythons_unknown", build_id=p["build_id"], found=found)
        elif not found:
            yield say("pythons_none", build_id=p["build_id"], declared=", ".join(p["declared"]),
                      certainty=p["certainty"])
        else:
            yield say("pythons_differ", build_id=p["build_id"], declared=", ".join(p["declared"]),
                      certainty=p["certainty"], found=found)
    for u in report["unresolved"]:
        if u["requirement"] is not None:
            yield say("unresolved_pin", build_id=u["build_id"], requirement=u["requirement"], os=u["os"],
                      indexes=", ".join(u["indexes"]))
        else:
            yield say("missing_asset", build_id=u["build_id"], filename=u["filename"], tag=u["tag"], repo=u["repo"])
    for h in report["hashes"]:
        if h.get("since"):
            yield say("hash_changed_since", build_id=h["build_id"], filename=h["filename"], found=h["found"],
                      where=h["where"], recorded=h["recorded"], report=h["since"])
            continue
        same = {"build_id": h["build_id"], "filename": h["filename"], "found": h["found"], "tag": h["tag"],
                "repo": h["repo"], "recorded": h["recorded"]}
        if h["field"] == "size":
            yield say("asset_size_changed", **same)
        elif h["source"]:
            yield say("asset_hash_changed", source=h["source"], **same)
        else:
            yield say("asset_hash_changed_unsourced", **same)
    if report["hashes_unrecorded"]:
        yield say("hash_unrecorded", count=len(report["hashes_unrecorded"]))
    if report["pinned_files"]:
        yield say("index_hashes", count=len(report["pinned_files"]))
