#!/usr/bin/env python3
"""Benchmark: time to cancel. A real `python -m app install` against the loopback mirror is
stopped while uv or pip is mid-download (the server drips the last step's wheel); the figure
is the time from the signal to the moment no process of that run is left (read from /proc:
every process whose environment carries the run's marker, whoever its parent is by then).

  SIGKILL: nothing of ours runs any more; the guard process kills the children's groups.
  SIGTERM: the installer cancels, stops its child and rolls back, then exits with code 1.

Goal (issue 12): every child gone, promptly (well under a second after SIGKILL). Linux only.

    python tests/bench/bench_cancel.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "integration"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from mirror.fixtures import Mirror, build_standard, publish_standard  # noqa: E402
from mirror.server import MirrorServer  # noqa: E402
from test_killed_installer import Installer, dripping_plan, gone_within  # noqa: E402


def one(m: Mirror, scratch: Path, how: signal.Signals, backend: str) -> tuple[float, int]:
    """Seconds from the signal until the run has no process left, and how many it had."""
    plan_file = dripping_plan(m, scratch)
    run = Installer(plan_file, scratch / "env", scratch, "--backend", backend)
    before = run.wait_for_drip(m, "pip" if backend == "pip" else "uv")
    start = time.monotonic()
    run.popen.send_signal(how)
    if how == signal.SIGTERM:
        run.popen.communicate(timeout=60)
    else:
        run.popen.wait()
    _seconds, left = gone_within(run.marker, 30)
    took = time.monotonic() - start
    if left:
        raise SystemExit(f"FAILED: still running after {how.name}: {left}")
    return took, len(before)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not Path("/proc/self/environ").exists():
        print("bench_cancel: needs Linux /proc; skipped")
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-cancel-") as tmp:
        base = Path(tmp)
        for name in ("DATA", "CACHE", "LOG"):
            os.environ[f"IPEX_INSTALLER_{name}_DIR"] = str(base / name.lower())
        os.environ.update({"PIP_CONFIG_FILE": os.devnull, "UV_NO_CONFIG": "1", "PIP_NO_CACHE_DIR": "1"})
        wheels = build_standard(base / "wheels")
        print(f"time to cancel: signal -> every process of the run gone (median of {args.runs})")
        for how, backend in ((signal.SIGKILL, "uv"), (signal.SIGKILL, "pip"), (signal.SIGTERM, "uv")):
            figures, counts = [], []
            for i in range(args.runs):
                scratch = base / f"{how.name}-{backend}-{i}"
                scratch.mkdir()
                server = MirrorServer().start()
                try:
                    publish_standard(server, wheels)
                    took, count = one(Mirror(server, wheels), scratch, how, backend)
                finally:
                    server.stop()
                figures.append(took)
                counts.append(count)
            print(f"  {how.name:7} {backend:3} mid-download ({max(counts)} processes): "
                  f"median {statistics.median(figures) * 1000:7.1f} ms, max {max(figures) * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
