"""Read a zip on a server (a wheel of hundreds of MB) without downloading all of it: the
central directory first, then only the members asked for, through HTTP Range requests.

    with RemoteZip(url, sha256=index_hash) as wheel:      # reads the directory (2 requests)
        for m in wheel.members: ...                        # names, sizes, offsets
        data = wheel.read(wheel.member("pkg/METADATA"), limit=1 << 20)
        wheel.extract(wheel.member("torch/lib/libtorch_xpu.so"), Path(tmp) / "lib")
        wheel.stream(member, sink)                         # sink(chunk) -> False stops early

A server that ignores Range (answers 200 with the whole file) is handled by downloading the
whole file once into a temporary file, hashed on the way and checked against `sha256` when
one is known; everything then reads from that copy (`transfer.whole` says it happened).
With Range reads the file as a whole is never seen, so its hash cannot be checked:
`transfer.hash_checked` stays False and callers must say so.

Everything from the server is untrusted: the directory is bounded (size, entry count) and
checked (entries inside the file, before the directory, no duplicates) before any member is
read; member names pass app.untrusted_names' rules per path component (unsafe ones are left
out and listed in `unsafe_names`); every member is read with its declared sizes as a hard
cap and checked against its CRC-32. Zip64 and data descriptors (bit 3: sizes only in the
directory) are handled. Requests go through the caller's session (app.fetch.session:
proxies, the OS certificate store, redirect checks), mirrors rewrite the URL, and the
download limits of app.fetch.guard apply (silence, rate floor, size, redirects, cancel).

A refusal is one sentence (BadInput, exit 2, for a damaged or hostile file; AppError, exit 1,
for the network), a message code (app/messages.py) with its params.
"""

from __future__ import annotations

import hashlib
import os
import struct
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from app.errors import AppError, BadInput, Cancelled
from app.fetch import guard
from app.fetch.guard import Limits
from app.fetch.mirrors import Mirrors
from app.messages import msg
from app.redact import redact_text
from app.untrusted_names import check_url, name_problem_code, printable

if TYPE_CHECKING:
    import requests

MB = 1 << 20
TAIL = 64 * 1024 + 22  # the end record plus the longest comment a zip may have
MAX_DIRECTORY = 64 * MB  # torch's 15,000 entries take ~1.5 MB
MAX_MEMBERS = 100_000
MAX_RATIO = 200  # deflate of real libraries stays far below; bombs reach ~1000
RATIO_FROM = MB  # small members may compress better; their size is capped anyway
SLACK = 1024  # a local header's extra field may be longer than the directory's: fetched along
# A member is asked for in growing ranges (64 KiB, 128 KiB, ... 64 MiB each), so a reader that
# stops early (a library whose headers show it has no device images) leaves little in flight,
# while a member read whole costs a handful of extra requests.
FIRST_WINDOW = 64 * 1024
MAX_WINDOW = 64 * MB
CHUNK = MB
TRIES = 4  # requests per range without progress before giving up
RETRY_STATUS = {429, 500, 502, 503, 504}

# Each refusal is a message code (app/message_texts/remote_zip.py, Chinese in resources/i18n).
_NETWORK = {"rzip_status", "rzip_failed", "rzip_changed", "rzip_bad_range"}  # AppError (exit 1); others BadInput


def refused(code: str, **params: object) -> AppError:
    cls = AppError if code in _NETWORK else BadInput
    # a str param (a coded reason too) stays as it is; numbers become text
    return cls(msg(code, **{k: v if isinstance(v, str) else str(v) for k, v in params.items()}))


@dataclass(frozen=True)
class ZipMember:
    name: str
    size: int  # uncompressed, from the central directory (authoritative with data descriptors)
    compressed_size: int
    header_offset: int  # where its local header starts
    method: int  # 0 stored, 8 deflate
    crc32: int
    flags: int
    raw_name: bytes  # as stored, compared with the local header's
    extra_length: int  # the directory entry's; the local one may differ

    @property
    def is_dir(self) -> bool:
        return self.name.endswith("/")


