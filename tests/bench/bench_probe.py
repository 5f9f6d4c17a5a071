"""Benchmark: `python -m app probe --json` as a whole process, side by side with torchruntime's
GPU detection (`from torchruntime.device_db import get_gpus`), each the median of N runs.

    python3 installer/dev.py bench          # runs every tests/bench/bench_*.py
    .venv/bin/python tests/bench/bench_probe.py [--runs 10]

torchruntime only detects GPUs (Linux: `lspci -nn` plus its SQLite id database); our probe
also reads drivers, render-node access, the compute runtime and every Python interpreter.
So two figures are given for ours: the full probe, and `--no-pythons` (the same job as
torchruntime's). torchruntime is installed into this interpreter when missing (the `bench`
extra in pyproject.toml names it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
TORCHRUNTIME = "from torchruntime.device_db import get_gpus; print(len(get_gpus()))"


def _run(argv: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {result.stderr.strip()[-300:]}")
    return elapsed, result.stdout


def _interleaved(commands: dict[str, list[str]], runs: int) -> tuple[dict[str, float], dict]:
    """Median ms per command. The commands take turns, run by run, so a change in the
    machine's load (other people's work on a shared machine) hits all of them alike."""
    times: dict[str, list[float]] = {label: [] for label in commands}
    outputs: dict[str, str] = {}
    for i in range(runs + 1):
        for label, argv in commands.items():
            elapsed, outputs[label] = _run(argv)
            if i:  # the first round warms the page cache
                times[label].append(elapsed)
    return {label: statistics.median(t) for label, t in times.items()}, outputs


def _ensure_torchruntime() -> bool:
    check = subprocess.run([sys.executable, "-c", "import torchruntime"], capture_output=True)
    if check.returncode == 0:
        return True
    print("torchruntime is missing; installing it with pip ...", flush=True)
    install = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "torchruntime"])
    return install.returncode == 0


FULL = "python -m app probe --json"
GPU_ONLY = "python -m app probe --json --no-pythons"
REPLAY = "  same, replaying a UHD 770 + Arc A770 desktop"
TR = "torchruntime get_gpus()"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    py = sys.executable
    have_tr = _ensure_torchruntime()
    if not have_tr:
        print("torchruntime could not be installed; only our figures are shown")
    with tempfile.TemporaryDirectory() as tmp:
        # This machine may have no GPU: also time a replayed desktop (UHD 770 + Arc A770), so
        # the device database lookups are in the figures too.
        sys.path.insert(0, str(ROOT / "tests" / "core"))
        from probe_sysfs_tree import SysfsTree

        tree = SysfsTree(Path(tmp))
        tree.add("0000:00:02.0", 0x8086, 0x4680, 0x030000, 0x0C, "i915", render_minor=128)
        tree.add("0000:03:00.0", 0x8086, 0x56A0, 0x030000, 0x08, "i915", render_minor=129)
        commands = {
            FULL: [py, "-m", "app", "probe", "--json"],
            GPU_ONLY: [py, "-m", "app", "probe", "--json", "--no-pythons"],
            REPLAY: [py, "-m", "app", "probe", "--json", "--no-pythons", "--sysfs-root",
                     str(tree.sys)],
        }
        if have_tr:
            commands[TR] = [py, "-c", TORCHRUNTIME]
        medians, outputs = _interleaved(commands, args.runs)
    probe = json.loads(outputs[FULL])
    load = (f", load average {os.getloadavg()[0]:.2f} (others' work skews the figures)"
            if hasattr(os, "getloadavg") else "")
    print(f"machine: {sys.platform}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}{load}")
    print(f"our probe found {len(probe['gpus'])} display adapter(s), "
          f"{len(probe['pythons'])} Python interpreter(s), {len(probe['warnings'])} warning(s)")
    if have_tr:
        print(f"torchruntime found {outputs[TR].strip()} GPU(s)")
        if sys.platform.startswith("linux") and not shutil.which("lspci"):
            print("note: lspci (pciutils) is missing, so torchruntime skipped its lspci call "
                  "and its time is lower than on a machine that has it")
    print()
    print(f"{f'command (median of {args.runs} interleaved runs)':<50} {'ms':>8}")
    for label, ms in medians.items():
        print(f"{label:<50} {ms:8.1f}")
    if have_tr:
        print()
        print(f"ratio full probe / torchruntime:      {medians[FULL] / medians[TR]:5.2f}")
        print(f"ratio --no-pythons / torchruntime:    {medians[GPU_ONLY] / medians[TR]:5.2f}")
    if sys.platform == "win32":
        _windows_paths(args.runs)
    return 0


def _windows_paths(runs: int) -> None:
    """The measurement behind the live Windows path's choice: Configuration Manager through
    ctypes (in-process) against PowerShell's Get-CimInstance (the fallback)."""
    sys.path.insert(0, str(ROOT))
    from app.probe.windows_live import cfgmgr_records, powershell_records

    print()
    for label, fn in (("cfgmgr32 + registry (ctypes)", cfgmgr_records),
                      ("PowerShell Get-CimInstance", powershell_records)):
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            records = fn()
            times.append((time.perf_counter() - start) * 1000)
        print(f"{label:<50} {statistics.median(times):8.1f}  ({len(records)} adapters)")


if __name__ == "__main__":
    sys.exit(main())
