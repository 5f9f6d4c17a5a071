"""Limits on what a server may do to a download: how long it may send nothing, how slowly it
may send, how much it may send, how often it may redirect; and a request whose wait for the
server's answer can be cancelled at once.

Why a rate floor over a window and not an overall deadline scaled by the size: the size is
unknown for many responses (index pages, servers without Content-Length), a deadline would
also punish a resumed file for the time its earlier pieces took, and it cannot tell a link
that slowed down for a minute from one that never works. Bytes over the last minute can:
a server that drips a byte a second never reaches it, while a slow but real link in China
(tens of kB/s at worst) passes it a hundred times over. The floor (1 KiB/s) is far below any
link a wheel of hundreds of MB could come over in a day anyway.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Self
from urllib.parse import urlsplit

from app.errors import AppError, Cancelled
from app.hostos import IS_WINDOWS
from app.messages import msg
from app.redact import redact_text

if TYPE_CHECKING:
    import requests

GIB = 1 << 30


@dataclass(frozen=True)
class Limits:
    stall: float = 60.0  # seconds without a single byte (or without an answer): give up
    window: float = 60.0  # the rate floor is averaged over this many seconds
    min_rate: float = 1024.0  # bytes per second over a whole window; below it: hopeless
    max_size: int = 8 * GIB  # for a file whose size the plan does not give
    page_max: int = 32 << 20  # an index page (PyTorch's largest is a few MB)


DEFAULT = Limits()
MAX_REDIRECTS = 10  # a CDN needs one or two; requests' own limit is 30


def host_of(url: str) -> str:
    return urlsplit(url).hostname or redact_text(url)


def size_text(n: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{int(n)} bytes"


def stalled(what: str, url: str, seconds: float) -> AppError:
    host = host_of(url)
    return AppError(msg("download_stalled", file=what, host=host, seconds=round(seconds)))


def too_slow(what: str, url: str, rate: float, seconds: float) -> AppError:
    host = host_of(url)
    return AppError(msg("download_too_slow", file=what, host=host, rate=size_text(rate), seconds=round(seconds)))


def too_big(what: str, url: str, limit: int) -> AppError:
    host = host_of(url)
    return AppError(msg("download_too_big", file=what, host=host, limit=size_text(limit)))


def redirect_loop(what: str, url: str) -> AppError:
    host = host_of(url)
    return AppError(msg("download_redirect_loop", file=what, host=host, limit=MAX_REDIRECTS))


def check_redirect(from_url: str, to_url: str) -> None:
    """A redirect may lead to another host (CDNs do; requests drops the credentials there),
    but only to http(s), and never from https down to plain http: a man in the middle or a
    misconfigured mirror must not turn a verified connection into an open one."""
    source = urlsplit(from_url).scheme.lower()
    target = urlsplit(to_url).scheme.lower()
    if target in ("http", "https") and not (source == "https" and target == "http"):
        return
    host = host_of(from_url)
    shown = redact_text(from_url.split("#", 1)[0])
    where = redact_text(to_url.split("#", 1)[0])
    where = where if len(where) < 160 else where[:157] + "…"
    raise AppError(msg("download_redirect_refused", host=host, file=shown, target=where))


class Pace:
    """Bytes over the last `window` seconds. One sample per half second at most, so a fast
    link with small reads keeps a short list."""

    def __init__(self, limits: Limits, now: float | None = None):
        self.limits = limits
        self.samples: deque[tuple[float, int]] = deque([(time.monotonic() if now is None else now, 0)])

    def too_slow(self, now: float, done: int) -> float | None:
        """The average rate over the last full window when it is below the floor, else None."""
        if now - self.samples[-1][0] >= 0.5:
            self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[1][0] >= self.limits.window:
            self.samples.popleft()
        t0, d0 = self.samples[0]
        span = now - t0
        if span >= self.limits.window and done - d0 < self.limits.min_rate * span:
            return (done - d0) / span
        return None


def get(session: requests.Session, url: str, cancel: threading.Event, **kwargs: Any) -> requests.Response:
    """session.get(url, **kwargs), waiting for the answer on a helper thread so that a cancel
    returns at once even while a server holds the connection open without answering. The
    abandoned request ends by its own read timeout; a response that comes after is closed."""
    box: dict[str, Any] = {}
    done = threading.Event()

    def call() -> None:
        try:
            box["response"] = session.get(url, **kwargs)
        except BaseException as exc:  # handed over to the waiting thread
            box["error"] = exc
        finally:
            done.set()
            if box.get("abandoned") and "response" in box:
                box["response"].close()

    threading.Thread(target=call, name="http-get", daemon=True).start()
    while not done.wait(0.05):
        if cancel.is_set():
            box["abandoned"] = True
            if done.is_set() and "response" in box:
                box["response"].close()
            raise Cancelled()
    if "error" in box:
        raise box["error"]
    response: requests.Response = box["response"]
    return response


class close_on_cancel:  # noqa: N801 (used as a context manager, reads as an action)
    """While open: a cancel shuts the response's socket, which unblocks a read stuck on a
    silent connection at once (within 0.1 s). Linux and macOS end the read on shutdown();
    Windows only when the socket is closed (python/cpython#91913), so there it is closed too."""

    def __init__(self, response: requests.Response, cancel: threading.Event) -> None:
        self.response, self.cancel = response, cancel
        self.done = threading.Event()

    def __enter__(self) -> Self:
        threading.Thread(target=self._watch, name="cancel-watch", daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.done.set()

    def _watch(self) -> None:
        while not self.done.is_set():
            if self.cancel.wait(0.1):
                sock = getattr(getattr(self.response.raw, "connection", None), "sock", None)
                if sock is not None:
                    _unblock_reads(sock)
                self.response.close()
                return


def _unblock_reads(sock: Any) -> None:
    """End a read that another thread is blocked in on `sock`. On POSIX shutdown() does it and
    the descriptor stays valid until the reader is done (closing it under the reader could hand
    the number to another file). On Windows shutdown() leaves the reader waiting; closing the
    handle wakes it. socket.close() would not close it here: the response's file object still
    holds the socket, so the handle is detached from the object (whose reads then fail at
    once) and closed."""
    import socket

    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    if IS_WINDOWS:
        try:
            socket.close(sock.detach())
        except OSError:
            pass


def read_page(response: requests.Response, what: str, url: str, limits: Limits, cancel: threading.Event) -> bytes:
    """The whole body of a small response (an index page), within the limits: at most
    `limits.page_max` bytes, no silence longer than the read timeout the request was made
    with, no rate under the floor. Raises AppError (one sentence) or Cancelled."""
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limits.page_max:
        raise too_big(what, url, limits.page_max)
    raw = response.raw
    read = getattr(raw, "read1", None) or raw.read
    body = bytearray()
    pace = Pace(limits)
    with close_on_cancel(response, cancel):
        while True:
            try:
                block = read(min(1 << 20, limits.page_max - len(body) + 1))
            except Exception as exc:  # urllib3 and socket errors of every kind
                if cancel.is_set():
                    raise Cancelled() from None
                raise PageDropped(exc) from None
            if cancel.is_set():
                raise Cancelled()
            if not block:
                return bytes(body)
            body += block
            if len(body) > limits.page_max:
                raise too_big(what, url, limits.page_max)
            now = time.monotonic()
            rate = pace.too_slow(now, len(body))
            if rate is not None:
                raise too_slow(what, url, rate, now - pace.samples[0][0])


class PageDropped(Exception):
    """Reading a page failed midway (dropped, timed out): worth another try."""

    def __init__(self, cause: BaseException):
        super().__init__(str(cause))
        self.cause = cause
