"""`catalog discover --write FILE`: an updated catalog draft for a maintainer to review.

The draft is the catalog's own JSON with what the indexes showed added, never the maintained
file itself (that one is refused as a target). Everything added says it came from the index:
- a build per new PyTorch XPU series and OS, with `$comment` and a source naming the index,
  its Pythons as seen there (`pythons.certainty: observed`) and its AOT list unknown (the index
  cannot tell; `catalog verify` measures it);
- Python lists of builds whose Pythons were unknown, where the index shows them (observed);
- sha256 and size of community files whose release gives a digest the catalog lacked;
- a top-level note per other new version (IPEX): its torch pairing is not on the index.
Changed hashes are reported, never taken over. The draft passes the catalog schema before it
is written (atomically).
"""

from __future__ import annotations

import copy
import datetime
from pathlib import Path
from typing import Any

from packaging.version import Version

from app.catalog.discover import norm
from app.catalog.model import Catalog
from app.catalog.review_file import source_path, write_json
from app.catalog.schema import FORMAT, LEGACY_FORMAT, migrate_build, parse_catalog

FROM_INDEX = "from the index"


def write_draft(target: Path, catalog: Catalog, report: dict[str, Any],
                today: str | None = None) -> dict[str, Any]:
    from app import untrusted

    raw = untrusted.read_json_file(source_path(catalog), str(source_path(catalog)))
    draft, added, changed = make_draft(raw, catalog, report, today or datetime.date.today().isoformat())
    parse_catalog(copy.deepcopy(draft), origin=str(target))  # the draft must pass the schema as it is written
    write_json(target, draft)
    return {"path": str(target), "added": added, "changed": changed}


def make_draft(raw: dict[str, Any], catalog: Catalog, report: dict[str, Any],
               today: str) -> tuple[dict[str, Any], list[str], list[str]]:
    draft = copy.deepcopy(raw)
    if draft.get("format") == LEGACY_FORMAT:  # drafts are written in the current format
        draft["builds"] = [migrate_build(b) for b in draft["builds"]]
        draft["format"] = FORMAT
    draft["updated"] = max(today, str(raw.get("updated", today)))
    by_id = {b["id"]: b for b in draft["builds"]}
    changed: set[str] = set()
    stamp = f"{FROM_INDEX} (catalog discover {today})"

    for entry in report["pythons"]:
        build, known = by_id.get(entry["build_id"]), catalog.get(entry["build_id"])
        if build is not None and known is not None and known.pythons is None and entry["on_index"]:
            where = ", ".join(entry.get("indexes", [])) or "the indexes of its steps"
            source = f"{stamp}: the cpXY tags of the {entry['os']} wheels every pin resolves to on {where}"
            build["pythons"] = {"value": entry["on_index"], "certainty": "observed", "source": source}
            changed.add(build["id"])

    for entry in report["hashes_unrecorded"]:
        build = by_id.get(entry["build_id"])
        for step in (build or {}).get("steps", []):
            for ref in step.get("files", []):
                if ref["url"] == entry["url"] and not ref.get("sha256"):
                    ref["sha256"] = entry["sha256"]
                    if entry.get("size"):
                        ref["size"] = entry["size"]
                    ref["hash_source"] = f"{stamp}: the digest GitHub gives for the release asset"
                    changed.add(entry["build_id"])

    torch_indexes = {norm(s.index_url) for b in catalog.builds if b.channel == "torch-xpu"
                     for s in b.steps if s.index_url}
    added = _new_torch_builds(draft, report, torch_indexes, stamp)
    notes = list(draft.get("notes", []))
    for v in report["new_versions"]:
        if v["project"] == "intel-extension-for-pytorch":
            notes.append(f"{v['project']} {v['version']} for {v['os']} on {v['index']} (Pythons "
                         f"{', '.join(v['pythons']) or 'none'}) is not in the catalog, {stamp}; not drafted as a "
                         "build: its torch pairing is not on the index.")
    for r in report.get("new_releases", []):
        projects = ", ".join(sorted({f"{w['project']} {w['version']}" for w in r["wheels"]}))
        notes.append(f"Release {r['tag']} of github.com/{r['repo']} ({projects}) is not in the catalog, {stamp}; "
                     "not drafted as a build: which files make one installable set, and for which GPUs, is for "
                     "a maintainer to read from the release.")
    if notes:
        draft["notes"] = notes
    return draft, added, sorted(changed - set(added))