@dataclass
class Transfer:
    """What reading the zip cost and what was checked."""

    requests: int = 0
    bytes: int = 0  # body bytes received from the server
    whole: bool = False  # the whole file was downloaded (the server ignored Range)
    sha256: str | None = None  # of the whole file, when it was downloaded whole
    hash_checked: bool = False  # the whole file matched the expected SHA-256
    ranges: list[tuple[int, int]] = field(default_factory=list)  # (start, end inclusive) asked for

    def to_json(self) -> dict[str, Any]:
        return {"requests": self.requests, "bytes": self.bytes, "whole": self.whole, "sha256": self.sha256,
                "hash_checked": self.hash_checked, "ranges": len(self.ranges)}


class _Retry(Exception):
    """A failure worth another request (dropped, timed out, 5xx)."""


class RemoteZip:
    """A zip on a server; see the module's docstring. Use it in `with` (a whole download's
    temporary copy is deleted on close)."""

    def __init__(self, url: str, *, sha256: str | None = None, session: requests.Session | None = None,
                 mirrors: Mirrors | None = None, cancel: threading.Event | None = None,
                 limits: Limits = guard.DEFAULT, allow_http: bool = False, spill_dir: str | None = None,
                 connect_timeout: float = 20.0, backoff: float = 0.5) -> None:
        check_url(url, "wheel URL", allow_http)
        self.url = (mirrors or Mirrors()).rewrite(url).split("#", 1)[0]
        self.shown = redact_text(url.split("#", 1)[0])
        self.file = unquote(urlsplit(self.url).path.rsplit("/", 1)[-1]) or self.shown
        self.host = guard.host_of(self.url)
        self.expected_sha256 = (sha256 or "").lower() or None
        self.cancel = cancel or threading.Event()
        self.limits, self.connect_timeout, self.backoff = limits, connect_timeout, backoff
        self.spill_dir = spill_dir
        self.transfer = Transfer()
        self.size = 0
        self.members: list[ZipMember] = []
        self.unsafe_names: list[tuple[str, str]] = []  # (name as printable text, untrusted_names problem code)
        self._by_name: dict[str, ZipMember] = {}
        self._validator: str | None = None  # ETag: later ranges use If-Range, a changed file answers 200
        self._local: Any = None  # the whole file's temporary copy, once downloaded
        self._local_path: str | None = None
        self._directory_start = 0
        if session is None:
            from app.fetch.session import make_session

            session = make_session()
        self.session = session
        try:
            self._read_directory()
        except BaseException:
            self.close()
            raise

    # ---- public ---------------------------------------------------------------------------
    def __enter__(self) -> RemoteZip:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._local is not None:
            self._local.close()
            self._local = None
        if self._local_path:
            try:
                os.unlink(self._local_path)
            except OSError:
                pass
            self._local_path = None

    def member(self, name: str) -> ZipMember:
        found = self._by_name.get(name)
        if found is None:
            raise refused("rzip_no_member", file=self.file, member=printable(name))
        return found

    def find(self, name: str) -> ZipMember | None:
        return self._by_name.get(name)

    def read(self, member: ZipMember, limit: int) -> bytes:
        """The member's bytes, refused when it unpacks to more than `limit`."""
        if member.size > limit:
            raise refused("rzip_member_too_big", member=printable(member.name), file=self.file,
                          size=guard.size_text(member.size), limit=guard.size_text(limit))
        out = bytearray()

        def keep(block: bytes) -> bool:
            out.extend(block)
            return True

        self.stream(member, keep)
        return bytes(out)

    def extract(self, member: ZipMember, dest: Path, *, limit: int | None = None,
                keep_going: Callable[[bytes], bool] | None = None) -> tuple[int, bool]:
        """Write the member to `dest` (streamed; memory stays around one chunk). `keep_going`
        sees each unpacked chunk once it is written (and flushed) and may stop the transfer
        (False). Returns (bytes written, complete)."""
        cap = limit if limit is not None else self.limits.max_size
        if member.size > cap:
            raise refused("rzip_member_too_big", member=printable(member.name), file=self.file,
                          size=guard.size_text(member.size), limit=guard.size_text(cap))
        written = 0
        with open(dest, "wb") as out:
            def sink(block: bytes) -> bool:
                nonlocal written
                out.write(block)
                written += len(block)
                if keep_going is None:
                    return True
                out.flush()
                return keep_going(block)

            complete = self.stream(member, sink)
        return written, complete

    def stream(self, member: ZipMember, sink: Callable[[bytes], bool]) -> bool:
        """Feed the member's unpacked bytes to `sink` in chunks; `sink` returns False to stop.
        True when the whole member was read (and its size and CRC-32 checked)."""
        self._check_readable(member)
        header = self._local_header(member)
        start = member.header_offset + header
        end = start + member.compressed_size - 1  # inclusive; an empty member has end < start
        unpack = _Unpacker(member, self.file)
        if member.compressed_size == 0:
            for _ in unpack.finish():  # checks that the member is really empty
                pass
            return True
        chunks = self._chunks(start, end, first_window=FIRST_WINDOW)
        try:
            for block in chunks:
                for plain in unpack.feed(block):
                    if not sink(plain):
                        return False
        finally:
            chunks.close()  # a stop leaves the rest unread: the response is closed, not drained
        for plain in unpack.finish():
            if not sink(plain):
                return False
        return True

    # ---- the directory --------------------------------------------------------------------
    def _read_directory(self) -> None:
        tail_start, tail = self._tail()
        eocd = tail.rfind(b"PK\x05\x06")
        while eocd >= 0 and not (eocd + 22 <= len(tail)
                                 and eocd + 22 + struct.unpack_from("<H", tail, eocd + 20)[0] == len(tail)):
            eocd = tail.rfind(b"PK\x05\x06", 0, eocd)
        if eocd < 0:
            raise refused("rzip_no_end", file=self.file, host=self.host)
        (_sig, disk, cd_disk, _n_disk, count, cd_size, cd_offset, _clen) = struct.unpack_from("<4s4H2LH", tail, eocd)
        directory_end = tail_start + eocd
        if 0xFFFF in (count, disk, cd_disk) or 0xFFFFFFFF in (cd_size, cd_offset):
            count, cd_size, cd_offset, directory_end, disk, cd_disk = self._zip64(tail_start, tail, eocd)
        if disk != 0 or cd_disk != 0:
            raise refused("rzip_multi_disk", file=self.file, host=self.host)
        if cd_size > MAX_DIRECTORY:
            raise refused("rzip_directory_too_big", file=self.file, host=self.host,
                          size=guard.size_text(cd_size), limit=guard.size_text(MAX_DIRECTORY))
        if count > MAX_MEMBERS:
            raise refused("rzip_too_many_members", file=self.file, host=self.host, count=count, limit=MAX_MEMBERS)
        if cd_offset + cd_size != directory_end or count * 46 > cd_size:
            raise refused("rzip_directory_outside", file=self.file, host=self.host)
        if cd_offset >= tail_start:
            directory = tail[cd_offset - tail_start: cd_offset - tail_start + cd_size]
        else:
            directory = self._read(cd_offset, cd_size)
        self._directory_start = cd_offset
        self._parse_directory(directory, count)

    def _zip64(self, tail_start: int, tail: bytes, eocd: int) -> tuple[int, int, int, int, int, int]:
        locator = eocd - 20
        if locator < 0 or tail[locator:locator + 4] != b"PK\x06\x07":
            raise refused("rzip_no_end", file=self.file, host=self.host)
        _sig, _disk, record_at, _disks = struct.unpack_from("<4sLQL", tail, locator)
        if record_at + 56 > tail_start + locator:
            raise refused("rzip_directory_outside", file=self.file, host=self.host)
        if record_at >= tail_start:
            record = tail[record_at - tail_start: record_at - tail_start + 56]
        else:
            record = self._read(record_at, 56)
        sig, _size, _made, _need, disk, cd_disk, _n_disk, count, cd_size, cd_offset = struct.unpack(
            "<4sQ2H2L4Q", record)
        if sig != b"PK\x06\x06":
            raise refused("rzip_no_end", file=self.file, host=self.host)
        return count, cd_size, cd_offset, record_at, disk, cd_disk

    def _parse_directory(self, data: bytes, count: int) -> None:
        pos = 0
        for index in range(count):
            if pos + 46 > len(data) or data[pos:pos + 4] != b"PK\x01\x02":
                raise refused("rzip_bad_entry", file=self.file, host=self.host, index=index)
            (_sig, _cv, _cs, _ev, _r, flags, method, _t, _d, crc, csize, size, nlen, elen, clen, disk, _ia, _ea,
             offset) = struct.unpack_from("<4s4B4HL2L5H2L", data, pos)
            raw_name = data[pos + 46: pos + 46 + nlen]
            extra = data[pos + 46 + nlen: pos + 46 + nlen + elen]
            pos += 46 + nlen + elen + clen
            if pos > len(data) or len(raw_name) != nlen:
                raise refused("rzip_bad_entry", file=self.file, host=self.host, index=index)
            try:
                size, csize, offset, disk = _zip64_extra(extra, size, csize, offset, disk)
            except ValueError:
                raise refused("rzip_bad_entry", file=self.file, host=self.host, index=index) from None
            name = raw_name.decode("utf-8" if flags & 0x800 else "cp437", "replace")
            if disk != 0:
                raise refused("rzip_multi_disk", file=self.file, host=self.host)
            if offset + 30 + nlen + csize > self._directory_start:
                raise refused("rzip_member_outside", file=self.file, host=self.host, member=printable(name))
            if name in self._by_name:
                raise refused("rzip_duplicate", file=self.file, host=self.host, member=printable(name))
            problem = member_name_problem(name)
            if problem:
                self.unsafe_names.append((printable(name), problem))
                continue
            member = ZipMember(name, size, csize, offset, method, crc, flags, raw_name, elen)
            self.members.append(member)
            self._by_name[name] = member

    # ---- members --------------------------------------------------------------------------
    def _check_readable(self, member: ZipMember) -> None:
        shown = printable(member.name)
        if member.flags & 0x1:
            raise refused("rzip_encrypted", member=shown, file=self.file)
        if member.method not in (0, 8):
            raise refused("rzip_method", member=shown, file=self.file, method=member.method)
        if member.method == 0 and member.size != member.compressed_size:
            raise refused("rzip_member_damaged", member=shown, file=self.file, size=member.size)
        if member.size > RATIO_FROM and member.size > MAX_RATIO * max(member.compressed_size, 1):
            raise refused("rzip_ratio", member=shown, file=self.file, limit=MAX_RATIO)

    def _local_header(self, member: ZipMember) -> int:
        """Length of the member's local header (30 + name + its own extra field), checked."""
        want = 30 + len(member.raw_name) + member.extra_length + SLACK
        head = self._read(member.header_offset, min(want, self._directory_start - member.header_offset))
        if len(head) < 30 or head[:4] != b"PK\x03\x04":
            raise refused("rzip_local_header", file=self.file, host=self.host, member=printable(member.name))
        (_sig, _v, _r, _flags, method, _t, _d, _crc, _cs, _s, nlen, elen) = struct.unpack_from("<4s2B4HL2L2H", head)
        if head[30:30 + nlen] != member.raw_name or method != member.method:
            raise refused("rzip_local_header", file=self.file, host=self.host, member=printable(member.name))
        if member.header_offset + 30 + nlen + elen + member.compressed_size > self._directory_start:
            raise refused("rzip_member_outside", file=self.file, host=self.host, member=printable(member.name))
        return int(30 + nlen + elen)

    # ---- bytes from the server (or the whole file's copy) ---------------------------------
    def _read(self, start: int, length: int) -> bytes:
        if length <= 0:
            return b""
        return b"".join(self._chunks(start, start + length - 1))

    def _tail(self) -> tuple[int, bytes]:
        """(offset, bytes) of the file's last TAIL bytes, by a suffix range; learns the size.
        A server that ignores Range sends the whole file instead: kept as the local copy."""
        for attempt in range(1, TRIES + 1):
            response = self._get({"Range": f"bytes=-{TAIL}"}, attempt)
            if response is None:
                continue
            with response:
                status = response.status_code
                if status == 200:
                    try:
                        self._take_whole(response)
                    except _Retry as exc:
                        self._pause(attempt, exc)
                        continue
                    break
                if status == 416:  # a suffix of an empty file cannot be satisfied
                    raise refused("rzip_empty", file=self.file, host=self.host)
                if status != 206:
                    raise refused("rzip_status", host=self.host, status=status, file=self.shown)
                first, last, total = _content_range(response.headers.get("Content-Range"))
                if total is None or last != total - 1 or first is None or first > last:
                    raise refused("rzip_bad_range", host=self.host, file=self.shown)
                self._check_size(total)
                self.size = total
                self._validator = response.headers.get("ETag")
                if self._validator and self._validator.startswith("W/"):
                    self._validator = None  # If-Range needs a strong validator
                self.transfer.ranges.append((first, last))
                try:
                    body = self._body(response, last - first + 1)
                except _Retry as exc:
                    self._pause(attempt, exc)
                    continue
                if total == 0:
                    raise refused("rzip_empty", file=self.file, host=self.host)
                return first, body
        else:
            raise refused("rzip_failed", file=self.shown, host=self.host, reason=msg("net_no_answer"), attempts=TRIES)
        start = max(self.size - TAIL, 0)
        return start, self._read(start, self.size - start)

    def _chunks(self, start: int, end: int, first_window: int | None = None) -> Generator[bytes, None, None]:
        """Bytes start..end (inclusive) in chunks, over as few requests as needed; resumes
        after a drop, and switches to the whole file's copy if the server stops honouring Range."""
        pos = start
        failures = 0
        window = first_window
        while pos <= end:
            if self.cancel.is_set():
                raise Cancelled()
            if self._local is not None:
                self._local.seek(pos)
                while pos <= end:
                    block = self._local.read(min(CHUNK, end + 1 - pos))
                    if not block:
                        raise refused("rzip_no_end", file=self.file, host=self.host)
                    pos += len(block)
                    yield block
                return
            stop = end if window is None else min(end, pos + window - 1)
            if window is not None:
                window = min(window * 2, MAX_WINDOW)
            headers = {"Range": f"bytes={pos}-{stop}"}
            if self._validator:
                headers["If-Range"] = self._validator
            response = self._get(headers, failures + 1)
            if response is None:
                failures += 1
                continue
            before = pos
            try:
                with response:
                    status = response.status_code
                    if status == 200:  # Range ignored now, or the file changed (If-Range)
                        self._take_whole(response)
                        continue
                    if status != 206:
                        raise refused("rzip_status", host=self.host, status=status, file=self.shown)
                    first, last, total = _content_range(response.headers.get("Content-Range"))
                    if total != self.size:
                        raise refused("rzip_changed", file=self.file, host=self.host)
                    if first != pos or last is None or last > stop or last < pos:
                        raise refused("rzip_bad_range", host=self.host, file=self.shown)
                    self.transfer.ranges.append((first, last))
                    for block in self._body_chunks(response, last - first + 1):
                        pos += len(block)
                        yield block
            except _Retry as exc:
                failures = 0 if pos > before else failures + 1
                self._pause(max(failures, 1), exc)
                continue
            failures = 0

    def _get(self, headers: dict[str, str], attempt: int) -> requests.Response | None:
        """One GET; None after a failure worth retrying (the pause is taken here)."""
        import requests

        from app.fetch.download import describe_error, untrusted_certificate, untrusted_message

        headers = {"Accept-Encoding": "identity", **headers}  # byte offsets must be offsets in the file
        wait = self.limits.stall
        self.transfer.requests += 1
        try:
            response = guard.get(self.session, self.url, self.cancel, headers=headers, stream=True,
                                 timeout=(min(self.connect_timeout, wait), wait))
        except requests.TooManyRedirects:
            raise guard.redirect_loop(self.shown, self.url) from None
        except requests.exceptions.SSLError as exc:
            if untrusted_certificate(exc):
                raise AppError(untrusted_message(self.url)) from None
            self._pause(attempt, _Retry(describe_error(exc)))
            return None
        except (requests.ConnectionError, requests.Timeout) as exc:
            self._pause(attempt, _Retry(describe_error(exc)))
            return None
        if response.status_code in RETRY_STATUS:
            response.close()
            self._pause(attempt, _Retry(msg("net_server_error", status=response.status_code)))
            return None
        return response

    def _pause(self, attempt: int, exc: _Retry) -> None:
        if attempt >= TRIES:
            from app.fetch.download import reason_of

            raise refused("rzip_failed", file=self.shown, host=self.host, reason=reason_of(exc), attempts=attempt)
        if self.cancel.wait(self.backoff * 2 ** (attempt - 1)):
            raise Cancelled()

    def _body(self, response: requests.Response, length: int) -> bytes:
        return b"".join(self._body_chunks(response, length))

    def _body_chunks(self, response: requests.Response, length: int | None) -> Iterator[bytes]:
        """Exactly `length` body bytes (None: until the server closes), within the limits
        (silence, rate floor, cancel)."""
        from app.fetch.download import describe_error

        raw = response.raw
        read = getattr(raw, "read1", None) or raw.read
        got = 0
        pace = guard.Pace(self.limits)
        with guard.close_on_cancel(response, self.cancel):
            while length is None or got < length:
                try:
                    block = read(CHUNK if length is None else min(CHUNK, length - got))
                except Exception as exc:  # urllib3 and socket errors of every kind mean "dropped"
                    if self.cancel.is_set():
                        raise Cancelled() from None
                    raise _Retry(describe_error(exc)) from None
                if self.cancel.is_set():
                    raise Cancelled()
                if not block:
                    if length is None:
                        return
                    raise _Retry(msg("net_closed_early", got=got, total=length))
                got += len(block)
                self.transfer.bytes += len(block)
                now = time.monotonic()
                rate = pace.too_slow(now, got)
                if rate is not None:
                    raise guard.too_slow(self.shown, self.url, rate, now - pace.samples[0][0])
                yield block

    def _check_size(self, size: int) -> None:
        if size > self.limits.max_size:
            raise refused("rzip_too_big", file=self.file, host=self.host, size=guard.size_text(size),
                          limit=guard.size_text(self.limits.max_size))

    def _take_whole(self, response: requests.Response) -> None:
        """The server sent the whole file (200): keep it as a temporary copy, hashed on the way."""
        length = response.headers.get("Content-Length")
        announced = int(length) if length and length.isdigit() else None
        if announced is not None:
            self._check_size(announced)
            if self.size and announced != self.size:
                raise refused("rzip_changed", file=self.file, host=self.host)
        fd, path = tempfile.mkstemp(prefix="remote-zip-", suffix=".part", dir=self.spill_dir)
        digest = hashlib.sha256()
        total = 0
        try:
            with os.fdopen(fd, "wb") as out:
                for block in self._body_chunks(response, announced):
                    total += len(block)
                    if total > self.limits.max_size:
                        raise refused("rzip_too_big", file=self.file, host=self.host,
                                      size=guard.size_text(total), limit=guard.size_text(self.limits.max_size))
                    out.write(block)
                    digest.update(block)
        except BaseException:
            os.unlink(path)
            raise
        self._local_path = path
        self.transfer.whole = True
        self.transfer.sha256 = digest.hexdigest()
        if self.expected_sha256:
            if self.transfer.sha256 != self.expected_sha256:
                raise refused("rzip_hash", file=self.file, host=self.host, expected=self.expected_sha256[:16],
                              got=self.transfer.sha256[:16])
            self.transfer.hash_checked = True
        if total == 0:
            raise refused("rzip_empty", file=self.file, host=self.host)
        self.size = total
        self._local = open(path, "rb")  # noqa: SIM115 (closed by close())


