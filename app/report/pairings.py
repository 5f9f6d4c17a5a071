"""Which torch / torchvision / torchaudio / IPEX / oneAPI runtime versions belong together,
taken from the catalog (app.catalog) so the doctor and the planner agree.

The doctor works without the catalog too: package metadata (torchvision and torchaudio pin
their torch; torch and IPEX pin their oneAPI runtime) and IPEX's own import-time rule (its
major.minor must equal torch's) catch most mixes; the catalog adds exact pairings and the
maintenance status.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger(__name__)


@dataclass
class Pairing:
    build_id: str
    torch: str
    torchvision: str | None = None
    torchaudio: str | None = None
    ipex: str | None = None
    oneapi: dict[str, str] = field(default_factory=dict)  # package -> version
    status: str = ""  # e.g. "archived"
    os: list[str] = field(default_factory=list)
    channel: str = ""
    min_driver: dict[str, Any] = field(default_factory=dict)  # {"linux"|"windows": text or None, "note": text}


def _get(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value not in (None, ""):
            return value
    return default


def _oneapi_pins(build: Any) -> dict[str, str]:
    """oneAPI runtime pins from the build's install steps ("dpcpp-cpp-rt==2025.0.4")."""
    from app.report.package_names import is_oneapi_package  # one definition of "oneAPI"

    pins: dict[str, str] = {}
    for step in _get(build, "steps", default=()) or ():
        for text in _get(step, "requirements", default=()) or ():
            text = str(text).split(";")[0].strip()
            if "==" in text:
                name, version = (x.strip() for x in text.split("==", 1))
                if is_oneapi_package(name):
                    pins[name] = version
    return pins


def from_build(build: Any) -> Pairing:
    """A Pairing from one catalog build (app.catalog.model.Build, or a dict of the same shape)."""
    versions = _get(build, "versions", default={}) or {}
    os_value = _get(build, "os", default=[]) or []
    return Pairing(
        build_id=str(_get(build, "id", "build_id", default="?")),
        torch=str(versions.get("torch") or ""),
        torchvision=versions.get("torchvision"),
        torchaudio=versions.get("torchaudio"),
        ipex=versions.get("ipex"),
        oneapi=_oneapi_pins(build),
        status=str(_get(build, "status", default="") or ""),
        os=[os_value] if isinstance(os_value, str) else list(os_value),
        channel=str(_get(build, "channel", default="") or ""),
        min_driver=dict(_get(build, "min_driver", default={}) or {}),
    )


def satisfies(expected: str, installed: str) -> bool:
    """The catalog's rule ('2.8.0+xpu' exactly; '2.1.0a0' any local label; '2.9.*' any 2.9.x)."""
    try:
        from app.catalog.versions import satisfies as catalog_satisfies
    except ImportError:  # same rule, for a build without the catalog package
        from packaging.specifiers import InvalidSpecifier, SpecifierSet
        from packaging.version import InvalidVersion, Version

        try:
            return Version(installed) in SpecifierSet(f"=={expected}", prereleases=True)
        except (InvalidSpecifier, InvalidVersion):
            return False
    return catalog_satisfies(expected, installed)


def load_pairings() -> list[Pairing]:
    """The catalog's builds as pairings; empty (and logged) when no catalog can be loaded."""
    try:
        from app.catalog import store  # the planner's catalog: built-in, or a refreshed copy
    except ImportError:
        logger.debug("no catalog in this build; pairings come from package metadata only")
        return []
    try:
        catalog = store.load()
    except Exception as exc:  # a broken catalog must not stop the doctor
        logger.debug("could not load the catalog: %s", exc)
        return []
    return [from_build(b) for b in catalog.builds]
