"""`catalog verify --write FILE`: record a measured AOT list in a measurements file for review.

The file is separate from the catalog (the maintained catalog is refused as a target; the
catalog schema has no "measured" certainty, and a measurement should be reviewed before it
replaces a documented or inferred list). One file collects many builds: writing again
replaces that build's entry and keeps the others. Each entry is shaped like the catalog's
`aot` field (devices as ocloc names, so aot_names.archive_members(devices) gives the
measured members) with certainty "measured" and its sources: every wheel's URL and sha256,
where the hash came from and whether it was checked.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.catalog.review_file import write_json
from app.measure.verify_texts import refused

if TYPE_CHECKING:
    from app.catalog.model import Catalog

KIND = "ipex-aot-installer/aot-measurements"
FORMAT = 1


def check_target(path: str, catalog: Catalog) -> Path:
    """`path` when it is neither a maintained catalog nor another kind of JSON file."""
    from app import untrusted
    from app.catalog.review_file import check_target as not_a_catalog

    target = not_a_catalog(path, catalog)  # the built-in, refreshed or given catalog: refused
    if target.exists():
        existing = untrusted.read_json_file(target, path)
        if not isinstance(existing, dict) or existing.get("kind") != KIND or not isinstance(
                existing.get("builds"), dict):
            raise refused("not_measurements", path=path)
    return target


def entry(report: dict[str, Any], now: str | None = None) -> dict[str, Any]:
    measured = report["measured"]
    sources = [{
        "url": w["url"],
        "filename": w["filename"],
        "sha256": w["sha256"] or w["sha256_computed"],
        "sha256_source": w["sha256_source"] or ("computed from a whole download" if w["sha256_computed"] else None),
        "sha256_checked": w["sha256_checked"],
        "read": w["read"],
        "libraries_with_images": [lib["member"] for lib in w["libraries"] if lib["images"]],
    } for w in report["wheels"]]
    when = now or datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()
    source = f"catalog verify {when[:10]}: archive members read from " + "; ".join(
        f"{s['url']} (sha256 {s['sha256'] or 'unknown'}"
        + (", checked" if s["sha256_checked"] else f", {s['sha256_source'] or 'no source'}, not re-hashed") + ")"
        for s in ([s for s in sources if s["libraries_with_images"]] or sources))
    return {
        "measured_at": when,
        "tool": f"ipex-aot-installer {__version__} catalog verify",
        "os": report["os"],
        "python": report["python"],
        "platform": report["platform"],
        "aot": {
            "devices": measured["devices"] if measured["libraries"] else None,
            "certainty": "measured",
            "members": measured["members"],
            "ip_versions": measured["ip_versions"],
            "has_spirv": measured["has_spirv"],
            "note": ("The archive members every library with SYCL device images holds, read from the wheels; "
                     "the libraries differ, see per_library." if measured["differ"] else
                     "The archive members every library with SYCL device images holds, read from the wheels.")
            if measured["libraries"] else "No library of these wheels carries SYCL device images.",
            "source": source,
            "sources": sources,
        },
        # For the reviewer: the catalog's has_spirv field takes a 'measured' certainty as it is.
        "has_spirv": {"value": measured["has_spirv"], "certainty": "measured", "source": source}
        if measured["libraries"] else None,
        "per_library": measured["libraries"],
        "catalog_before": report["catalog"],
        "agrees_with_catalog": report["agrees"],
    }


def write(target: Path, report: dict[str, Any], now: str | None = None) -> dict[str, Any]:
    from app import untrusted

    document: dict[str, Any] = {
        "$comment": "AOT lists measured by 'catalog verify' from the wheels themselves, for review; not a catalog.",
        "kind": KIND,
        "format": FORMAT,
        "builds": {},
    }
    if target.exists():
        document = untrusted.read_json_file(target, str(target))
    document["builds"][report["build_id"]] = entry(report, now)
    write_json(target, document)
    return {"path": str(target), "build_id": report["build_id"]}
