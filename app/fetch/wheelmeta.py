"""Read a downloaded wheel's own dependency pins, so the big runtime wheels they pin (the
oneAPI runtime under torch+xpu is hundreds of MB) also go through the resumable downloader."""

from __future__ import annotations

import zipfile
from email.parser import HeaderParser
from pathlib import Path
from typing import cast

from packaging.markers import default_environment
from packaging.requirements import InvalidRequirement, Requirement

from app import untrusted
from app.errors import BadInput
from app.fetch.index import pinned

MAX_METADATA = 16 * 1024 * 1024


def requires_dist(wheel: Path) -> list[str]:
    try:
        with zipfile.ZipFile(wheel) as zf:
            name = next((n for n in zf.namelist() if n.count("/") == 1 and n.endswith(".dist-info/METADATA")), None)
            if name is None:
                return []
            # A downloaded file: its METADATA is read with a cap (a real one is a few kB), and a
            # damaged or odd member (bad deflate data, encryption) means no pins, not a crash.
            text = untrusted.read_member(zf, name, MAX_METADATA, wheel.name).decode("utf-8", "replace")
    except (OSError, zipfile.BadZipFile, BadInput):
        return []
    return metadata_requirements(text)


def pinned_dependencies(wheel: Path, python_full_version: str) -> list[str]:
    """"name==version" for each dependency the wheel pins exactly and that applies to the target
    Python on this machine (markers evaluated for it; extras are not requested)."""
    return pinned_requirements(requires_dist(wheel), python_full_version)


def metadata_requirements(text: str) -> list[str]:
    """The Requires-Dist lines of a METADATA file's text."""
    return HeaderParser().parsestr(text).get_all("Requires-Dist") or []


def pinned_requirements(lines: list[str], python_full_version: str) -> list[str]:
    """The exact pins among Requires-Dist `lines` that apply to the target Python here."""
    env = dict(cast("dict[str, str]", default_environment()))
    env.update(python_version=".".join(python_full_version.split(".")[:2]), python_full_version=python_full_version,
               extra="")
    out = []
    for line in lines:
        try:
            req = Requirement(line)
        except InvalidRequirement:
            continue
        if req.marker is not None and not req.marker.evaluate(env):
            continue
        bare = f"{req.name}{req.specifier}"
        if pinned(bare):
            out.append(bare)
    return out
