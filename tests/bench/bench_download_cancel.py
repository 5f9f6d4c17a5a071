#!/usr/bin/env python3
"""Benchmark: how fast our own downloader lets go of a hostile server.

1. Time to cancel (cancel set -> Cancelled raised) while the loopback server
   - drips one byte every 0.3 s in the middle of a file,
   - has accepted the connection and never answers (the wait for headers),
   - sent headers and a byte, then nothing (a read blocked on the socket),
   - holds an index page request without answering.
2. Time until the one-sentence error, with test-sized limits (stall 1.5 s, window 2 s), for a
   server that streams forever, drips, falls silent, never answers or redirects in a loop.

Goal (issue 12): cancel is instant (well under half a second) whatever the server does.

    python tests/bench/bench_download_cancel.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from mirror.server import MirrorServer  # noqa: E402

from app.errors import AppError, Cancelled  # noqa: E402
from app.events import Progress  # noqa: E402
from app.fetch.download import download  # noqa: E402
from app.fetch.guard import Limits  # noqa: E402
from app.fetch.index import list_files  # noqa: E402
from app.fetch.session import make_session  # noqa: E402

FAST = Limits(stall=1.5, window=2.0, min_rate=1024, max_size=3 << 20, page_max=256 << 10)


def cancel_time(server: MirrorServer, what: str, work: Path) -> float:
    """Seconds from cancel.set() to Cancelled, for one hostile case."""
    cancel = threading.Event()
    marks: dict[str, float] = {}

    def fire() -> None:
        marks["set"] = time.monotonic()
        cancel.set()

    def after_first_byte(e) -> None:  # from another thread, while a read waits for the next drop
        if isinstance(e, Progress) and e.done > 0 and "armed" not in marks:
            marks["armed"] = time.monotonic()
            threading.Timer(0.15, fire).start()

    session = make_session()
    dest = Path(tempfile.mkdtemp(dir=work))
    try:
        if what == "index page, no answer":
            threading.Timer(0.3, fire).start()
            list_files(session, server.url + "/simple", "mute", cancel=cancel)
        elif what == "drip, mid-file":
            download(server.url + "/files/drip.whl", dest, session=session, cancel=cancel, on_event=after_first_byte)
        elif what == "no answer":
            threading.Timer(0.3, fire).start()
            download(server.url + "/files/mute.whl", dest, session=session, cancel=cancel)
        else:  # one byte, then silence
            threading.Timer(0.5, fire).start()
            download(server.url + "/files/quiet.whl", dest, session=session, cancel=cancel)
    except Cancelled:
        return time.monotonic() - marks["set"]
    raise SystemExit(f"{what}: not cancelled")


def error_time(server: MirrorServer, what: str, work: Path) -> tuple[float, str]:
    dest = Path(tempfile.mkdtemp(dir=work))
    path = {"streams forever": "/files/endless.whl", "drips": "/files/drip.whl", "falls silent": "/files/quiet.whl",
            "never answers": "/files/mute.whl", "redirect loop": "/files/loop.whl"}[what]
    start = time.monotonic()
    try:
        download(server.url + path, dest, session=make_session(), limits=FAST, backoff=0.01)
    except Cancelled:
        raise
    except AppError as exc:
        return time.monotonic() - start, exc.code or "?"
    raise SystemExit(f"{what}: no error")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    server = MirrorServer().start()
    server.add_generated("/files/drip.whl", 100_000)
    server.fault("/files/drip.whl", drip=0.3)
    server.fault("/files/mute.whl", silent=True)
    server.fault("/simple/mute/", silent=True)
    server.add_generated("/files/quiet.whl", 100_000)
    server.fault("/files/quiet.whl", drip=600)
    server.fault("/files/endless.whl", forever=True)
    server.fault("/files/loop.whl", redirect="/files/loop.whl")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            print(f"time to cancel, {args.runs} runs each (ms): median / max")
            for what in ("drip, mid-file", "no answer", "one byte then silence", "index page, no answer"):
                times = [cancel_time(server, what, work) * 1000 for _ in range(args.runs)]
                print(f"  {what:26s} {statistics.median(times):7.1f} / {max(times):7.1f}")
            print("time to the one-sentence error, test limits (stall 1.5 s, window 2 s): seconds, code")
            server.fault("/files/drip.whl", drip=0.05)
            for what in ("streams forever", "drips", "falls silent", "never answers", "redirect loop"):
                took, code = error_time(server, what, work)
                print(f"  {what:26s} {took:7.2f} s  {code}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
