"""Files a maintainer reviews before they change the catalog: the draft of `catalog discover
--write` and the measurements of `catalog verify --write`. Both are refused over a maintained
catalog (checked before any download) and written atomically (a temporary file beside the
target, then one rename), so a failed write leaves the old file whole."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import AppError, BadInput
from app.messages import msg

if TYPE_CHECKING:
    from app.catalog.model import Catalog


def source_path(catalog: Catalog) -> Path:
    """The file `catalog` was read from."""
    from app.catalog import store

    if catalog.origin == "built-in":
        return store.builtin_path()
    if catalog.origin == "refreshed":
        return store.refreshed_path()
    return Path(catalog.origin)


def check_target(path: str, catalog: Catalog) -> Path:
    """`path`, resolved, when it is not the catalog in use nor the built-in or refreshed one."""
    from app.catalog import store

    target = Path(path).resolve()
    for maintained in (source_path(catalog), store.builtin_path(), store.refreshed_path()):
        if target == maintained.resolve() or (target.exists() and maintained.exists()
                                              and os.path.samefile(target, maintained)):
            raise BadInput(msg("review_over_catalog", path=path))
    return target


def write_json(target: Path, document: Any) -> None:
    """`document` as indented UTF-8 JSON at `target`, atomically; AppError when it cannot."""
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    try:
        fd, tmp = tempfile.mkstemp(prefix=".review-", suffix=".json", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        raise AppError(msg("review_write_failed", path=str(target),
                           reason=exc.strerror or type(exc).__name__)) from None
