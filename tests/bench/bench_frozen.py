"""Benchmark: the PyInstaller build against running from source.

    python tests/bench/bench_frozen.py [--runs N]

Prints, side by side:
  - bundle size: the folder build, its download archive, the one-file executable, and the
    biggest files (what dominates);
  - time to the first painted window: a fresh process that opens the wizard offscreen (in
    Chinese, so translations load too), waits until its window is exposed, grabs its pixels
    and exits (`--self-test=gui`): frozen folder build, frozen one-file build, and
    `python -m app` from source. Wall time from process start to exit, so an upper bound;
  - time to --self-test completion (every check), frozen vs source.
Goals (issue 8): one-file under 60 MB; first paint under 1.5 s for the frozen folder build.
The build is reused from ~/.cache/ipex-aot-installer-build when the sources are unchanged.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOAL_ONEFILE_MB = 60
GOAL_PAINT_S = 1.5


def _load_build():
    spec = importlib.util.spec_from_file_location("_installer_build", ROOT / "installer" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_build()


def timed_run(argv: list[str], checks: str) -> tuple[float, dict]:
    """Wall seconds of one fresh process running --self-test=checks, and its JSON summary."""
    with tempfile.TemporaryDirectory(prefix="ipex-bench-") as tmp:
        start = time.perf_counter()
        proc = subprocess.run(
            [*argv, f"--self-test={checks}", "--json"],
            env=build.isolated_env(Path(tmp)),
            check=False,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
            cwd=ROOT,
        )
        wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{argv[0]} --self-test={checks} failed: {proc.stdout[-1000:]} {proc.stderr[-1000:]}")
    return wall, json.loads(proc.stdout)


def series(argv: list[str], checks: str, runs: int) -> dict:
    walls, inner = [], []
    timed_run(argv, checks)  # warm the file cache: users' second start, and fair to both sides
    for _ in range(runs):
        wall, summary = timed_run(argv, checks)
        walls.append(wall)
        inner.append(summary["seconds"])
    return {"median": statistics.median(walls), "min": min(walls), "max": max(walls),
            "in_process": statistics.median(inner)}


def mb(n: float) -> str:
    return f"{n / 1e6:6.1f} MB"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    dist, facts = build.cached_build(with_onefile=True)
    how = "reused from cache" if facts["cached"] else f"built in {facts['build_seconds']:.0f} s (onedir + onefile)"
    print(f"PyInstaller build of {build.onedir(dist)}: {how}")
    size = build.measure(dist)
    print("\nBundle size")
    print(f"  folder build (onedir)      {mb(size['onedir_bytes'])}  {size['onedir_files']} files")
    print(f"  folder build as {size['onedir_archive']:8}   {mb(size['onedir_archive_bytes'])}  (the download)")
    onefile = size.get("onefile_bytes")
    verdict = "goal met" if onefile and onefile / 1e6 < GOAL_ONEFILE_MB else "GOAL MISSED"
    print(f"  one-file executable        {mb(onefile)}  goal < {GOAL_ONEFILE_MB} MB: {verdict}")
    print("  what weighs most in the download (zlib level 6, as in the one-file build and .tar.gz):")
    for name, nbytes, packed in size["biggest"]:
        print(f"    {mb(packed):>9} compressed  ({mb(nbytes)} on disk)  {name}")

    source = [sys.executable, "-m", "app"]
    frozen = [str(build.cli_exe(dist))]
    single = [str(build.onefile(dist))]
    print(f"\nTime to the first painted window (offscreen, zh_CN), median of {args.runs} fresh processes")
    rows = [("frozen onedir", series(frozen, "gui", args.runs)),
            ("frozen onefile", series(single, "gui", max(2, args.runs // 2))),
            ("from source (python -m app)", series(source, "gui", args.runs))]
    for label, r in rows:
        print(f"  {label:30} {r['median']:5.2f} s  (min {r['min']:.2f}, max {r['max']:.2f}; "
              f"in-process, from importing the GUI to painted: {r['in_process']:.2f} s)")
    paint = rows[0][1]["median"]
    print(f"  goal: frozen onedir < {GOAL_PAINT_S} s: {'goal met' if paint < GOAL_PAINT_S else 'GOAL MISSED'}")

    print(f"\nTime to --self-test completion (every check), median of {args.runs}")
    for label, argv in (("frozen onedir", frozen), ("from source (python -m app)", source)):
        r = series(argv, "all", args.runs)
        print(f"  {label:30} {r['median']:5.2f} s  (checks themselves {r['in_process']:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
