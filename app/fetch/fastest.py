"""The automatic server choice: which region (international or China) answers first.

Both regions' index pages are fetched at once; each is timed from the request to its first
PROBE_BYTES (a slow link shows in the body, not only in the headers). A region that fails,
answers an error status, or takes longer than the timeout does not count. Bounded: at most
PROBE_BYTES are read per server, and the whole choice takes at most `timeout` and a moment
(a server that sends a byte now and then cannot stretch it). A cancel ends it at once: the
sockets are shut, so no read stays blocked. `explain` says in one sentence what was chosen
and why."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import requests
import urllib3

from app.errors import AppError, Cancelled
from app.fetch import guard
from app.fetch.deadline import bounded
from app.messages import Message, msg

INTEL_INDEX = "https://pytorch-extension.intel.com/release-whl/stable/xpu/{region}/"
PROBE_BYTES = 64 * 1024
REGIONS = ("us", "cn")


def probe_urls() -> dict[str, str]:
    return {region: INTEL_INDEX.format(region=region) for region in REGIONS}


@dataclass
class Choice:
    region: str | None  # None: no server answered (keep the user's or the locale's choice)
    seconds: dict[str, float | None] = field(default_factory=dict)  # per region; None: no answer


GRACE = 0.5  # seconds past the timeout before the sockets are shut (a read already under way ends)
FAILURES = (requests.RequestException, urllib3.exceptions.HTTPError, OSError, AppError, Cancelled)


def time_one(session: requests.Session, url: str, timeout: float, max_bytes: int = PROBE_BYTES,
             stop: threading.Event | None = None) -> float | None:
    """Seconds until `url` answered a success and gave its first `max_bytes` (or all of a
    shorter page); None when it failed, ran out of time, or `stop` was set."""
    stop = stop or threading.Event()
    start = time.monotonic()
    try:
        resp = guard.get(session, url, stop, stream=True, timeout=timeout, allow_redirects=True)
    except FAILURES:
        return None
    try:
        with resp, guard.close_on_cancel(resp, stop):
            if resp.status_code >= 400:
                return None
            got = 0
            for chunk in resp.iter_content(16 * 1024):
                got += len(chunk)
                if got >= max_bytes or stop.is_set() or time.monotonic() - start > timeout:
                    break
    except FAILURES:
        return None
    elapsed = time.monotonic() - start
    return elapsed if elapsed <= timeout and not stop.is_set() else None


def fastest(urls: dict[str, str], session_factory: Callable[[], requests.Session], timeout: float = 5.0,
            cancel: threading.Event | None = None) -> Choice:
    """The region whose URL answered first, with every region's time (each on its own session:
    one slow server does not hold up the other's connection). Raises Cancelled on `cancel`."""
    with bounded(cancel, timeout + GRACE) as stop:
        def run(item: tuple[str, str]) -> tuple[str, float | None]:
            region, url = item
            with session_factory() as session:
                return region, time_one(session, url, timeout, stop=stop)

        with ThreadPoolExecutor(max_workers=max(1, len(urls))) as pool:
            seconds = dict(pool.map(run, urls.items()))
    if cancel is not None and cancel.is_set():
        raise Cancelled()
    answered = {r: s for r, s in seconds.items() if s is not None}
    region = min(answered, key=answered.__getitem__) if answered else None
    return Choice(region, seconds)


def seconds_text(seconds: float) -> str:
    """0.21, 1.8, 12: two figures are all a comparison needs."""
    return f"{seconds:.2f}" if seconds < 1 else f"{seconds:.1f}" if seconds < 10 else f"{seconds:.0f}"


def explain(choice: Choice, default: str, timeout: float, proxy: str | None = None) -> Message:
    """One sentence: which servers were chosen and why, or, when none answered, that the
    default (`default`: us | cn, the locale's) stays."""
    if choice.region is None:
        servers = msg("server_name_cn" if default == "cn" else "server_name_us")
        if proxy:
            from app.redact import redact_text

            return msg("server_none_proxy", timeout=seconds_text(timeout), proxy=redact_text(proxy), servers=servers)
        return msg("server_none", timeout=seconds_text(timeout), servers=servers)
    other = next((r for r in choice.seconds if r != choice.region), None)
    fast = seconds_text(choice.seconds[choice.region] or 0.0)
    slow = choice.seconds.get(other) if other else None
    if slow is None:
        return msg(f"server_only_{choice.region}", fast=fast, timeout=seconds_text(timeout))
    return msg(f"server_fastest_{choice.region}", fast=fast, slow=seconds_text(slow))
