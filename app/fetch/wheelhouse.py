"""Offline installs: take wheels from a folder the user filled elsewhere (--wheelhouse DIR),
checking names and hashes against the plan before anything is installed."""

from __future__ import annotations

from pathlib import Path

from app.errors import AppError, BadInput
from app.fetch.index import best_wheel
from app.fetch.pins import requirement_pin
from app.messages import msg
from app.untrusted_names import check_file_name


def check_dir(path: Path) -> Path:
    if not path.is_dir():
        raise BadInput(msg("wheelhouse_missing", folder=str(path)))
    return path


def by_filename(wheelhouse: Path, filename: str, sha256: str | None) -> Path | None:
    """The file named `filename` in the wheelhouse, verified when a hash is known."""
    candidate = wheelhouse / check_file_name(filename, "filename")
    if not candidate.is_file():
        return None
    if sha256:
        from app.fetch.download import file_sha256

        digest = file_sha256(candidate)
        if digest != sha256.lower():
            raise AppError(msg("wheelhouse_hash_mismatch", file=filename, folder=str(wheelhouse),
                               expected=sha256[:16] + "…", got=digest[:16] + "…"))
    return candidate


def by_requirement(wheelhouse: Path, requirement: str, python: str) -> Path | None:
    """The best wheel in the wheelhouse for a pinned requirement, or None."""
    pin = requirement_pin(requirement)
    if pin is None:
        return None
    return best_wheel(((path.name, path) for path in wheelhouse.glob("*.whl")), pin, python)
