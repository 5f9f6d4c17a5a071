"""Inspector time and peak memory on the largest library of the vllm-xpu-kernels wheel
(libattn_kernels_xe_2.so, 330 MB, 251 spir64_gen archives), side by side with the naive way:
reading the whole file into memory and scanning it for archives.

    python tests/bench/bench_inspect.py

Goal (issue 5): under 2 s and under 200 MB. Each measurement runs in a fresh process so
its peak resident set (ru_maxrss) is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import runtimes

OURS = """
import json, resource, sys, time
from pathlib import Path
t = time.perf_counter()
from app.smoke.inspect import inspect_library
r = inspect_library(Path(sys.argv[1]))
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "images": len(r["images"]), "ips": r["aot_ip_versions"]}))
"""

NAIVE = """
import json, resource, sys, time
t = time.perf_counter()
data = open(sys.argv[1], "rb").read()
archives = data.count(b"!<arch>\\n")
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "images": archives, "ips": "(not known: names only)"}))
"""

BASELINE = """
import json, resource
import app.smoke.inspect
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": 0.0, "peak_mb": peak_mb, "images": 0, "ips": []}))
"""


def measure(code: str, lib: Path, runs: int = 3) -> dict:
    best = None
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", code, str(lib)], capture_output=True, text=True, cwd=ROOT, check=True
        )
        result = json.loads(done.stdout)
        if best is None or result["seconds"] < best["seconds"]:
            best = result
    return best


def main() -> int:
    wheel = runtimes.download_wheel("vllm-xpu-kernels==0.1.16.2", "manylinux_2_28_x86_64")
    lib = runtimes.extracted(wheel, ".so") / "vllm_xpu_kernels" / "libattn_kernels_xe_2.so"
    size_mb = lib.stat().st_size / 1e6
    print(f"library: {lib.name}, {size_mb:.0f} MB (best of 3 runs, fresh process each)")
    base = measure(BASELINE, lib, 1)
    ours = measure(OURS, lib)
    naive = measure(NAIVE, lib)
    print(f"{'method':<34}{'time s':>9}{'peak MB':>10}{'images':>8}  IPs")
    print(f"{'python + app imports only':<34}{0:>9.2f}{base['peak_mb']:>10.0f}{'':>8}")
    print(
        f"{'inspect_library (mmap+reads)':<34}{ours['seconds']:>9.2f}{ours['peak_mb']:>10.0f}"
        f"{ours['images']:>8}  {ours['ips']}"
    )
    print(
        f"{'naive whole-file read + scan':<34}{naive['seconds']:>9.2f}{naive['peak_mb']:>10.0f}"
        f"{naive['images']:>8}  {naive['ips']}"
    )
    ok = ours["seconds"] < 2.0 and ours["peak_mb"] < 200
    print(f"goal (< 2 s, < 200 MB): {'met' if ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
