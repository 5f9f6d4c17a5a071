"""Which installed distribution a file belongs to, from the `.dist-info/RECORD` files (the
installer's own list of what it wrote). Files no RECORD lists are reported as unowned."""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MAX_RECORD_BYTES = 32 * 1024 * 1024  # torch's RECORD is ~2 MB
_DIST_INFO = re.compile(r"^(?P<name>[^-]+)-(?P<version>[^-]+)\.dist-info$", re.IGNORECASE)


@dataclass(frozen=True)
class Dist:
    name: str  # canonical: lower case, runs of -_. as "-"
    version: str
    dist_info: Path


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def key(path: str | os.PathLike[str]) -> str:
    """How a path is compared: absolute, normalised, case-folded where the OS folds case."""
    return os.path.normcase(os.path.normpath(os.path.abspath(path)))


def installed(site: Path) -> list[Dist]:
    out: list[Dist] = []
    try:
        entries = sorted(os.scandir(site), key=lambda e: e.name)
    except OSError:
        return out
    for entry in entries:
        m = _DIST_INFO.match(entry.name)
        if m and entry.is_dir():
            out.append(Dist(canonical(m["name"]), m["version"], Path(entry.path)))
    return out


def record_rows(dist: Dist) -> list[tuple[str, str]]:
    """(path as written, hash field) for each RECORD row; empty when there is no RECORD."""
    record = dist.dist_info / "RECORD"
    try:
        with open(record, "rb") as fh:
            data = fh.read(MAX_RECORD_BYTES + 1)
    except OSError:
        return []
    if len(data) > MAX_RECORD_BYTES:
        return []
    rows = []
    for row in csv.reader(io.StringIO(data.decode("utf-8", "replace"))):
        if row and row[0] and "\0" not in row[0]:
            rows.append((row[0], row[1] if len(row) > 1 else ""))
    return rows


def owner_map(sites: list[Path], wanted: Callable[[str], bool]) -> dict[str, Dist]:
    """file key -> its distribution, for the RECORD rows `wanted(path_text)` accepts
    (the caller passes a name filter so torch's 15,000 rows cost little)."""
    owners: dict[str, Dist] = {}
    for site in sites:
        for dist in installed(site):
            for rel, _hash in record_rows(dist):
                if wanted(rel):
                    owners.setdefault(key(site / rel), dist)
    return owners
