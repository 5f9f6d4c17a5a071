"""`python -m app classify LOG [LOG...] [--json]`: the AOT/JIT verdict from logs a user
captured (stdout and stderr combined or separate; PI era, UR era, or sycl-trace output)."""

from __future__ import annotations

from pathlib import Path

from app.errors import BadInput


def configure(parser) -> None:
    parser.add_argument("logs", nargs="+", metavar="LOG", help="captured runtime output (stdout, stderr or both)")
    parser.add_argument(
        "--cache-was-empty",
        choices=("yes", "no"),
        help="whether SYCL_CACHE_DIR was empty when the log was captured (if you know)",
    )


def read_log(path: Path) -> str:
    """Text of a log in whatever encoding a user's shell wrote (PowerShell: UTF-16)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise BadInput(f"{path} does not exist.") from exc
    except OSError as exc:
        raise BadInput(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.decode("utf-8", errors="replace")


def run(args) -> int:
    from app.smoke.classify import CacheState, TraceScanner

    scanner = TraceScanner()
    for name in args.logs:
        scanner.feed_text(read_log(Path(name)))
    cache = CacheState()
    if args.cache_was_empty:
        cache.started_empty = args.cache_was_empty == "yes"
    result = scanner.verdict(cache)
    result["files"] = list(args.logs)
    if args.json:
        from app.output import emit_json

        emit_json(result)
    else:
        print(render(result))
    return 0


def render(result: dict) -> str:
    p = result["programs"]
    api = result["runtime"].get("api") or "not seen"
    lines = [
        f"Verdict: {result['verdict'].upper()}",
        *[f"  {c}" for c in result.get("caveats", [])],
        (f"Programs: {p['il']} from SPIR-V (JIT), {p['binary']} from binaries, "
         f"{p['native_handle']} interop, {p['cache_hits']} persistent-cache hits; trace API: {api}"),
    ]
    if result.get("evidence"):
        lines.append("Evidence:")
        lines += [f"  {e}" for e in result["evidence"]]
    if result.get("advice"):
        lines.append("Advice:")
        lines += [f"  - {a}" for a in result["advice"]]
    return "\n".join(lines)