class _Unpacker:
    """A member's compressed bytes in, its plain bytes out: never more than the declared size,
    and at the end exactly that size with the declared CRC-32."""

    def __init__(self, member: ZipMember, file: str):
        self.member, self.file = member, file
        self.inflate = zlib.decompressobj(-15) if member.method == 8 else None
        self.done = 0
        self.crc = 0

    def _damaged(self) -> AppError:
        return refused("rzip_member_damaged", member=printable(self.member.name), file=self.file,
                       size=self.member.size)

    def _emit(self, plain: bytes) -> bytes:
        self.done += len(plain)
        if self.done > self.member.size:
            raise self._damaged()
        self.crc = zlib.crc32(plain, self.crc)
        return plain

    def feed(self, block: bytes) -> Iterator[bytes]:
        if self.inflate is None:
            yield self._emit(block)
            return
        data = block
        try:
            while data:
                plain = self.inflate.decompress(data, CHUNK)
                data = self.inflate.unconsumed_tail
                if plain:
                    yield self._emit(plain)
                if self.inflate.eof:
                    break
        except zlib.error:
            raise self._damaged() from None

    def finish(self) -> Iterator[bytes]:
        if self.inflate is not None:
            try:
                rest = self.inflate.flush()
            except zlib.error:
                raise self._damaged() from None
            if rest:
                yield self._emit(rest)
            if not self.inflate.eof and self.member.compressed_size:
                raise self._damaged()
        if self.done != self.member.size or (self.crc & 0xFFFFFFFF) != self.member.crc32:
            raise self._damaged()


