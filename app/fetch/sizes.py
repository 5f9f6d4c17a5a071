"""How big the files of a download are, asked before any of their bytes come, so the Install
page can show a total from the start: one HEAD request per file, a few at a time, each with a
short timeout; a server without HEAD is asked for the first byte (a Range request), whose
Content-Range names the size.

The answers are only for showing progress: a size a server gives here is untrusted, never used
to check a file (the plan's size and SHA-256 do that) and refused when it is not a plain
number within the download limit. A file without an answer is None: its size joins the total
when its download starts."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor, wait
from typing import TYPE_CHECKING

from app.errors import AppError
from app.fetch import guard
from app.fetch.mirrors import Mirrors

if TYPE_CHECKING:
    import requests

TIMEOUT = 5.0  # seconds per request: a size is a nicety, the download does not wait long for it
WORKERS = 4  # requests at a time (the session's connection pool holds four)
DEADLINE = 20.0  # seconds for all of them: files not answered by then are found out as they start
MAX_FILES = 200  # a plan is untrusted: asking stops there
NUMBER = re.compile(r"[0-9]{1,15}")
CONTENT_RANGE = re.compile(r"bytes 0-0/([0-9]{1,15})")
NO_HEAD = frozenset({405, 501})  # "method not allowed" / "not implemented"


def parse_length(value: str | None, limit: int = guard.DEFAULT.max_size) -> int | None:
    """A Content-Length as a size: digits only, more than nothing, within `limit`."""
    value = (value or "").strip()
    if not NUMBER.fullmatch(value):
        return None
    size = int(value)
    return size if 0 < size <= limit else None


def parse_range_total(value: str | None, limit: int = guard.DEFAULT.max_size) -> int | None:
    """The size in a Content-Range answer to `Range: bytes=0-0`, bounded like parse_length."""
    match = CONTENT_RANGE.fullmatch((value or "").strip())
    return parse_length(match.group(1), limit) if match else None


def file_size(session: requests.Session, url: str, cancel: threading.Event, timeout: float = TIMEOUT,
              limit: int = guard.DEFAULT.max_size) -> int | None:
    """The size one server gives for `url`, or None (no answer in time, an error, no size, or
    one that is not believable)."""
    import requests

    if cancel.is_set():
        return None
    try:
        with session.head(url, timeout=timeout, allow_redirects=True) as answer:
            if answer.status_code == 200:
                return parse_length(answer.headers.get("Content-Length"), limit)
            if answer.status_code not in NO_HEAD:
                return None
        if cancel.is_set():
            return None
        with guard.get(session, url, cancel, timeout=timeout, stream=True,
                       headers={"Range": "bytes=0-0", "Accept-Encoding": "identity"}) as first:
            if first.status_code == 206:
                return parse_range_total(first.headers.get("Content-Range"), limit)
            return None  # a 200 would be the whole file: closed unread
    except (requests.RequestException, AppError, ValueError):
        return None


def file_sizes(session: requests.Session, urls: Iterable[str], mirrors: Mirrors | None = None,
               cancel: threading.Event | None = None, timeout: float = TIMEOUT, deadline: float = DEADLINE,
               workers: int = WORKERS, limit: int = guard.DEFAULT.max_size) -> dict[str, int | None]:
    """url -> size (None when unknown) for each of `urls` (at most MAX_FILES), asked a few at a
    time through their mirrors. Returns by `deadline` (or at cancel) with what has come."""
    cancel = cancel or threading.Event()
    mirrors = mirrors or Mirrors()
    wanted = list(dict.fromkeys(urls))[:MAX_FILES]
    sizes: dict[str, int | None] = dict.fromkeys(wanted)
    if not wanted:
        return sizes
    pool = ThreadPoolExecutor(max_workers=max(1, min(workers, len(wanted))), thread_name_prefix="size")
    try:
        asked = {pool.submit(file_size, session, mirrors.rewrite(url), cancel, timeout, limit): url
                 for url in wanted}
        end = time.monotonic() + deadline
        pending = set(asked)
        while pending and not cancel.is_set() and time.monotonic() < end:
            _done, pending = wait(pending, timeout=min(0.1, max(0.0, end - time.monotonic())))
        for future, url in asked.items():
            if future.done() and not future.cancelled() and future.exception() is None:
                sizes[url] = future.result()
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # a late answer is not waited for
    return sizes
