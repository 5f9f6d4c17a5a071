"""What the Install page shows before and during an install, without Qt: the engine's steps
listed from the start, and the download as a whole: bytes done of the total, with the time left.

The total is known before the bytes come when the engine can say so (app.events.DownloadSizes:
sizes from the plan, the package index or a HEAD request); a file whose size nobody gave joins
the total with its own Content-Length when it starts. The time left comes from a smoothed
rate, so it does not jump about, and is shown only once it means something."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.env_summary import human_size
from app.messages import Message, msg


def planned_steps(plan_json: dict[str, Any] | None, existing_venv: bool) -> list[str]:
    """The engine's step codes in the order app.install.engine runs them: the Python, the
    downloads, the safety copy of an existing venv or a new venv, one step per plan step,
    the version check, putting the environment in place. Steps the engine adds on its own
    (pip, rollback) join the list when they start."""
    steps = ((plan_json or {}).get("choice") or {}).get("steps") or []
    ids = [f"install:{s.get('id')}" for s in steps if isinstance(s, dict) and s.get("id")]
    return ["python", "download", "snapshot" if existing_venv else "venv", *ids, "verify", "commit"]


def step_tool(detail: str) -> str:
    """Which tool an install step runs, 'uv' or 'pip', from its StepStarted detail (the command
    line app.install.backends makes: `uv pip install --python ...` or `python -m pip install`)."""
    return "uv" if " pip install --python " in f" {detail} " else "pip"


@dataclass
class Overall:
    done: int
    total: int | None  # the sum of every size known so far; None when none is known
    complete: bool  # every file announced has a known size: the total is not a lower bound
    eta: float | None  # seconds left, None until it means something


class ByteProgress:
    """The download as a whole: the files announced before they start (with their sizes when
    known) and each file's latest Progress event. A file's own total (its Content-Length while
    downloading) wins over an announced size, and a file is never counted smaller than what has
    arrived, so a server that lied about a size only moves the total, never past 100 %.
    The rate is measured over a window and smoothed (_sample_rate); the bytes a file reports
    in its first event (a resumed or cached file) count as done, not as speed."""

    MIN_SECONDS = 3.0  # no time left from less measuring than this
    WINDOW = 15.0  # seconds of bytes the rate is measured over
    SMOOTHING = 5.0  # seconds: the moving average of that rate
    MIN_SAMPLE = 0.25  # seconds between rate samples

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self.announced: dict[str, int | None] = {}
        self.files: dict[str, tuple[int, int | None]] = {}
        self._measured = 0  # bytes that arrived after each file's first event
        self._first_at: float | None = None
        self._samples: deque[tuple[float, int]] = deque()
        self._rate: float | None = None
        self._rated_at = 0.0

    def announce(self, sizes: Iterable[tuple[str, int | None]]) -> Overall:
        for name, size in sizes:
            known = size if isinstance(size, int) and size >= 0 else None
            if self.announced.get(name) is None:
                self.announced[name] = known
        return self.overall()

    def update(self, task: str, done: int, total: int | None) -> Overall:
        done = max(0, int(done))
        before = self.files.get(task)
        if before is not None:
            self._measured += max(0, done - before[0])
        self.files[task] = (done, total if isinstance(total, int) and total >= 0 else None)
        self._sample_rate()
        return self.overall()

    def _sample_rate(self) -> None:
        """The rate over the last WINDOW seconds (a burst and a pause of a few seconds average
        out), then a moving average of that over SMOOTHING seconds."""
        now = self.clock()
        if self._first_at is None:
            self._first_at = now
        samples = self._samples
        if samples and now - samples[-1][0] < self.MIN_SAMPLE:
            return
        samples.append((now, self._measured))
        while len(samples) > 2 and now - samples[1][0] >= self.WINDOW:
            samples.popleft()
        (t0, m0), (t1, m1) = samples[0], samples[-1]
        if t1 - t0 <= 0:
            return
        rate = (m1 - m0) / (t1 - t0)
        if self._rate is None:
            self._rate = rate
        else:
            dt = now - self._rated_at
            self._rate += (1 - math.exp(-dt / self.SMOOTHING)) * (rate - self._rate)
        self._rated_at = now

    def overall(self) -> Overall:
        done, total, complete = 0, 0, True
        any_size = False
        for name in {**self.announced, **self.files}:
            got, own = self.files.get(name, (0, None))
            size = own if own is not None else self.announced.get(name)
            done += got
            if size is None:
                complete = False
                total += got
            else:
                any_size = True
                total += max(size, got)
        if not any_size:
            return Overall(done, None, False, None)
        return Overall(done, total, complete, self._eta(done, total, complete))

    def _eta(self, done: int, total: int, complete: bool) -> float | None:
        if not complete or done >= total or self._rate is None or self._rate <= 0 or self._first_at is None:
            return None
        if self.clock() - self._first_at < self.MIN_SECONDS:
            return None
        return (total - done) / self._rate


def time_left(seconds: float) -> Message:
    """A time left, rounded up so it changes seldom: up to a minute in 5 s steps, up to ten
    minutes in whole minutes, then in 5-minute steps."""
    if seconds < 60:
        return msg("time_left_seconds", seconds=max(5, 5 * math.ceil(seconds / 5)))
    minutes = math.ceil(seconds / 60)
    if minutes > 10:
        minutes = 5 * math.ceil(minutes / 5)
    if minutes < 60:
        return msg("time_left_minutes", minutes=minutes)
    return msg("time_left_hours", hours=minutes // 60, minutes=minutes % 60)


def overall_sentence(overall: Overall | None, finished: bool = False) -> Message:
    """'1.2 GB of 3.4 GB · about 4 min left', or what is known of it."""
    if finished and overall is not None:
        return msg("download_finished", total=human_size(max(overall.done, overall.total or 0)))
    if overall is None:
        return msg("download_waiting")
    done = human_size(overall.done)
    if overall.total is None:
        return msg("download_so_far", done=done)
    total = human_size(overall.total)
    if not overall.complete:
        return msg("download_of_at_least", done=done, total=total)
    if overall.eta is not None:
        return msg("download_of_total_left", done=done, total=total, left=time_left(overall.eta))
    return msg("download_of_total", done=done, total=total)
