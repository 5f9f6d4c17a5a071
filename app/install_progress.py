"""What the Install page shows before and during an install, without Qt: the engine's steps
listed from the start, and the overall download progress by bytes with the time left."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


def planned_steps(plan_json: dict[str, Any] | None, existing_venv: bool) -> list[str]:
    """The engine's step codes in the order app.install.engine runs them: the Python, the
    downloads, the safety copy of an existing venv or a new venv, one step per plan step,
    the version check, putting the environment in place. Steps the engine adds on its own
    (pip, rollback) join the list when they start."""
    steps = ((plan_json or {}).get("choice") or {}).get("steps") or []
    ids = [f"install:{s.get('id')}" for s in steps if isinstance(s, dict) and s.get("id")]
    return ["python", "download", "snapshot" if existing_venv else "venv", *ids, "verify", "commit"]


def plan_download_bytes(plan_json: dict[str, Any] | None) -> int | None:
    """The sum of the plan's file sizes, or None when it is not known before downloading: a
    file without a size, or a step whose wheels are found on an index while installing."""
    total = 0
    steps = ((plan_json or {}).get("choice") or {}).get("steps") or []
    if not steps:
        return None
    for step in steps:
        if step.get("requirements") or not step.get("files"):
            return None
        for f in step.get("files") or []:
            size = f.get("size")
            if not isinstance(size, int) or size < 0:
                return None
            total += size
    return total


@dataclass
class Overall:
    done: int
    total: int | None
    eta: float | None  # seconds left, None until the rate is known


class ByteProgress:
    """The download as a whole: each file's latest Progress event, summed. The total is the
    plan's sum when it is known; otherwise there is none (the files' own totals arrive one by
    one, and their sum so far would be a false total). The time left comes from the bytes that
    arrived since the first event (resumed bytes count as done, not as speed)."""

    MIN_SECONDS = 1.0  # no time-left figure from less than this much measuring

    def __init__(self, plan_total: int | None, clock: Callable[[], float] = time.monotonic):
        self.plan_total = plan_total
        self.clock = clock
        self.files: dict[str, tuple[int, int | None]] = {}
        self._start: tuple[float, int] | None = None

    def update(self, task: str, done: int, total: int | None) -> Overall:
        self.files[task] = (max(0, int(done)), total)
        return self.overall()

    def overall(self) -> Overall:
        done = sum(d for d, _ in self.files.values())
        total = self.plan_total
        if total is not None:
            done = min(done, total)
        now = self.clock()
        if self._start is None:
            self._start = (now, done)
        eta = None
        started, at_start = self._start
        if total is not None and now - started >= self.MIN_SECONDS and done > at_start:
            rate = (done - at_start) / (now - started)
            eta = (total - done) / rate
        return Overall(done, total, eta)
