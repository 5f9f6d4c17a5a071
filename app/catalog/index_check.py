"""Check a catalog build against a package index: which of its pinned wheels the index has,
for which Python versions, on the build's OS. A maintainer runs this (`catalog check`) to
confirm or fill in the catalog's Python lists; the planner never needs the network."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from packaging.requirements import Requirement

from app.catalog import wheels
from app.catalog.model import Build
from app.fetch import index_page

PYPI = "https://pypi.org/simple"
PYTHONS = tuple(f"3.{m}" for m in range(8, 15))


def check_build(
    build: Build, index_override: str | None = None, fetch: Callable[..., list[Any]] = index_page.project_files
) -> dict[str, Any]:
    steps = []
    per_python: dict[str, list[str]] = {p: [] for p in PYTHONS}  # python -> projects missing
    projects: list[str] = []
    for step in build.steps:
        index = index_override or step.index_url or (step.extra_index_urls[0] if step.extra_index_urls else PYPI)
        entry: dict[str, Any] = {
            "id": step.id, "index": index, "requirements": [], "direct_files": [f.url for f in step.files]
        }
        for text in step.requirements:
            req = Requirement(text)
            files = fetch(index, req.name)
            if not files and step.extra_index_urls and not index_override and index != PYPI:
                pass  # a project absent from the extra index may come from PyPI; reported as found nowhere
            found = index_page.wheels_for(files, req.name, partial(req.specifier.contains, prereleases=True))
            fits = {p: [f.filename for f, _, _ in found if wheels.fits(f.filename, p, build.os)] for p in PYTHONS}
            entry["requirements"].append({
                "requirement": text,
                "files": sorted(f.filename for f, _, _ in found),
                "pythons": sorted((p for p in PYTHONS if fits[p]), key=wheels.parse_python),
            })
            projects.append(req.name)
            for p in PYTHONS:
                if not fits[p]:
                    per_python[p].append(req.name)
        steps.append(entry)
    available = [p for p in PYTHONS if projects and not per_python[p]]
    declared = list(build.pythons or ())
    missing = {p: per_python[p] for p in declared if per_python.get(p)}
    return {
        "build_id": build.id,
        "os": build.os,
        "steps": steps,
        "pythons_declared": declared,
        "pythons_on_index": available,
        "missing": missing,
        "ok": not missing and bool(projects or any(s["direct_files"] for s in steps)),
    }
