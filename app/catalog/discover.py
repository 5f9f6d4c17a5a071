"""`catalog discover`: what the real indexes serve that the catalog does not say, or no longer
matches. A maintainer runs it; the planner never needs the network.

Read (app.catalog.discover_read): every index a build step names (PyTorch's XPU index,
Intel's per-platform indexes), Intel's per-platform indexes the catalog lists
(`intel_indexes`, region us), PyPI only where a pin found nothing on the step's own indexes,
and the GitHub release lists of the community builds' files.

Reported (the --json shape is in docs/ARCHITECTURE.md, "catalog discover"):
- new_versions: versions of torch/torchvision/torchaudio/IPEX on an index that no build of
  that OS pins there, with their Python tags and platforms (`versions`: every version read,
  known or not, the same way);
- pythons: builds whose Python list differs from the Pythons every pinned wheel exists for;
- unresolved: pins that match no file for the build's OS, and files missing from their release;
- new_releases: releases of those repositories with wheels that no catalog file names;
- hashes: files whose sha256 (or size) on the release differs from the catalog's record, and
  files the catalog records no hash for while the release gives one;
- pinned_files: every index wheel the pins resolve to, with its sha256 from the page. The
  catalog records no hashes for index wheels (they would double its size and the planner has
  no use for them); a maintainer keeps the last report instead, and `--since REPORT` lists the
  index wheels whose sha256 changed since that report (a file re-uploaded under the same name).
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from packaging.tags import Tag
from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from app.catalog import wheels
from app.catalog.discover_read import Reader, github_file
from app.catalog.model import Build, Catalog
from app.fetch.index_page import IndexFile
from app.fetch.pins import Pin, requirement_pin

PYPI = "https://pypi.org/simple"
INTEL_BASE = "https://pytorch-extension.intel.com/release-whl/stable/"
WATCHED = ("torch", "torchvision", "torchaudio", "intel-extension-for-pytorch")
PYTHONS = tuple(f"3.{m}" for m in range(8, 16))


@dataclass(frozen=True)
class Wheel:
    index: str
    file: IndexFile
    project: str
    version: Version
    oses: frozenset[str]
    platforms: frozenset[str]
    tags: frozenset[Tag]


@dataclass
class _Known:
    """What the catalog pins per (index, project, os), to tell new versions from known ones."""

    pins: dict[tuple[str, str, str], list[Pin]] = field(default_factory=lambda: defaultdict(list))

    def knows(self, index: str, project: str, os_name: str, version: Version) -> bool:
        return any(p.accepts(version) for p in self.pins.get((index, project, os_name), ()))


def norm(index: str) -> str:
    return index.rstrip("/")


def step_indexes(step: Any) -> tuple[list[str], bool]:
    """The indexes a step's requirements come from, its own first; and whether PyPI is among
    them (pip's default index when the step names no index_url)."""
    own = [norm(u) for u in ([step.index_url] if step.index_url else []) + list(step.extra_index_urls)]
    return own, step.index_url is None


def wheels_on(index: str, files: Iterable[IndexFile]) -> list[Wheel]:
    out = []
    for f in files:
        try:
            name, version, _build, tags = parse_wheel_filename(f.filename)
        except (InvalidWheelFilename, InvalidVersion):
            continue
        out.append(Wheel(index, f, canonicalize_name(name), version, frozenset(wheels.file_os(f.filename)),
                         frozenset(t.platform for t in tags), frozenset(tags)))
    return out


def pythons_of(found: Iterable[Wheel], os_name: str) -> list[str]:
    """The Pythons (X.Y) at least one of the wheels installs on, on `os_name` (by their tags)."""
    tags = frozenset().union(*(w.tags for w in found))
    return [p for p in PYTHONS if tags & wheels.target_tags(p, os_name)]


def intel_indexes(catalog: Catalog) -> list[str]:
    return [f"{INTEL_BASE}{platform}/us" for platform in sorted(catalog.intel_regions)
            if "us" in catalog.intel_regions[platform]]


def load_since(path: str) -> dict[str, str]:
    """url -> sha256 of the pinned files of an earlier `discover --json` report (bounded, checked)."""
    from app import untrusted
    from app.catalog.discover_texts import refused

    name = f"the earlier report {path}"
    data = untrusted.read_json_file(path, name)
    files = data.get("pinned_files") if isinstance(data, dict) else None
    if not isinstance(files, list) or not all(
            isinstance(f, dict) and isinstance(f.get("url"), str) and isinstance(f.get("sha256"), (str, type(None)))
            for f in files):
        raise refused("bad_since", file=path)
    return {f["url"].split("#", 1)[0]: f["sha256"] for f in files if f["sha256"]}


def discover(catalog: Catalog, reader: Reader, since: dict[str, str] | None = None,
             since_name: str = "") -> dict[str, Any]:
    started = time.monotonic()
    known = _Known()
    watched_indexes: set[str] = set(intel_indexes(catalog))
    for build in catalog.builds:
        for step in build.steps:
            own, _ = step_indexes(step)
            watched_indexes.update(own)
            for text in step.requirements:
                pin = requirement_pin(text)
                if pin is not None:
                    for index in own:
                        known.pins[(index, pin.name, build.os)].append(pin)

    unresolved: list[dict[str, Any]] = []
    pythons: list[dict[str, Any]] = []
    pinned_files: dict[str, dict[str, Any]] = {}
    parsed = _Parsed(reader)
    for build in catalog.builds:
        found_pythons, used = _check_pins(build, parsed, unresolved, pinned_files)
        declared = sorted(build.pythons or (), key=wheels.parse_python)
        if found_pythons is not None and declared != found_pythons:
            pythons.append({"build_id": build.id, "os": build.os, "declared": declared or None,
                            "certainty": build.pythons_certainty, "on_index": found_pythons,
                            "indexes": used})

    on_index = []
    for index in sorted(watched_indexes):
        for project in WATCHED:
            on_index += _versions_on(index, project, parsed.wheels(index, project), known)
    new_versions = [v for v in on_index if not v["in_catalog"]]

    hashes, unrecorded, new_releases = _check_release_files(catalog, reader, unresolved)
    for f in sorted(pinned_files.values(), key=lambda f: f["url"]):
        before = (since or {}).get(f["url"])
        if before and f["sha256"] and before != f["sha256"]:
            hashes.append({"build_id": f["build_ids"][0], "filename": f["filename"], "url": f["url"],
                           "where": f["index"], "field": "sha256", "recorded": before, "found": f["sha256"],
                           "source": None, "since": since_name})
    differences = len(new_versions) + len(new_releases) + len(pythons) + len(unresolved) + len(hashes)
    return {
        "catalog": {"origin": catalog.origin, "updated": catalog.updated},
        "ok": differences == 0,
        "differences": differences,
        "new_versions": new_versions,
        "new_releases": new_releases,
        "versions": [{k: v for k, v in entry.items() if k != "files"} for entry in on_index],
        "pythons": pythons,
        "unresolved": unresolved,
        "hashes": hashes,
        "hashes_unrecorded": unrecorded,
        "index_hashes_recorded": False,
        "since": since_name or None,
        "pinned_files": sorted(pinned_files.values(), key=lambda f: f["url"]),
        "read": {"pages": sorted(f"{i}/{p}/" for i, p in reader.pages),
                 "release_lists": sorted(reader.releases),
                 "releases_by_tag": sorted(reader.tagged),
                 "seconds": round(time.monotonic() - started, 2)},
    }


def _check_pins(build: Build, parsed: _Parsed, unresolved: list[dict[str, Any]],
                pinned_files: dict[str, dict[str, Any]]) -> tuple[list[str] | None, list[str]]:
    """Check each pinned requirement of `build` (its own indexes first, PyPI only when they have
    nothing); returns the Pythons with a wheel for every pin (None when the build pins nothing)
    and the indexes the pins resolved on."""
    per_project: list[list[str]] = []
    used: set[str] = set()
    for step_no, step in enumerate(build.steps):
        own, with_pypi = step_indexes(step)
        for text in step.requirements:
            pin = requirement_pin(text)
            if pin is None:
                continue  # unpinned or with markers: the resolver picks, nothing to check
            indexes = list(own)
            hits = _matches(parsed, own, pin, build.os)
            if not hits and with_pypi:
                indexes.append(PYPI)
                hits = _matches(parsed, [PYPI], pin, build.os)
                used.update([PYPI] if hits else [])
            elif hits:
                used.update(i for i in own if any(w.index == i for w in hits))
            if not hits:
                unresolved.append({"build_id": build.id, "step": step.id or str(step_no), "requirement": text,
                                   "os": build.os, "indexes": indexes})
                per_project.append([])
                continue
            for w in hits:
                url = w.file.url.split("#", 1)[0]  # the #sha256= fragment is the hash, not the place
                entry = pinned_files.setdefault(url, {"filename": w.file.filename, "url": url,
                                                             "index": w.index, "sha256": w.file.sha256,
                                                             "build_ids": []})
                if build.id not in entry["build_ids"]:
                    entry["build_ids"].append(build.id)
            per_project.append(pythons_of(hits, build.os))
    if not per_project:
        return None, []
    return [p for p in PYTHONS if all(p in found for found in per_project)], sorted(used)


class _Parsed:
    """The wheels of each page, parsed once: every pin of every build asks again."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.pages: dict[tuple[str, str], list[Wheel]] = {}

    def wheels(self, index: str, project: str) -> list[Wheel]:
        if (index, project) not in self.pages:
            self.pages[(index, project)] = wheels_on(index, self.reader.project(index, project))
        return self.pages[(index, project)]


def _matches(parsed: _Parsed, indexes: list[str], pin: Pin, os_name: str) -> list[Wheel]:
    return [w for index in indexes for w in parsed.wheels(index, pin.name)
            if w.project == pin.name and not w.file.yanked and pin.accepts(w.version) and os_name in w.oses]


def _versions_on(index: str, project: str, found_here: list[Wheel], known: _Known) -> list[dict[str, Any]]:
    """Every version of `project` on the page, per OS: its Pythons and platform tags, whether a
    build pins it there (`in_catalog`), and its files (for the new ones)."""
    grouped: dict[tuple[Version, str], list[Wheel]] = defaultdict(list)
    for w in found_here:
        if w.project == project and not w.file.yanked:
            for os_name in sorted(w.oses):
                grouped[(w.version, os_name)].append(w)
    out = []
    for (version, os_name), found in sorted(grouped.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        known_here = known.knows(index, project, os_name, version)
        entry: dict[str, Any] = {
            "index": index, "project": project, "version": str(version), "os": os_name,
            "pythons": pythons_of(found, os_name),
            "platforms": sorted({p for w in found for p in w.platforms}),
            "in_catalog": known_here,
        }
        if not known_here:
            entry["files"] = [{"filename": w.file.filename, "url": w.file.url, "sha256": w.file.sha256}
                              for w in sorted(found, key=lambda w: w.file.filename)]
        out.append(entry)
    return out


def _check_release_files(catalog: Catalog, reader: Reader, unresolved: list[dict[str, Any]]
                         ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Each community file against its release (from the repository's list of the newest
    releases, else asked for by its tag); and the listed releases with wheels the catalog
    does not name. Returns (changed, unrecorded, new releases)."""
    changed: list[dict[str, Any]] = []
    unrecorded: list[dict[str, Any]] = []
    named: dict[str, set[str]] = defaultdict(set)  # "owner/repo" -> tags the catalog's files name
    for build in catalog.builds:
        for step in build.steps:
            for ref in step.files:
                where = github_file(ref.url)
                if where is None:
                    continue
                owner, repo, tag, name = where
                named[f"{owner}/{repo}"].add(tag)
                release = next((r for r in reader.github_releases(owner, repo) if r.tag == tag), None)
                if release is None:
                    release = reader.github_release(owner, repo, tag)
                asset = next((a for a in release.assets if a.name == name), None) if release else None
                entry = {"build_id": build.id, "filename": ref.filename, "url": ref.url,
                         "repo": f"{owner}/{repo}", "tag": tag,
                         "where": f"https://github.com/{owner}/{repo}/releases/tag/{quote(tag, safe='')}"}
                if asset is None:
                    unresolved.append({**entry, "requirement": None, "os": build.os})
                    continue
                if ref.sha256 and asset.sha256 and ref.sha256 != asset.sha256:
                    changed.append({**entry, "field": "sha256", "recorded": ref.sha256, "found": asset.sha256,
                                    "source": ref.hash_source})
                elif ref.size and asset.size and ref.size != asset.size:
                    changed.append({**entry, "field": "size", "recorded": ref.size, "found": asset.size,
                                    "source": ref.hash_source})
                if not ref.sha256 and asset.sha256:
                    unrecorded.append({**entry, "sha256": asset.sha256, "size": asset.size})
    return changed, unrecorded, _new_releases(reader, named)


def _new_releases(reader: Reader, named: dict[str, set[str]]) -> list[dict[str, Any]]:
    """Listed releases of the community repositories that carry wheels and that no catalog
    file names: a community build the catalog does not know yet."""
    out = []
    for repo in sorted(named):
        owner, name = repo.split("/", 1)
        for release in reader.github_releases(owner, name):
            if release.tag in named[repo] or release.draft:
                continue
            found = wheels_on(f"https://github.com/{repo}/releases/tag/{quote(release.tag, safe='')}",
                              (IndexFile(filename=a.name, url=a.url, sha256=a.sha256) for a in release.assets))
            if not found:
                continue
            out.append({
                "repo": repo, "tag": release.tag, "prerelease": release.prerelease,
                "wheels": [{"filename": w.file.filename, "project": w.project, "version": str(w.version),
                            "os": sorted(w.oses), "pythons": sorted({p for o in w.oses for p in pythons_of([w], o)},
                                                                    key=wheels.parse_python),
                            "url": w.file.url, "sha256": w.file.sha256} for w in found],
            })
    return out
