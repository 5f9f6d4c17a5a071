"""One resumable, verified download into the cache.

The file streams to `<name>.part` with flat memory (one chunk at a time), resumes with an
HTTP Range request after a drop, retries connection errors and 5xx with backoff, is checked
against its SHA-256 (from the plan, or the index's `#sha256=` fragment) and only then renamed
into place atomically. A verified file in the cache is reused without touching the network.
A server that sends nothing, drips, sends more than the file's size or redirects in circles
is given up on with one sentence (limits in app.fetch.guard); cancel returns at once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from app import fs_errors, paths
from app.errors import AppError, Cancelled
from app.events import EventSink, LogLine, Progress, Warning_, ignore
from app.fetch import guard
from app.fetch.guard import Limits
from app.fetch.mirrors import Mirrors
from app.messages import msg
from app.redact import redact_text
from app.untrusted_names import check_file_name

logger = logging.getLogger(__name__)

CHUNK = 1 << 20  # largest single read; memory use stays around this whatever the file size
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class Downloaded:
    url: str  # as asked for (redacted); `fetched_from` is where it really came from
    fetched_from: str
    filename: str
    path: str
    size: int
    sha256: str  # of the file on disk
    verified: bool  # True when it matched a known hash
    reused: bool  # served from the cache, no network
    resumed_from: int  # bytes already on disk when the first request went out
    bytes_fetched: int  # bytes received over the network in this call
    attempts: int

    def to_json(self) -> dict:
        return asdict(self)


def sha256_from_url(url: str) -> str | None:
    frag = urlsplit(url).fragment
    for part in frag.split("&"):
        key, _, value = part.partition("=")
        if key == "sha256" and len(value) == 64:
            return value.lower()
    return None


def filename_from_url(url: str) -> str:
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1])
    if not name or name in (".", ".."):
        raise AppError(msg("download_no_file_name", url=redact_text(url)))
    return name


def file_sha256(path: Path, cancel: threading.Event | None = None) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(CHUNK), b""):
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            h.update(block)
    return h.hexdigest()


class _Retryable(Exception):
    """A failure worth another try (connection dropped, 5xx, timeout)."""


class _TooMuch(Exception):
    """The server sent (or announced) more bytes than the file may have."""


class _Rate:
    """Speed over the last few seconds, for progress and ETA."""

    def __init__(self, window: float = 3.0):
        self.window = window
        self.samples: list[tuple[float, int]] = []

    def add(self, t: float, done: int) -> float | None:
        self.samples.append((t, done))
        while len(self.samples) > 2 and t - self.samples[0][0] > self.window:
            self.samples.pop(0)
        t0, d0 = self.samples[0]
        return (done - d0) / (t - t0) if t > t0 else None


def download(
    url: str,
    dest_dir: Path | None = None,
    *,
    filename: str | None = None,
    sha256: str | None = None,
    size: int | None = None,
    hash_source: str | None = None,  # where the expected hash came from, named in a mismatch error
    session=None,  # a requests.Session (make_session); one is made when None
    mirrors: Mirrors | None = None,
    on_event: EventSink = ignore,
    cancel: threading.Event | None = None,
    retries: int = 6,
    backoff: float = 1.0,
    connect_timeout: float = 20.0,
    limits: Limits = guard.DEFAULT,
) -> Downloaded:
    """Download `url` into `dest_dir` (default: the cache) and return what is on disk.

    Raises AppError with one sentence on a 4xx, on a hash mismatch (the bad file is
    deleted), when `retries` attempts in a row made no progress, when no byte came for
    `limits.stall` seconds, when the rate stayed under `limits.min_rate` for a whole window,
    or when the server sent more than `size` (or `limits.max_size`) bytes (the .part is
    deleted); Cancelled on cancel (the .part file stays, so the next run resumes).

    One writer per file: installers of two environments share the cache, and two of them
    appending to one .part would mix their bytes. The second waits for the first (a lock the
    OS drops when its holder dies), then finds the finished file or resumes the .part.
    """
    filename = filename or filename_from_url(url)
    check_file_name(filename, f"filename ({redact_text(url.split('#', 1)[0])})")  # from a plan or an index page
    dest_dir = Path(dest_dir) if dest_dir else paths.downloads_dir()
    cancel = cancel or threading.Event()
    try:
        with _one_writer(paths.ensure(dest_dir) / (filename + ".part.lock"), filename, on_event, cancel):
            return _download(url, dest_dir, filename, sha256, size, hash_source, session, mirrors, on_event,
                             cancel, retries, backoff, connect_timeout, limits)
    except OSError as exc:  # the disk, not the network (requests' errors carry no errno)
        what = fs_errors.kind(exc)
        if what is None:
            raise
        removed = _remove_partial(dest_dir, filename)
        folder = (exc.filename or dest_dir / filename) if what == "too_long" else dest_dir
        raise fs_errors.error(what, folder, partial_removed=removed) from None


@contextlib.contextmanager
def _one_writer(lock: Path, filename: str, on_event: EventSink, cancel: threading.Event) -> Iterator[None]:
    from app import oslock

    def told() -> None:
        on_event(LogLine("fetch", f"{filename}: another installer is downloading it; waiting for it"))

    try:
        with oslock.waiting(lock, cancel, told):
            yield
    except oslock.WaitCancelled:
        raise Cancelled() from None


def _remove_partial(dest_dir: Path, filename: str) -> bool:
    """Delete the .part and its notes after a disk failure (a full disk wants its space back)."""
    removed = False
    for name in (filename + ".part", filename + ".part.json"):
        try:
            (dest_dir / name).unlink()
            removed = True
        except OSError:
            pass
    return removed


def _download(url, dest_dir: Path, filename, sha256, size, hash_source, session, mirrors, on_event, cancel,
              retries, backoff, connect_timeout, limits) -> Downloaded:
    cancel = cancel or threading.Event()
    sha256 = (sha256 or sha256_from_url(url) or "").lower() or None
    source = (mirrors or Mirrors()).rewrite(url).split("#", 1)[0]
    shown = redact_text(url.split("#", 1)[0])
    paths.ensure(dest_dir)
    final = dest_dir / filename
    part = dest_dir / (filename + ".part")
    meta = dest_dir / (filename + ".part.json")

    reused = _reuse(final, sha256, size, cancel)
    if reused is not None:
        on_event(Progress(filename, reused[0], reused[0], None, 0.0))
        return Downloaded(shown, redact_text(source), filename, str(final), reused[0], reused[1],
                          sha256 is not None, True, reused[0], 0, 0)
    if sha256 is None:
        on_event(Warning_("download_unverified", f"No SHA-256 is known for {filename}; it cannot be verified.",
                          {"file": filename}))

    session = session or _default_session()
    state = _State(part, meta, source, sha256 is not None)
    resumed_from = state.offset
    cap = size if size is not None else limits.max_size
    watch = _Watch(limits, filename, source, cap)
    attempts = 0
    for clean_try in (False, True):
        try:
            attempts += _fetch_with_retries(session, source, state, on_event, cancel, filename, size,
                                            retries, backoff, connect_timeout, watch)
        except BaseException:
            state.hasher.stop()
            state.file.close()  # the .part stays for the next run to resume
            raise
        digest = state.hasher.hexdigest()
        if not sha256 or digest == sha256:
            break
        was_resumed = resumed_from > 0 or state.restarts_with_range > 0
        state.discard()
        if clean_try or not was_resumed:
            hashes = dict(file=filename, server=shown, expected=sha256[:16] + "…", got=digest[:16] + "…")
            raise AppError(msg("download_hash_mismatch_from", source=hash_source, **hashes) if hash_source
                           else msg("download_hash_mismatch", **hashes))
        # Pieces of two different files can meet in a resumed .part: try once from scratch.
        on_event(LogLine("fetch", f"{filename}: hash mismatch after a resume; downloading it again in full"))
        state = _State(part, meta, source, sha256 is not None)

    digest = state.hasher.hexdigest()
    if size is not None and state.offset != size:
        state.discard()
        raise AppError(msg("download_wrong_size", file=filename, server=shown, got=state.offset, size=size))
    state.close()
    os.replace(part, final)
    meta.unlink(missing_ok=True)
    return Downloaded(shown, redact_text(source), filename, str(final), state.offset, digest,
                      sha256 is not None, False, resumed_from, state.fetched, attempts)


class _Watch:
    """The limits of one download, across its retries: when a byte last came, the rate over
    the last window, and the most bytes the file may have."""

    def __init__(self, limits: Limits, filename: str, source: str, cap: int):
        self.limits, self.filename, self.source, self.cap = limits, filename, source, cap
        self.last_byte = time.monotonic()
        self.pace = guard.Pace(limits, self.last_byte)

    def bytes_came(self, fetched: int) -> None:
        """`fetched`: bytes received over the network so far (a resumed file starts at 0)."""
        now = time.monotonic()
        self.last_byte = now
        rate = self.pace.too_slow(now, fetched)
        if rate is not None:
            raise guard.too_slow(self.filename, self.source, rate, now - self.pace.samples[0][0])

    def silent_for(self) -> float:
        return time.monotonic() - self.last_byte

    def read_timeout(self) -> float:
        """How long the next wait for a byte may last: what is left of the stall limit."""
        return max(self.limits.stall - self.silent_for(), 0.5)


def _fetch_with_retries(session, source, state, on_event, cancel, filename, size, retries, backoff,
                        connect_timeout, watch: _Watch) -> int:
    """Fetch until the .part is complete; returns the number of requests made."""
    attempts = failures = 0
    while True:
        if cancel.is_set():
            raise Cancelled()
        attempts += 1
        before = state.offset
        try:
            _fetch_once(session, source, state, on_event, cancel, filename, size, connect_timeout, watch)
            return attempts
        except _TooMuch:
            state.discard()
            raise guard.too_big(filename, source, watch.cap) from None
        except _Retryable as exc:
            failures = 0 if state.offset > before else failures + 1  # progress resets the count
            failures = max(failures, 1)
            if watch.silent_for() >= watch.limits.stall:  # retrying a silent server only waits longer
                raise guard.stalled(filename, source, watch.silent_for()) from None
            if failures >= retries:
                raise AppError(msg("download_gave_up", file=filename, reason=reason_of(exc), tries=failures)) from None
            delay = min(backoff * (2 ** (failures - 1)), 30.0, watch.read_timeout())
            on_event(LogLine("fetch", f"{filename}: {exc}; retrying in {delay:.1f} s from byte {state.offset}"))
            logger.info("retry %s after %s", filename, exc)
            if cancel.wait(delay):
                raise Cancelled() from None


def _default_session():
    from app.fetch.session import make_session

    return make_session()


def _reuse(final: Path, sha256: str | None, size: int | None, cancel) -> tuple[int, str] | None:
    """(size, sha256) of a cached file that hashes right, else None (a bad one is removed).

    Cached files are hashed again each time they are reused (about 1 s per GB) instead of
    being fsync'ed when written: a file cut short by a power cut is then caught here, and the
    first download, which matters more, does not wait for the disk."""
    if not final.is_file():
        return None
    have = final.stat().st_size
    if size is not None and have != size:
        final.unlink()
        return None
    if sha256 is None:
        return None  # unknown content: fetch again rather than trust a name
    digest = file_sha256(final, cancel)
    if digest == sha256:
        return have, digest
    final.unlink()
    return None


class _Hasher:
    """SHA-256 computed on a second thread while the next chunk arrives. hashlib releases
    the GIL on large buffers, so hashing no longer slows a fast link down. At most `depth`
    chunks wait in the queue, so memory stays flat."""

    def __init__(self, depth: int = 4):
        import queue

        self._h = hashlib.sha256()
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._thread: threading.Thread | None = None

    def _work(self) -> None:
        while (block := self._queue.get()) is not None:
            self._h.update(block)

    def update(self, block: bytes) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="sha256", daemon=True)
            self._thread.start()
        self._queue.put(block)

    def hexdigest(self) -> str:
        self.stop()
        return self._h.hexdigest()

    def stop(self) -> None:
        """Finish the queued chunks and end the thread (also when the download is abandoned)."""
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None


class _State:
    """The .part file, its running hash and the validator that makes resuming safe."""

    def __init__(self, part: Path, meta: Path, source: str, hash_known: bool):
        self.part, self.meta, self.source = part, meta, source
        self.hasher = _Hasher()
        self.fetched = 0
        self.restarts_with_range = 0
        self.validator: str | None = None
        self.total: int | None = None
        self.offset = 0
        if part.exists():
            try:
                info = json.loads(meta.read_text(encoding="utf-8"))
                self.validator, self.total = info.get("validator"), info.get("total")
                same_source = info.get("source") == source
            except (OSError, ValueError):
                same_source = False
            # A .part of the same name from elsewhere (another mirror) is resumed only when a
            # known hash will catch a mix of two different files (and then retry cleanly).
            if not same_source and not hash_known:
                part.unlink()
        if part.exists():
            with open(part, "rb") as f:  # re-hash what is there, chunk by chunk
                for block in iter(lambda: f.read(CHUNK), b""):
                    self.hasher.update(block)
                    self.offset += len(block)
        self.file = open(part, "ab")

    def restart(self) -> None:
        self.hasher.stop()
        self.file.close()
        self.file = open(self.part, "wb")
        self.hasher = _Hasher()
        self.offset = 0

    def write(self, block: bytes) -> None:
        self.file.write(block)
        self.hasher.update(block)
        self.offset += len(block)
        self.fetched += len(block)

    def save_meta(self) -> None:
        self.meta.write_text(json.dumps({"source": self.source, "validator": self.validator, "total": self.total}),
                             encoding="utf-8")

    def close(self) -> None:
        self.file.close()

    def discard(self) -> None:
        self.hasher.stop()
        self.file.close()
        self.part.unlink(missing_ok=True)
        self.meta.unlink(missing_ok=True)


def _fetch_once(session, source, state: _State, on_event, cancel, filename, size,
                connect_timeout, watch: _Watch) -> None:
    import requests  # imported here: offline installs and the CLI's start-up do not need it

    headers = {"Accept-Encoding": "identity"}  # byte offsets must be offsets in the file
    if state.offset:
        if state.total is not None and state.offset >= state.total:
            return  # complete already; the hash check decides
        headers["Range"] = f"bytes={state.offset}-"
        if state.validator:
            headers["If-Range"] = state.validator
    try:
        response = guard.get(session, source, cancel, headers=headers, stream=True,
                             timeout=(min(connect_timeout, watch.read_timeout()), watch.read_timeout()))
    except requests.TooManyRedirects:
        raise guard.redirect_loop(filename, source) from None
    except requests.exceptions.SSLError as exc:
        if untrusted_certificate(exc):  # not a passing fault: another try would fail alike
            raise AppError(untrusted_message(source)) from None
        raise _Retryable(describe_error(exc)) from None
    except (requests.ConnectionError, requests.Timeout) as exc:
        raise _Retryable(describe_error(exc)) from None
    with response:
        status = response.status_code
        if status in RETRY_STATUS:
            raise _Retryable(msg("net_server_error", status=status))
        if status == 416 and state.offset:
            state.restart()  # our .part is longer than the file: start over
            raise _Retryable(msg("net_resume_rejected"))
        if status >= 400:
            raise http_error(status, response.reason, source)
        if status == 206 and state.offset:
            start = _content_range_start(response.headers.get("Content-Range"))
            if start != state.offset:
                state.restart()
                raise _Retryable(msg("net_resume_wrong"))
            state.restarts_with_range += 1
        elif state.offset:
            state.restart()  # 200: the server ignored Range or the file changed (If-Range)
        state.validator = response.headers.get("ETag") or response.headers.get("Last-Modified")
        length = response.headers.get("Content-Length")
        state.total = (state.offset + int(length)) if length and length.isdigit() else size
        if state.total is not None and state.total > watch.cap:
            raise _TooMuch()  # announced: refused before a byte is read
        state.save_meta()
        _stream(response, state, on_event, cancel, filename, watch)
    if state.total is not None and state.offset < state.total:
        raise _Retryable(msg("net_closed_early", got=state.offset, total=state.total))


def _stream(response, state: _State, on_event, cancel, filename, watch: _Watch) -> None:
    raw = response.raw
    read = getattr(raw, "read1", None) or raw.read  # read1: whatever arrived, so slow links still report
    watcher = guard.close_on_cancel(response, cancel).__enter__()
    rate = _Rate()
    last = time.monotonic()
    reported = -1
    try:
        while True:
            try:
                block = read(min(CHUNK, watch.cap - state.offset + 1))  # one byte past the cap tells
            except Exception as exc:  # urllib3 and socket errors of every kind mean "dropped"
                if cancel.is_set():
                    raise Cancelled() from None
                raise _Retryable(describe_error(exc)) from None
            if cancel.is_set():
                raise Cancelled()
            if not block:
                break
            if state.offset + len(block) > watch.cap:
                raise _TooMuch()
            state.write(block)
            watch.bytes_came(state.fetched)  # bytes over the network: a resumed file starts at 0
            now = time.monotonic()
            if now - last >= 0.25:
                last, reported = now, state.offset
                _progress(on_event, filename, state, rate.add(now, state.offset))
    finally:
        watcher.__exit__()
        state.file.flush()
    if reported != state.offset:
        _progress(on_event, filename, state, rate.add(time.monotonic(), state.offset))


def _progress(on_event, filename, state: _State, speed: float | None) -> None:
    eta = None
    if speed and state.total:
        eta = max(state.total - state.offset, 0) / speed
    on_event(Progress(filename, state.offset, state.total, speed, eta))


def http_error(status: int, reason: str | None, source: str) -> AppError:
    """A refusal such as 404 Not Found: not a passing fault, so it is not retried."""
    said = f"{status} {reason}" if reason else str(status)
    return AppError(msg("download_http_error", status=said, url=redact_text(source)))


def _content_range_start(value: str | None) -> int | None:
    # "bytes 100-999/1000"
    try:
        return int(value.split()[1].split("-")[0]) if value else None
    except (IndexError, ValueError):
        return None


def untrusted_certificate(exc: BaseException) -> bool:
    text = str(exc)
    return "CERTIFICATE_VERIFY_FAILED" in text or "certificate verify failed" in text


def untrusted_message(url: str) -> str:
    host = urlsplit(url).hostname or url
    return msg("certificate_untrusted", host=host)


TIMED_OUT = msg("net_timed_out")
_PLAIN = (  # what urllib3/socket errors mean, in words a user can read (coded: the {reason} of a sentence)
    (("IncompleteRead", "Connection broken", "reset by peer", "RemoteDisconnected", "ProtocolError"),
     msg("net_dropped")),
    (("timed out", "Timeout"), TIMED_OUT),
    (("Connection refused",), msg("net_refused")),
    (("Name or service not known", "getaddrinfo", "nodename nor servname", "NameResolution"),
     msg("net_no_host")),
    (("CERTIFICATE_VERIFY_FAILED", "certificate verify failed"), msg("net_cert")),
)


def reason_of(exc: BaseException) -> str:
    """The reason a retry exception carries, kept as the coded Message it was raised with."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, str) else str(exc)


def describe_error(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    for needles, plain in _PLAIN:
        if any(n in text or n == type(exc).__name__ for n in needles):
            return plain
    text = redact_text(text)
    return text if len(text) < 160 else text[:157] + "…"