def member_name_problem(name: str) -> str | None:
    """Why a member name is not a safe relative path (an app.untrusted_names problem code per
    component: no absolute path, drive, backslash, `..`, control or Windows-forbidden
    characters), or None."""
    if not name or name.startswith("/"):
        return "separator" if name else "empty"
    parts = name.rstrip("/").split("/")
    for part in parts:
        code = "separator" if "\\" in part else name_problem_code(part)
        if code:
            return code
    return None


def _zip64_extra(extra: bytes, size: int, csize: int, offset: int, disk: int) -> tuple[int, int, int, int]:
    """The real values of fields set to their maximum, from the zip64 extra field (id 1)."""
    if 0xFFFFFFFF not in (size, csize, offset) and disk != 0xFFFF:
        return size, csize, offset, disk
    pos = 0
    while pos + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, pos)
        body = extra[pos + 4: pos + 4 + length]
        pos += 4 + length
        if tag != 1:
            continue
        values = list(struct.unpack_from(f"<{len(body) // 8}Q", body)) if len(body) >= 8 else []
        wanted = [size == 0xFFFFFFFF, csize == 0xFFFFFFFF, offset == 0xFFFFFFFF]
        found = []
        for flag in wanted:
            if flag:
                if not values:
                    raise ValueError("zip64 field missing")
                found.append(values.pop(0))
            else:
                found.append(None)
        size = found[0] if found[0] is not None else size
        csize = found[1] if found[1] is not None else csize
        offset = found[2] if found[2] is not None else offset
        if disk == 0xFFFF:
            disk = 0  # the disk number follows the 8-byte values; single-disk wheels only
        return size, csize, offset, disk
    raise ValueError("zip64 extra field missing")


def _content_range(value: str | None) -> tuple[int | None, int | None, int | None]:
    """"bytes 100-199/1000" -> (100, 199, 1000); Nones for what is missing or malformed."""
    try:
        _unit, rest = (value or "").split(None, 1)
        span, total = rest.split("/", 1)
        first, last = span.split("-", 1)
        return int(first), int(last), (None if total.strip() == "*" else int(total))
    except ValueError:
        return None, None, None
