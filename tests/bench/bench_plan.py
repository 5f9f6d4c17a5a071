"""Benchmark: planning, as a whole process and as the planner call alone.

1. `python -m app plan --json --gpu 0x56a0 --os linux --python 3.11` as a process (median of N
   interleaved runs after a warm-up), beside `python -c pass` (the interpreter's own start) and the same
   question asked of torchruntime (PCI id -> torch platform -> pip command, in one process),
   which is what a user of that tool runs; it answers less (no AOT coverage, no IPEX builds).
2. The planner alone: `plan_for_gpu` for every device id in the database x both OSes over the
   whole catalog, reported per plan and per (build x device) evaluation; beside torchruntime's
   get_torch_platform for the same ids.

Goals (issue 3): the whole command under 150 ms here; the planner alone microseconds per
build and device.

    python3 installer/dev.py bench
    .venv/bin/python tests/bench/bench_plan.py [--runs 15]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

PLAN = [sys.executable, "-m", "app", "plan", "--json", "--gpu", "0x56a0", "--os", "linux", "--python", "3.11"]
TORCHRUNTIME = [sys.executable, "-c", (
    "from torchruntime.device_db import get_device_infos\n"
    "from torchruntime.platform_detection import get_torch_platform\n"
    "from torchruntime.installer import get_install_commands\n"
    "print(get_install_commands(get_torch_platform(get_device_infos([('8086', '56a0')])), ['torch']))")]


def process_ms(commands: dict[str, list[str]], runs: int) -> dict[str, float]:
    """Median wall time per command, runs interleaved (after one warm-up round) so that the
    machine's load (other people's work on a shared machine) hits every command alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(runs + 1):
        for name, argv in commands.items():
            start = time.perf_counter()
            result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120)
            elapsed = (time.perf_counter() - start) * 1000
            if result.returncode != 0:
                raise SystemExit(f"{' '.join(argv[:4])}... failed: {result.stderr.strip()[-300:]}")
            if i:
                times[name].append(elapsed)
    return {name: statistics.median(t) for name, t in times.items()}


def planner_alone(rounds: int) -> tuple[float, int, int]:
    from app.catalog import planner, store
    from app.probe import devices

    catalog = store.load()
    gpus = [devices.make_gpu(d) for d in sorted(devices._devices())]
    prefs = planner.Prefs(python="3.11")
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for gpu in gpus:
            for os_name in ("linux", "windows"):
                planner.plan_for_gpu(gpu, os_name, catalog, prefs)
        best = min(best, time.perf_counter() - start)
    return best, len(gpus) * 2, len(catalog.builds)


def torchruntime_alone(rounds: int) -> tuple[float, int] | None:
    if importlib.util.find_spec("torchruntime") is None:
        return None
    from torchruntime.device_db import get_device_infos
    from torchruntime.platform_detection import get_torch_platform

    from app.probe import devices

    ids = [("8086", d[2:]) for d in sorted(devices._devices())]
    infos = [get_device_infos([i]) for i in ids]
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for gpu_infos in infos:
            try:
                get_torch_platform(gpu_infos)
            except Exception:  # torchruntime raises for GPUs it does not know
                pass
        best = min(best, time.perf_counter() - start)
    return best, len(ids)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    load = (f", load average {os.getloadavg()[0]:.2f} (others' work skews the figures)"
            if hasattr(os, "getloadavg") else "")
    print(f"machine: {sys.platform}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}{load}")
    commands = {"plan": PLAN, "pass": [sys.executable, "-c", "pass"]}
    has_tr = importlib.util.find_spec("torchruntime") is not None
    if has_tr:
        commands["torchruntime"] = TORCHRUNTIME
    print(f"Whole process, median of {args.runs} interleaved runs (ms):")
    ms = process_ms(commands, args.runs)
    ours = ms["plan"]
    print(
        f"  python -m app plan --json --gpu 0x56a0 ...   {ours:8.1f}   "
        f"(goal < 150: {'met' if ours < 150 else 'MISSED'})"
    )
    print(f"  python -c pass (interpreter start only)       {ms['pass']:8.1f}")
    if has_tr:
        print(f"  torchruntime: PCI id -> platform -> pip cmd   {ms['torchruntime']:8.1f}   (no AOT, no IPEX)")
    else:
        print("  torchruntime: not installed (bench extra), skipped")
    seconds, plans, builds = planner_alone(rounds=5)
    print(f"Planner alone, best of 5 rounds over {plans} plans (every device id x 2 OSes) x {builds} builds:")
    print(f"  per plan                        {seconds / plans * 1e6:8.1f} us")
    print(f"  per build x device evaluation   {seconds / (plans * builds) * 1e6:8.1f} us")
    tr = torchruntime_alone(rounds=5)
    if tr:
        print(
            f"  torchruntime get_torch_platform per device  {tr[0] / tr[1] * 1e6:8.1f} us (answers only 'xpu' or not)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
