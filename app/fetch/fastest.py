"""The automatic server choice: which region (international or China) answers first.

Both regions' index pages are fetched at once; each is timed from the request to its first
PROBE_BYTES (a slow link shows in the body, not only in the headers). A region that fails,
answers an error status, or takes longer than the timeout does not count. Bounded: at most
PROBE_BYTES are read per server, and the whole choice takes at most about `timeout`."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import requests

INTEL_INDEX = "https://pytorch-extension.intel.com/release-whl/stable/xpu/{region}/"
PROBE_BYTES = 64 * 1024
REGIONS = ("us", "cn")


def probe_urls() -> dict[str, str]:
    return {region: INTEL_INDEX.format(region=region) for region in REGIONS}


@dataclass
class Choice:
    region: str | None  # None: no server answered (keep the user's or the locale's choice)
    seconds: dict[str, float | None] = field(default_factory=dict)  # per region; None: no answer


def time_one(session: requests.Session, url: str, timeout: float, max_bytes: int = PROBE_BYTES) -> float | None:
    """Seconds until `url` answered a success and gave its first `max_bytes` (or all of a
    shorter page); None when it failed or ran out of time."""
    start = time.monotonic()
    try:
        with session.get(url, stream=True, timeout=timeout, allow_redirects=True) as resp:
            if resp.status_code >= 400:
                return None
            got = 0
            for chunk in resp.iter_content(16 * 1024):
                got += len(chunk)
                if got >= max_bytes or time.monotonic() - start > timeout:
                    break
    except (requests.RequestException, OSError):
        return None
    elapsed = time.monotonic() - start
    return elapsed if elapsed <= timeout else None


def fastest(urls: dict[str, str], session_factory: Callable[[], requests.Session], timeout: float = 5.0) -> Choice:
    """The region whose URL answered first, with every region's time (each on its own session:
    one slow server does not hold up the other's connection)."""
    def run(item: tuple[str, str]) -> tuple[str, float | None]:
        region, url = item
        with session_factory() as session:
            return region, time_one(session, url, timeout)

    with ThreadPoolExecutor(max_workers=max(1, len(urls))) as pool:
        seconds = dict(pool.map(run, urls.items()))
    answered = {r: s for r, s in seconds.items() if s is not None}
    region = min(answered, key=answered.__getitem__) if answered else None
    return Choice(region, seconds)
