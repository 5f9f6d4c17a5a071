"""Redactor time against input length on hostile texts (a support bundle redacts logs of
megabytes, and a log line can be one long word). Linear time shows as a constant time per
kilobyte when the length doubles; a quadratic pattern doubles it.

    python tests/bench/bench_redact.py [--max 64000]

For each text shape it prints the milliseconds for Redactor.text at each length and, when the
time per KB grows with the length, which single pattern is responsible.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app import redact

SHAPES = {
    "one long word": lambda n: "a" * n,
    "long word of TOKEN": lambda n: "TOKEN" * (n // 5),
    "percent-encoded run": lambda n: "%20" * (n // 3),
    "colon-separated word": lambda n: "a:" * (n // 2),
    "scheme-like word": lambda n: "a+" * (n // 2),
    "names after a home root": lambda n: "/home/" + "ab " * (n // 3),
    "repeated home roots": lambda n: "/home/" * (n // 6),
    "user name glued to digits": lambda n: "alice1" * (n // 6),
    "quoted secret names": lambda n: '"' + "TOKEN" * (n // 5),
}


def _time(fn, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn(text)
        best = min(best, time.perf_counter() - start)
    return best


def _patterns(redactor: redact.Redactor):
    """Every compiled pattern the redactor runs, by name, for the blame column."""
    out = {f"credential:{kind}:{i}": p for i, (kind, p, _r) in enumerate(redact._CREDENTIAL_RULES)}
    for name in dir(redact):
        value = getattr(redact, name)
        if hasattr(value, "finditer") and hasattr(value, "pattern"):
            out[name] = value
    for key, value in vars(redactor).items():
        for i, p in enumerate(value if isinstance(value, list) else [value]):
            if hasattr(p, "finditer"):
                out[f"redactor.{key}[{i}]"] = p
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--max", type=int, default=64_000, help="longest text in characters")
    args = parser.parse_args(argv)
    lengths = []
    n = 4_000
    while n <= args.max:
        lengths.append(n)
        n *= 2
    redactor = redact.Redactor(user_names=["alice"], host_names=["lab-pc-01"])
    patterns = _patterns(redactor)
    print(f"Redactor.text, best of 3, ms (lengths {', '.join(str(n) for n in lengths)} characters)")
    worst_growth = 0.0
    for shape, make in SHAPES.items():
        times = [_time(redactor.text, make(n)) for n in lengths]
        growth = (times[-1] / lengths[-1]) / max(times[0] / lengths[0], 1e-9)
        worst_growth = max(worst_growth, growth)
        row = "  ".join(f"{t * 1000:9.1f}" for t in times)
        blame = ""
        if growth > 3:
            text = make(lengths[-1])
            slowest = max(patterns.items(), key=lambda kv: _time(lambda s: list(kv[1].finditer(s)), text))
            blame = f"   <- {slowest[0]}: {slowest[1].pattern[:60]}"
        print(f"  {shape:26} {row}   time/KB x{growth:5.1f} from shortest to longest{blame}")
    print(f"Worst growth of time per KB over a {lengths[-1] // lengths[0]}x longer text: x{worst_growth:.1f} "
          "(about 1 is linear; about the length ratio is quadratic)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
