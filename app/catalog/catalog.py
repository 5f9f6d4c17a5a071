"""The catalog in one import: load it, and the types it is made of.

    from app.catalog import catalog
    builds = catalog.load_catalog().builds
"""

from __future__ import annotations

from pathlib import Path

from app.catalog.model import Aot, AotClaim, Build, Catalog, GpuRule, JitCost  # noqa: F401
from app.catalog.schema import CatalogInvalid, parse_catalog  # noqa: F401
from app.catalog.store import builtin_path, load, refresh, refreshed_path  # noqa: F401


def load_catalog(path: str | Path | None = None) -> Catalog:
    """The catalog to plan with (see store.load): a named file, else the refreshed copy when
    valid and current, else the built-in one."""
    return load(path)
