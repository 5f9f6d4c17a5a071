"""`python -m app classify LOG [LOG...] [--json]`: the AOT/JIT verdict from logs a user
captured (stdout and stderr combined or separate; PI era, UR era, or sycl-trace output)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.messages import msg
from app.wording import say

if TYPE_CHECKING:
    from app.smoke.classify import TraceScanner
    from app.untrusted import LogLines


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("logs", nargs="+", metavar="LOG", help="captured runtime output (stdout, stderr or both)")
    parser.add_argument(
        "--cache-was-empty",
        choices=("yes", "no"),
        help="whether SYCL_CACHE_DIR was empty when the log was captured (if you know)",
    )
    parser.add_argument("--max-bytes", type=_byte_count, metavar="N",
                        help="read at most N bytes of each log (K, M, G suffixes allowed; default: all)")


def _byte_count(text: str) -> int:
    units = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}
    number, unit = (text[:-1], text[-1].upper()) if text[-1:].upper() in "KMG" else (text, "")
    if not (number.isascii() and number.isdecimal()) or len(number) > 15 or int(number) <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a byte count like 500M")
    return int(number) * units[unit]


def feed_log(scanner: TraceScanner, path: Path, max_bytes: int | None = None) -> LogLines:
    """Stream one log into the scanner, in whatever encoding a user's shell wrote (PowerShell:
    UTF-16), with bounded memory (a multi-GB log, or /dev/zero with --max-bytes). Returns the
    reader, which says whether the byte limit cut the log short."""
    from app.untrusted import LogLines

    lines = LogLines(path, max_bytes=max_bytes, name=str(path))
    for line in lines:
        scanner.feed(line)
    return lines


def run(args: argparse.Namespace) -> int:
    from app.smoke.classify import CacheState, TraceScanner

    scanner = TraceScanner()
    cut = [name for name in args.logs if feed_log(scanner, Path(name), args.max_bytes).truncated]
    cache = CacheState()
    if args.cache_was_empty:
        cache.started_empty = args.cache_was_empty == "yes"
    result = scanner.verdict(cache)
    result["files"] = list(args.logs)
    if cut:
        result.setdefault("caveats", []).append(msg("classify_only_first_bytes", bytes=args.max_bytes, files=cut))
    if args.json:
        from app.output import emit_json

        emit_json(result)
    else:
        print(render(result))
    return 0


def render(result: dict[str, Any]) -> str:
    p = result["programs"]
    api = result["runtime"].get("api") or msg("smoke_api_not_seen")
    lines = [
        say(msg("smoke_verdict_line", verdict=result["verdict"].upper())),  # the verdict's name, as in JSON
        *[f"  {say(c)}" for c in result.get("caveats", [])],
        say(msg("smoke_programs_line", il=p["il"], binary=p["binary"], interop=p["native_handle"],
                hits=p["cache_hits"], api=api)),
    ]
    if result.get("evidence"):  # the runtime's own trace lines stay as they are; our notes are worded
        lines.append(say(msg("smoke_evidence_heading")))
        lines += [f"  {say(e)}" for e in result["evidence"]]
    if result.get("advice"):
        lines.append(say(msg("smoke_advice_heading")))
        lines += [f"  - {say(a)}" for a in result["advice"]]
    return "\n".join(lines)
