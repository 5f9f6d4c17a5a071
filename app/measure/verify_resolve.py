"""Which wheel files `catalog verify` measures for a build: for each pinned requirement of its
steps (and each direct file), the file the build's own indexes serve for one Python on the
build's OS (optionally one platform tag): the newest version the pin accepts, as pip picks.
The index pages are read through app.fetch.index (bounded, retried, mirrors applied)."""

from __future__ import annotations

import sys
import threading
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from packaging.utils import InvalidWheelFilename, canonicalize_name, parse_wheel_filename
from packaging.version import InvalidVersion, Version

from app.catalog import wheels
from app.fetch.pins import requirement_pin
from app.measure.verify_texts import refused

if TYPE_CHECKING:
    import requests

    from app.catalog.model import Build
    from app.fetch.mirrors import Mirrors

PYPI = "https://pypi.org/simple"


@dataclass(frozen=True)
class WheelFile:
    project: str  # canonical name
    version: str
    requirement: str  # the pin, or the direct file's name
    filename: str
    url: str
    sha256: str | None
    sha256_source: str | None  # "index" | "catalog"
    index: str | None  # None for a direct file

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Missing:
    requirement: str
    indexes: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"requirement": self.requirement, "indexes": list(self.indexes)}


def choose_python(build: Build, requested: str | None) -> str:
    """The Python to measure for: the one asked for (it must be among the build's Pythons when
    the catalog lists them), else this machine's when the build has it, else the first listed."""
    listed = list(build.pythons or ())
    if requested is not None:
        try:
            wheels.parse_python(requested)
        except ValueError:
            raise refused("bad_python", value=requested) from None
        if listed and requested not in listed:
            raise refused("python_not_listed", build_id=build.id, pythons=list(listed), python=requested)
        return requested
    host = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return host if not listed or host in listed else listed[0]


def check_platform(value: str | None) -> str | None:
    if value is None:
        return None
    ok = value.replace("_", "").replace(".", "").isalnum() and value.islower() and len(value) <= 64
    if not ok:
        raise refused("bad_platform", value=value[:80])
    return value


def pinned_projects(build: Build) -> list[str]:
    names = []
    for step in build.steps:
        for text in step.requirements:
            pin = requirement_pin(text)
            if pin is not None and pin.name not in names:
                names.append(pin.name)
        for ref in step.files:
            if wheels.is_wheel(ref.filename):
                name = wheels.wheel_project(ref.filename)
                if name not in names:
                    names.append(name)
    return names


def check_projects(build: Build, projects: list[str] | None) -> set[str] | None:
    """The canonical names asked for with --project (each must be one the build pins), or None: all."""
    if not projects:
        return None
    pinned = pinned_projects(build)
    wanted: set[str] = {str(canonicalize_name(p)) for p in projects}
    unknown = sorted(wanted - set(pinned))
    if unknown:
        raise refused("no_project", build_id=build.id, projects=unknown, pinned=list(pinned))
    return wanted


def _fits(filename: str, python: str, os_name: str, platform: str | None) -> bool:
    try:
        if not wheels.fits(filename, python, os_name):
            return False
        return platform is None or any(t.platform == platform for t in parse_wheel_filename(filename)[3])
    except (InvalidWheelFilename, InvalidVersion):
        return False


def resolve(build: Build, python: str, *, platform: str | None = None, projects: set[str] | None = None,
            session: requests.Session, mirrors: Mirrors | None = None,
            cancel: threading.Event | None = None) -> tuple[list[WheelFile], list[Missing]]:
    from app.fetch.index import list_files

    found: list[WheelFile] = []
    missing: list[Missing] = []
    for step in build.steps:
        indexes = [step.index_url or PYPI, *step.extra_index_urls]
        for text in step.requirements:
            pin = requirement_pin(text)
            if pin is None or (projects is not None and pin.name not in projects):
                continue
            best: tuple[Version, WheelFile] | None = None
            for index in indexes:
                for f in list_files(session, index, pin.name, mirrors, cancel=cancel):
                    try:
                        name, version, _build, _tags = parse_wheel_filename(f.filename)
                    except (InvalidWheelFilename, InvalidVersion):
                        continue
                    if f.yanked or name != pin.name or not pin.accepts(version):
                        continue
                    if not _fits(f.filename, python, build.os, platform):
                        continue
                    if best is None or version > best[0]:
                        best = (version, WheelFile(pin.name, str(version), text, f.filename, f.url,
                                                   (f.sha256 or "").lower() or None, "index" if f.sha256 else None,
                                                   index))
            if best is None:
                missing.append(Missing(text, tuple(indexes)))
            else:
                found.append(best[1])
        for ref in step.files:
            if not wheels.is_wheel(ref.filename):
                continue
            project = wheels.wheel_project(ref.filename)
            if (projects is not None and project not in projects) or not _fits(ref.filename, python, build.os,
                                                                                platform):
                continue
            sha = (ref.sha256 or "").lower() or None
            found.append(WheelFile(project, str(parse_wheel_filename(ref.filename)[1]), ref.filename, ref.filename,
                                   ref.url, sha, "catalog" if sha else None, None))
    return found, missing
