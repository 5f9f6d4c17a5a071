"""Wall time of `smoke` on the real UR-era CPU runtime (dpnp 0.20, intel-sycl-rt 2026.2),
split into import, first call, steady call and our own overhead, side by side with what a
user would run by hand: the same ops (arange, add, sum) in a plain `python -c`, no tracing, no cache.

    python tests/bench/bench_smoke.py

Goal (issue 5): our overhead (runtime detection, prediction, trace parsing, cache
bookkeeping: everything outside the child) under 10% of the workload's own time.
"""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
# The runs' records and kept JIT caches go to a scratch folder, not the user's own.
_SCRATCH = tempfile.mkdtemp(prefix="bench-smoke-")
atexit.register(shutil.rmtree, _SCRATCH, True)
for _name in ("DATA", "CACHE", "LOG"):
    os.environ.setdefault(f"IPEX_INSTALLER_{_name}_DIR", os.path.join(_SCRATCH, _name.lower()))

import runtimes

from app.smoke.runner import run_smoke
from app.smoke.venv_runtime import detect

BY_HAND = """
import time
t0 = time.perf_counter()
import dpnp
t1 = time.perf_counter()
x = dpnp.arange(1 << 16, dtype="f4"); x.sycl_queue.wait()
t2 = time.perf_counter()
dpnp.add(x, x); x.sycl_queue.wait()
dpnp.sum(x); x.sycl_queue.wait()
t3 = time.perf_counter()
dpnp.add(x, x); x.sycl_queue.wait()
dpnp.sum(x); x.sycl_queue.wait()
t4 = time.perf_counter()
print(t1 - t0, t2 - t1 + t3 - t2, t4 - t3)
"""

RUNS = 3


def by_hand(venv: Path) -> dict:
    rt = detect(venv)
    env = {"PATH": "/usr/bin:/bin", **rt.env_fixes}
    with tempfile.TemporaryDirectory() as cwd:
        t = time.perf_counter()
        done = subprocess.run(
            [str(rt.python), "-c", BY_HAND], env=env, cwd=cwd, capture_output=True, text=True, check=True
        )
        wall = time.perf_counter() - t
    imp, first, steady = map(float, done.stdout.split())
    return {"wall": wall, "import": imp, "first": first, "steady": steady}


def smoke(venv: Path) -> dict:
    t = time.perf_counter()
    r = run_smoke(venv, timeout=600, only="sycl")
    wall = time.perf_counter() - t
    steps = r["timings"]["steps"]
    first = sum(
        steps[s].get("first_call_s", 0) for s in ("sycl_setup", "sycl_reduction", "sycl_elementwise") if s in steps
    )
    steady = sum(steps[s].get("second_call_s", 0) for s in ("sycl_reduction", "sycl_elementwise") if s in steps)
    return {
        "wall": wall,
        "child": r["timings"]["child_s"],
        "import": steps["sycl_import"]["seconds"],
        "first": first,
        "steady": steady,
        "overhead": r["timings"]["overhead_s"],
        "parse": r["timings"]["parse_s"],
        "verdict": r["verdict"],
    }


def main() -> int:
    venv = runtimes.ur_runtime()
    ours = [smoke(venv) for _ in range(RUNS)]
    hand = [by_hand(venv) for _ in range(RUNS)]

    def med(rows, key):
        return statistics.median(r[key] for r in rows)

    print(f"UR-era CPU runtime, median of {RUNS} runs (seconds)")
    print(f"{'':<28}{'smoke (traced, cold cache)':>28}{'by hand (plain python -c)':>28}")
    for label, key in (
        ("total wall", "wall"),
        ("import dpnp + device", "import"),
        ("first calls (JIT)", "first"),
        ("steady calls", "steady"),
    ):
        print(f"{label:<28}{med(ours, key):>28.4f}{med(hand, key):>28.4f}")
    print(f"{'child process (workload)':<28}{med(ours, 'child'):>28.4f}")
    print(f"{'our overhead':<28}{med(ours, 'overhead'):>28.4f}   (of which trace parsing {med(ours, 'parse'):.4f})")
    share = med(ours, "overhead") / med(ours, "child") * 100
    print(f"overhead / workload time: {share:.1f}% (goal < 10%): {'met' if share < 10 else 'NOT met'}")
    print("verdicts:", ", ".join(r["verdict"] for r in ours))
    return 0


if __name__ == "__main__":
    sys.exit(main())