def _series(version: str) -> str:
    v = Version(version)
    return f"{v.major}.{v.minor}"


def _new_torch_builds(draft: dict[str, Any], report: dict[str, Any], torch_indexes: set[str],
                      stamp: str) -> list[str]:
    """A torch-xpu build per (series, OS) the index has and the catalog does not."""
    existing = {b["id"] for b in draft["builds"]}
    wanted: dict[tuple[str, str], dict[str, Any]] = {}
    for v in report["new_versions"]:
        if v["project"] != "torch" or v["index"] not in torch_indexes or Version(v["version"]).is_prerelease:
            continue
        key = (_series(v["version"]), v["os"])
        slot = wanted.setdefault(key, {"index": v["index"], "pythons": set(), "versions": []})
        slot["pythons"].update(v["pythons"])
        slot["versions"].append(v["version"])
    added = []
    for (series, os_name), seen in sorted(wanted.items(), key=lambda kv: (Version(kv[0][0]), kv[0][1])):
        build_id = f"torch-xpu-{series}-{os_name}"
        template = _template(draft, os_name)
        if build_id in existing or template is None or not seen["pythons"]:
            continue
        build = copy.deepcopy(template)
        for dropped in ("release_date", "date_note", "notes", "not_supported", "intended_for", "$comment",
                        "notes_zh_CN"):
            build.pop(dropped, None)
        source = f"{stamp}: {seen['index']}/torch/ lists torch {', '.join(seen['versions'])}"
        aot_note = (f"Not known {stamp}: the index does not say; measure it with 'catalog verify' or read "
                    f"torch-xpu-ops cmake/BuildFlags.cmake on release/{series}.")
        build.update({
            "$comment": f"Drafted {stamp}: review every field before it goes into the maintained catalog; "
                        "torchvision/torchaudio are left to the resolver (their pairing is not on the index).",
            "id": build_id,
            "title": f"PyTorch {series} XPU for {'Windows' if os_name == 'windows' else 'Linux'}",
            "versions": {"ipex": None, "torch": f"{series}.*", "torchvision": None, "torchaudio": None,
                         "certainty": "observed", "source": source},
            "pythons": {"value": sorted(seen["pythons"], key=lambda p: int(p.split(".")[1])),
                        "certainty": "observed", "source": source},
            "aot": {"devices": None, "certainty": "unknown", "source": f"not known {stamp}: an index does not say",
                    "note": aot_note},
            "has_spirv": {"value": None, "certainty": "unknown", "source": f"not known {stamp}: an index does not say"},
            "sources": [source],
        })
        build.pop("pythons_note", None)
        build.pop("pythons_note_zh_CN", None)
        for step in build["steps"]:
            step["requirements"] = [f"torch=={series}.*" if _name(r) == "torch" else _name(r)
                                    for r in step.get("requirements", [])]
        draft["builds"].append(build)
        existing.add(build_id)
        added.append(build_id)
    return added


def _name(requirement: str) -> str:
    """The project a requirement names, without its pin: the resolver then picks the companion
    (torchvision, torchaudio) that matches the new torch."""
    from packaging.requirements import Requirement

    return str(Requirement(requirement).name)


def _template(draft: dict[str, Any], os_name: str) -> dict[str, Any] | None:
    """The newest torch-xpu build for `os_name`: its steps and notes are the pattern for a new series."""
    candidates = [b for b in draft["builds"] if b.get("channel") == "torch-xpu" and b.get("os") == os_name]
    if not candidates:
        return None
    newest: dict[str, Any] = max(candidates, key=lambda b: Version(b["versions"]["torch"].replace(".*", "")))
    return newest
