"""Peak memory and time on hostile inputs from other machines, each in a fresh process:
a zip-bomb support bundle, a member that lies about its size, deeply nested and huge-number
probe JSON, a probe with thousands of GPUs, and `classify` streaming /dev/zero and a large log.
Beside each, what a naive reader (json.loads / ZipFile.read / read_bytes) costs on the same file.

    python tests/bench/bench_hostile_inputs.py [--gib 1] [--log-mb 64]

Peak resident set is the child's VmHWM (Linux) or ru_maxrss; Python's own allocations are
tracemalloc's peak, from a second run (not for the long classify runs: tracing slows them).
Goal: every hostile input is refused or streamed in well under 100 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import hostile

CHILD = """
import json, resource, sys, time, tracemalloc
sys.argv = sys.argv[1:]
mode, traced, args = sys.argv[0], sys.argv[1] == "traced", sys.argv[2:]
if traced:  # Python's own allocations; it slows a long run several times, so only short ones
    tracemalloc.start()
t = time.perf_counter()
outcome = "ok"
try:
    if mode == "cli":
        from app.cli import main
        import contextlib, io
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
            code = main(args)
        outcome = f"exit {code}: " + (err.getvalue().strip().splitlines() or [""])[0][:90]
    elif mode == "naive-zip":
        import zipfile
        zipfile.ZipFile(args[0]).read(args[1])
    elif mode == "naive-json":
        json.loads(open(args[0], "rb").read())
except BaseException as exc:
    outcome = f"{type(exc).__name__}: {str(exc)[:80]}"
seconds = time.perf_counter() - t
peak_py = tracemalloc.get_traced_memory()[1] if traced else None
hwm = None
try:
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1]) * 1024
except OSError:
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"seconds": seconds, "peak_python": peak_py, "peak_rss": hwm, "outcome": outcome}))
"""


def measure(mode: str, *args, traced: bool = True) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, "traced" if traced else "-", *map(str, args)], cwd=ROOT,
                         capture_output=True, text=True, timeout=1800)
    if out.returncode != 0 or not out.stdout.strip():
        return {"seconds": 0, "peak_python": 0, "peak_rss": 0, "outcome": f"child failed: {out.stderr[-200:]}"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def mb(n: int | None) -> str:
    return "      -   " if n is None else f"{n / 1024 / 1024:7.1f} MB"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gib", type=float, default=1.0, help="GiB that classify reads from /dev/zero")
    parser.add_argument("--log-mb", type=int, default=64, help="size of the trace log classify reads")
    opts = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    bomb = hostile.zip_bomb(tmp / "bomb.zip", expanded=1024**3)
    liar = hostile.lying_zip(tmp / "liar.zip", real=200 * 1024 * 1024)
    deep = tmp / "deep.json"
    deep.write_text(hostile.deep_probe(1_000_000))
    huge = tmp / "huge-int.json"
    huge.write_text(hostile.huge_int_probe(3_000_000))
    gpus = tmp / "gpus.json"
    gpus.write_text(json.dumps(hostile.thousands_of_gpus(5_000)))
    log = tmp / "big.log"
    line = b"<--- urProgramCreateWithBinary(.hContext = 0x1, .phProgram = 0x2) -> UR_RESULT_SUCCESS\n"
    with open(log, "wb") as fh:
        block = line * (4 * 1024 * 1024 // len(line))
        for _ in range(max(1, opts.log_mb * 1024 * 1024 // len(block))):
            fh.write(block)
    zero = f"{int(opts.gib * 1024)}M"
    cases = [
        (f"zip bomb bundle ({bomb.stat().st_size // 1024} KB -> 1 GiB)", ("cli", "plan", "--probe", bomb),
         ("naive-zip", bomb, "probe.json")),
        ("zip member that says 100 B, inflates to 200 MB", ("cli", "plan", "--probe", liar),
         ("naive-zip", liar, "probe.json")),
        (f"probe nested 1,000,000 deep ({deep.stat().st_size // 1024} KB)", ("cli", "plan", "--probe", deep),
         ("naive-json", deep)),
        ("probe with a 3,000,000-digit number", ("cli", "plan", "--probe", huge), ("naive-json", huge)),
        (f"probe with 5,000 GPUs ({gpus.stat().st_size // 1024} KB)", ("cli", "plan", "--probe", gpus),
         ("naive-json", gpus)),
        (f"classify /dev/zero --max-bytes {zero}", ("cli", "classify", "/dev/zero", "--max-bytes", zero), None),
        (f"classify a {log.stat().st_size // 1024 // 1024} MB trace log", ("cli", "classify", log), None),
    ]
    print(f"{'input':52} {'ours: time':>10} {'py peak':>10} {'RSS peak':>10}   naive RSS peak   outcome")
    for label, ours, naive in cases:
        r = measure(*ours, traced=False)  # time and RSS untraced; tracing slows a run several times
        if "classify" not in ours:
            r["peak_python"] = measure(*ours)["peak_python"]
        n = measure(*naive) if naive else None
        naive_text = f"{mb(n['peak_rss'])} ({n['outcome'][:28]})" if n else "-"
        print(f"{label:52} {r['seconds']:9.2f}s {mb(r['peak_python'])} {mb(r['peak_rss'])}   {naive_text:40} "
              f"{r['outcome']}")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
