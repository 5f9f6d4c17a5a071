"""Unpack the later steps' local wheels into uv's cache while the first step installs.

Why: the plan's steps run one after another, so uv could not unpack IPEX's wheel while it
unpacks torch's, as one `uv pip install` of everything would (unpacking one large wheel keeps
one core busy). The warm-up installs those wheels into a scratch folder beside the target;
that fills uv's cache, and the later step then only links its files. The steps themselves,
their order and their checks are unchanged; a failed or stopped warm-up costs only the time.

It waits a moment first: with a warm cache the first step is over before then and the warm-up
never starts (it would only compete for the CPU); unpacking a large wheel takes far longer.
"""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path
from typing import Any

from app import proc
from app.errors import AppError, Cancelled

logger = logging.getLogger(__name__)


# Seconds the first step may run before the warm-up starts. A warm `uv pip install` of the torch
# step takes 0.1 s on an idle 2-core machine and up to 0.7 s when other work keeps both cores
# busy (tests/bench/bench_install.py); unpacking a 200 MB wheel into a cold cache takes seconds.
START_DELAY = 1.0


class CacheWarmup:
    def __init__(self, uv: str, python: str, wheels: list[str], scratch: Path, env: dict[str, str],
                 delay: float = 0.0):
        self.argv = [uv, "pip", "install", "--target", str(scratch), "--python", python, "--no-index",
                     "--no-deps", "--no-progress", "--color", "never", *wheels]
        self.scratch = scratch
        self.env = env
        self.delay = delay
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="uv-cache-warmup", daemon=True)

    def start(self) -> CacheWarmup:
        self._thread.start()
        return self

    def _run(self) -> None:
        try:
            if self._stop.wait(self.delay) or not self._links_are_cheap():
                return
            result = proc.run(self.argv, env=self.env, cancel=self._stop, timeout=3600)
            logger.info("uv cache warm-up exited with code %s in %.1f s", result.returncode, result.seconds)
        except (AppError, Cancelled) as exc:
            logger.info("uv cache warm-up stopped: %s", exc)
        finally:  # here, off the install's critical path; it holds nothing we keep
            shutil.rmtree(self.scratch, ignore_errors=True)

    def _links_are_cheap(self) -> bool:
        """uv hard-links (or clones) from its cache only within one file system; across two it
        would copy every file into the scratch folder, which costs more than it saves."""
        result = proc.run([self.argv[0], "cache", "dir"], env=self.env, cancel=self._stop, timeout=60)
        cache = result.stdout.strip().splitlines()[-1] if result.returncode == 0 and result.stdout.strip() else ""
        same = bool(cache) and _device(Path(cache)) == _device(self.scratch.parent)
        if not same:
            logger.info("uv cache warm-up skipped: the cache (%s) is on another file system", cache or "unknown")
        return same

    def stop(self) -> None:
        """Stop it if still running; returns once its process and scratch folder are gone."""
        self._stop.set()
        self._thread.join()


def later_local_wheels(step_args: list[Any]) -> list[str]:
    """The local wheel files the steps after the first will install."""
    wheels = [r for args in step_args[1:] for r in args.requirements if r.endswith(".whl") and Path(r).is_file()]
    return list(dict.fromkeys(wheels))


def _device(path: Path) -> int | None:
    """The file system of `path`, or of its nearest existing parent (the cache may not exist yet)."""
    for p in (path, *path.parents):
        try:
            return p.stat().st_dev
        except OSError:
            continue
    return None
