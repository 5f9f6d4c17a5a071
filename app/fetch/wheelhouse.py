"""Offline installs: take wheels from a folder the user filled elsewhere (--wheelhouse DIR),
checking names and hashes against the plan before anything is installed."""

from __future__ import annotations

from pathlib import Path

from packaging.utils import InvalidWheelFilename, parse_wheel_filename
from packaging.version import InvalidVersion

from app.errors import AppError, BadInput
from app.fetch.download import file_sha256
from app.fetch.index import pinned, target_tags


def check_dir(path: Path) -> Path:
    if not path.is_dir():
        raise BadInput(f"The wheelhouse folder {path} does not exist.")
    return path


def by_filename(wheelhouse: Path, filename: str, sha256: str | None) -> Path | None:
    """The file named `filename` in the wheelhouse, verified when a hash is known."""
    candidate = wheelhouse / filename
    if not candidate.is_file():
        return None
    if sha256:
        digest = file_sha256(candidate)
        if digest != sha256.lower():
            raise AppError(f"{filename} in the wheelhouse {wheelhouse} does not match the plan's SHA-256 "
                           f"(expected {sha256[:16]}…, got {digest[:16]}…); nothing was installed.")
    return candidate


def by_requirement(wheelhouse: Path, requirement: str, python: str) -> Path | None:
    """The best wheel in the wheelhouse for a pinned requirement, or None."""
    pin = pinned(requirement)
    if pin is None:
        return None
    name, version = pin
    accepted = {t: i for i, t in reversed(list(enumerate(target_tags(python))))}
    best: tuple[int, Path] | None = None
    for path in wheelhouse.glob("*.whl"):
        try:
            wname, wversion, _b, wtags = parse_wheel_filename(path.name)
        except (InvalidWheelFilename, InvalidVersion):
            continue
        if wname != name or wversion != version:
            continue
        rank = min((accepted[t] for t in wtags if t in accepted), default=None)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, path)
    return best[1] if best else None
