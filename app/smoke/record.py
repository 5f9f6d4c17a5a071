"""Keeps each smoke run for support: the verdict JSON and the raw stdout/stderr of the
workload, side by side in the app's log folder, where the support bundle collects them."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from app import paths
from app.messages import coded_list


def keep(verdict: dict[str, Any], stdout: str, stderr: str) -> Path:
    """Write smoke-<stamp>.json and smoke-<stamp>.log; returns the JSON's path."""
    folder = paths.ensure(paths.log_dir())
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 10**6:06d}"
    log = folder / f"smoke-{stamp}.log"
    log.write_text(
        "=== stdout ===\n" + stdout + "\n=== stderr ===\n" + stderr, encoding="utf-8", errors="replace"
    )
    record = folder / f"smoke-{stamp}.json"
    kept = dict(verdict)
    for name in ("evidence", "advice", "caveats"):  # their coded forms: a bundle read in another language
        if isinstance(verdict.get(name), list):
            kept[f"{name}_codes"] = coded_list(verdict[name])
    record.write_text(json.dumps(kept, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
    return record
