"""Benchmark: `python -m app doctor` and `python -m app report` as whole processes on a healthy
venv, side by side with what a user (or a support engineer) would otherwise run to look at
one: `pip list`, `pip check`, and `python -c "import torch; torch.xpu.is_available()"`.
Each figure is the median of N runs after one warm-up. Goal: doctor under 2 s (no smoke run).

    python3 installer/dev.py bench          # runs every tests/bench/bench_*.py
    .venv/bin/python tests/bench/bench_doctor.py [--runs 7]

The healthy venv is the tests' one (torch 2.8.0+xpu and friends as small wheels, real pip
install). The import-torch figures need a real torch: the tests' cached venv with the CPU
build 2.13.0 (tests/runtimes.py), skipped where pip cannot get it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))
from doctor_venvs import healthy_venv

PROBE = ROOT / "tests" / "data" / "doctor" / "probe_a770_linux.json"


def _time(argv: list, runs: int, ok=(0,), env=None) -> float:
    """Median wall time in ms of `runs` runs after one warm-up."""
    times = []
    for i in range(runs + 1):
        start = time.perf_counter()
        result = subprocess.run([str(a) for a in argv], cwd=ROOT, capture_output=True, text=True, timeout=600, env=env)
        elapsed = (time.perf_counter() - start) * 1000
        if result.returncode not in ok:
            raise SystemExit(f"{' '.join(map(str, argv))} failed ({result.returncode}): {result.stderr.strip()[-300:]}")
        if i:
            times.append(elapsed)
    return statistics.median(times)


def _cpu_torch_venv() -> Path | None:
    """The tests' cached venv with the real torch 2.13.0 CPU build (installed once by pip)."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import runtimes

        return runtimes.torch_cpu_venv()
    except BaseException as exc:  # the helper skips (pytest) where pip cannot get it
        print(f"(no real CPU torch: {exc})")
        return None


def _with_big_sycl_library(root: Path) -> Path | None:
    """A healthy venv whose torch/lib/libtorch_xpu.so is a real 330 MB DPC++ library
    (vllm-xpu-kernels' attention kernels, from PyPI, cached by the tests' runtime helper),
    so the doctor's AOT inspection is timed on a file the size of torch's XPU library."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import runtimes

        wheel = runtimes.download_wheel("vllm-xpu-kernels==0.1.16.2", "manylinux_2_28_x86_64")
        lib = runtimes.extracted(wheel, "libattn_kernels_xe_2.so") / "vllm_xpu_kernels" / "libattn_kernels_xe_2.so"
    except BaseException as exc:  # the helper skips (pytest) when PyPI cannot be reached
        print(f"(no large SYCL library: {exc})")
        return None
    venv = healthy_venv(root / "big")
    target = next((venv / "lib").glob("python*/site-packages/torch")) / "lib" / "libtorch_xpu.so"
    target.parent.mkdir(exist_ok=True)
    try:
        os.link(lib, target)
    except OSError:
        import shutil

        shutil.copyfile(lib, target)
    return venv


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="bench-doctor-") as tmp:
        tmp = Path(tmp)
        for name in ("DATA", "CACHE", "LOG"):
            env[f"IPEX_INSTALLER_{name}_DIR"] = str(tmp / "user" / name.lower())
        env["SYCL_CACHE_PERSISTENT"] = "1"
        venv = healthy_venv(tmp)
        py = [sys.executable, "-m", "app"]
        rows = [
            (
                "doctor --venv (live probe of this machine)",
                _time(py + ["doctor", "--venv", venv], args.runs, ok=(0, 1), env=env),
            ),
            (
                "doctor --venv --probe FILE (recorded A770)",
                _time(py + ["doctor", "--venv", venv, "--probe", PROBE], args.runs, env=env),
            ),
            (
                "report --venv --out FILE.zip (live probe)",
                _time(py + ["report", "--venv", venv, "--out", tmp / "b.zip"], args.runs, env=env),
            ),
            (
                "  alternative: pip list (same venv)",
                _time([sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "list"], args.runs, env=env),
            ),
            (
                "  alternative: pip check (same venv)",
                _time(
                    [sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "check"],
                    args.runs,
                    ok=(0, 1),
                    env=env,
                ),
            ),
        ]
        big = _with_big_sycl_library(tmp)
        if big is not None:
            rows.append(("doctor --probe FILE, 330 MB real SYCL library inspected",
                         _time(py + ["doctor", "--venv", big, "--probe", PROBE], args.runs, ok=(0, 1), env=env)))
        cpu = _cpu_torch_venv()
        if cpu is not None:
            rows += [
                (
                    "doctor --check-xpu (real torch 2.13.0+cpu)",
                    _time(py + ["doctor", "--venv", cpu, "--probe", PROBE, "--check-xpu"], args.runs, ok=(1,), env=env),
                ),
                (
                    "  alternative: python -c 'import torch; torch.xpu.is_available()'",
                    _time(
                        [cpu / "bin" / "python", "-c", "import torch; print(torch.xpu.is_available())"],
                        args.runs,
                        env=env,
                    ),
                ),
            ]
        else:
            rows.append(("doctor --check-xpu", float("nan")))
    width = max(len(r[0]) for r in rows)
    print(f"{'command'.ljust(width)}  median ms (of {args.runs})")
    for name, ms in rows:
        print(f"{name.ljust(width)}  {ms:9.0f}")
    doctor_ms = rows[0][1]
    print(f"goal: doctor under 2000 ms -> {'met' if doctor_ms < 2000 else 'NOT met'} ({doctor_ms:.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
