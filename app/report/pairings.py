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


def _get(obj, *names, default=None):
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value not in (None, ""):
            return value
    return default


def from_build(build) -> Pairing:
    """A Pairing from one catalog build (an object or a dict; field names as the catalog has them)."""
    oneapi = _get(build, "oneapi", "oneapi_runtime", "oneapi_packages", default={}) or {}
    if isinstance(oneapi, (list, tuple)):  # ["intel-sycl-rt==2025.1.1", ...]
        pairs = {}
        for item in oneapi:
            text = str(item)
            if "==" in text:
                name, version = text.split("==", 1)
                pairs[name.strip()] = version.split(";")[0].strip()
        oneapi = pairs
    os_value = _get(build, "os", "oses", default=[]) or []
    return Pairing(
        build_id=str(_get(build, "id", "build_id", default="?")),
        torch=str(_get(build, "torch", "torch_version", default="")),
        torchvision=_get(build, "torchvision", "torchvision_version"),
        torchaudio=_get(build, "torchaudio", "torchaudio_version"),
        ipex=_get(build, "ipex", "ipex_version"),
        oneapi=dict(oneapi),
        status=str(_get(build, "status", default="") or ""),
        os=[os_value] if isinstance(os_value, str) else list(os_value),
        channel=str(_get(build, "channel", default="") or ""),
    )


def load_pairings() -> list[Pairing]:
    """The catalog's builds as pairings; empty (and logged) when no catalog can be loaded."""
    try:
        from app.catalog import catalog as catalog_module  # the planner's module
    except ImportError:
        logger.debug("no catalog module yet; pairings come from package metadata only")
        return []
    loader = getattr(catalog_module, "load_catalog", None) or getattr(catalog_module, "load", None)
    if loader is None:
        return []
    try:
        catalog = loader()
    except Exception as exc:  # a broken catalog must not stop the doctor
        logger.warning("could not load the catalog: %s", exc)
        return []
    builds = _get(catalog, "builds", default=catalog)
    return [from_build(b) for b in builds or []]
