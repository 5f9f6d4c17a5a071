"""Measure a wheel's AOT lists without downloading it: its central directory, then only its
libraries (.so / .dll / .pyd), each run through the device-image inspector (app/smoke/inspect),
recording per library the archive members, the GPU IP versions inside them (read from each
member's zebin note) and whether SPIR-V is present.

A library that cannot carry device images is fetched only as far as its headers say so: a DLL
whose section table has no `.tgtimg` (Windows wheels carry many large DLLs without device
images: pe_sycl_images.md), a shared object whose first segment (where .dynstr lies) names no
SYCL at all (elf_images.DynamicStringScan). Every other library is read whole and inspected;
`read_all` turns the early stops off.

The wheel's sha256 comes from the index (or the catalog for direct files): with Range reads the
file as a whole is never seen here, so that hash is recorded as given, not checked; when the
server ignored Range and the whole file came, it is checked (app/fetch/remote_zip.py).
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.fetch import guard
from app.fetch.remote_zip import RemoteZip, ZipMember
from app.redact import redact_text
from app.smoke import elf_images, pe_images
from app.smoke.inspect import inspect_library, is_library_name

if TYPE_CHECKING:
    import requests

    from app.fetch.mirrors import Mirrors
    from app.measure.verify_resolve import WheelFile

PE_HEAD = 64 * 1024  # a DLL's headers and section table lie well within this


def measure_wheel(wheel: WheelFile, *, session: requests.Session, mirrors: Mirrors | None = None,
                  cancel: threading.Event | None = None, limits: guard.Limits = guard.DEFAULT,
                  allow_http: bool = False, workdir: str | None = None, read_all: bool = False) -> dict[str, Any]:
    """The measurement record of one wheel (JSON-ready). `read_all`: read every library whole
    (no stop after the headers of one that cannot carry device images)."""
    started = time.monotonic()
    libraries: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="catalog-verify-", dir=workdir) as tmp, \
            RemoteZip(wheel.url, sha256=wheel.sha256, session=session, mirrors=mirrors, cancel=cancel,
                      limits=limits, allow_http=allow_http, spill_dir=tmp) as archive:
        for member in archive.members:
            if member.is_dir or not is_library_name(member.name):
                continue
            libraries.append(_measure_library(archive, member, Path(tmp) / "library", read_all))
        transfer = archive.transfer
        size = archive.size
        unsafe = archive.unsafe_names
    seconds = time.monotonic() - started
    with_images = [lib for lib in libraries if lib["images"]]
    return {
        **wheel.to_json(),
        "url": redact_text(wheel.url.split("#", 1)[0]),  # the hash has its own field; no credentials
        "size": size,
        "read": "whole" if transfer.whole else "ranges",
        "transfer": {
            "requests": transfer.requests,
            "bytes": transfer.bytes,
            "percent": round(100 * transfer.bytes / size, 1) if size else 0.0,
            "seconds": round(seconds, 2),
        },
        # With ranges the whole file is never hashed here: the index's hash is recorded as given.
        "sha256_checked": transfer.hash_checked,
        "sha256_computed": transfer.sha256,
        "libraries": libraries,
        "libraries_with_images": len(with_images),
        "unsafe_names": [{"name": name, "problem": problem} for name, problem in unsafe],
    }


def _measure_library(archive: RemoteZip, member: ZipMember, dest: Path, read_all: bool) -> dict[str, Any]:
    before = archive.transfer.bytes
    pe = member.name.lower().endswith((".dll", ".pyd"))
    keep_going = None if read_all else _pe_gate() if pe else _elf_gate()
    _written, complete = archive.extract(member, dest, keep_going=keep_going)
    record: dict[str, Any] = {
        "member": member.name,
        "size": member.size,
        "compressed_size": member.compressed_size,
        "read": "whole" if complete else "headers",
    }
    if not complete:
        dest.unlink(missing_ok=True)
        why = ("no .tgtimg section in its headers: passed over" if pe else
               "no SYCL name in its dynamic strings (first segment): passed over")
        return {**record, "fetched": archive.transfer.bytes - before, "kind": "pe" if pe else "elf", "images": [],
                "archive_members": [], "ip_versions": [], "has_spirv": False, "notes": [why]}
    try:
        found = inspect_library(dest, display=member.name)
    finally:
        dest.unlink(missing_ok=True)
    members: list[str] = []
    for image in found["images"]:
        if image["format"] == "archive":
            members += [m for m in image["members"] if m not in members]
    return {
        **record,
        "fetched": archive.transfer.bytes - before,
        "kind": found["kind"],
        "images": [{k: image[k] for k in ("target", "format", "members", "ip_versions", "compressed")}
                   for image in found["images"]],
        "archive_members": members,
        "ip_versions": found["aot_ip_versions"],
        "has_spirv": found["has_spirv"],
        "notes": found["notes"],
    }


def _pe_gate() -> Callable[[bytes], bool]:
    """A keep_going callback for RemoteZip.extract: stop once a DLL's headers show no .tgtimg."""
    head = bytearray()
    decided = False

    def keep_going(block: bytes) -> bool:
        nonlocal decided
        if decided:
            return True
        head.extend(block[: PE_HEAD - len(head)])
        verdict = pe_images.has_image_table(bytes(head))
        if verdict is False:
            return False
        decided = verdict is True or len(head) >= PE_HEAD  # undecidable: read it whole, let the inspector say
        return True

    return keep_going


def _elf_gate() -> Callable[[bytes], bool]:
    """A keep_going callback: stop once a shared object's first segment shows it does not link
    the SYCL runtime (elf_images.DynamicStringScan says why that is enough)."""
    scan = elf_images.DynamicStringScan()
    decided = False

    def keep_going(block: bytes) -> bool:
        nonlocal decided
        if decided:
            return True
        verdict = scan.feed(block)
        if verdict is False:
            return False
        decided = verdict is True
        return True

    return keep_going
