"""Just enough of a library's headers to decide whether it carries SYCL device images and
which SYCL runtime it links: the section names (`.tgtimg`), and DT_NEEDED / RUNPATH / RPATH
(ELF) or the import table (PE). Reads a few kilobytes per file, so the hundreds of host-only
libraries in a torch environment (and 20+ MB CUDA DLLs) are passed over almost for free.

Every size and offset comes from an untrusted file: each read is bounded and a file that
does not add up is reported as unreadable, never raised."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

MAX_SECTIONS = 4096  # real libraries have < 100; more means a damaged or hostile file
MAX_DYNAMIC_BYTES = 1 << 20
MAX_DYNSTR_BYTES = 4 << 20
MAX_IMPORTS = 4096

DT_NULL, DT_NEEDED, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 1, 5, 15, 29


@dataclass
class Headers:
    kind: str  # elf | pe | archive | other | unreadable
    has_images: bool = False  # a `.tgtimg` section is present
    needed: list[str] = field(default_factory=list)  # DT_NEEDED or imported DLL names
    runpath: list[str] = field(default_factory=list)  # DT_RUNPATH entries (ELF)
    rpath: list[str] = field(default_factory=list)  # DT_RPATH entries (ELF, searched before LD_LIBRARY_PATH)
    bytes_read: int = 0
    problem: str = ""
    damaged: bool = False  # starts like a library, but its headers do not add up


def read_headers(path: Path) -> Headers:
    """The headers of `path`; `damaged` is set (and `problem` says why) when the file starts
    like an ELF or PE library but its headers do not add up."""
    kind = "other"
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
            if head.startswith(b"\x7fELF"):
                kind = "elf"
                return _elf(fh, head)
            if head.startswith(b"MZ"):
                kind = "pe"
                return _pe(fh, head)
            if head.startswith(b"!<arch>\n"):  # a raw ocloc archive under a library's name
                return Headers("archive", has_images=True, bytes_read=len(head))
            return Headers("other", bytes_read=len(head))
    except OSError as exc:
        return Headers("unreadable", problem=exc.strerror or str(exc))
    except (struct.error, ValueError, UnicodeDecodeError, IndexError) as exc:
        return Headers(kind, problem=f"damaged headers: {exc}", damaged=kind != "other")


class _Reader:
    def __init__(self, fh: BinaryIO, already: int):
        self.fh = fh
        self.count = already
        self.size = fh.seek(0, 2)

    def read(self, offset: int, length: int) -> bytes:
        if offset < 0 or length < 0 or offset + length > self.size:
            raise ValueError("a header points outside the file")
        self.fh.seek(offset)
        data: bytes = self.fh.read(length)
        self.count += len(data)
        return data


def _elf(fh: BinaryIO, head: bytes) -> Headers:
    if len(head) < 64 or head[4] != 2 or head[5] != 1:
        return Headers("elf", bytes_read=len(head), problem="only 64-bit little-endian ELF files are read")
    r = _Reader(fh, len(head))
    shoff = struct.unpack_from("<Q", head, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", head, 0x3A)
    if shentsize != 64 or shnum > MAX_SECTIONS or shstrndx >= max(shnum, 1):
        return Headers("elf", bytes_read=r.count, problem="no readable section table", damaged=True)
    table = r.read(shoff, shnum * 64)
    sections = [struct.unpack_from("<IIQQQQIIQQ", table, i * 64) for i in range(shnum)]
    _n, _t, _f, _a, str_off, str_size, *_ = sections[shstrndx]
    names_blob = r.read(str_off, min(str_size, MAX_DYNSTR_BYTES))

    def name(index: int) -> bytes:
        end = names_blob.find(b"\0", index)
        return names_blob[index:end if end >= 0 else None]

    out = Headers("elf")
    dynamic = None
    for sec in sections:
        sec_name = name(sec[0]) if sec[0] < len(names_blob) else b""
        if sec_name == b".tgtimg" and sec[5] >= 16:  # an empty table lists no image
            out.has_images = True
        elif sec[1] == 6:  # SHT_DYNAMIC
            dynamic = sec
    if dynamic is not None:
        _read_dynamic(r, sections, dynamic, out)
    out.bytes_read = r.count
    return out


def _read_dynamic(r: _Reader, sections: list[tuple[int, ...]], dynamic: tuple[int, ...], out: Headers) -> None:
    offset, size, link = dynamic[4], dynamic[5], dynamic[6]
    if link >= len(sections):
        return
    raw = r.read(offset, min(size - size % 16, MAX_DYNAMIC_BYTES))
    strtab = sections[link]
    strings = r.read(strtab[4], min(strtab[5], MAX_DYNSTR_BYTES))

    def text(index: int) -> str:
        if index >= len(strings):
            return ""
        end = strings.find(b"\0", index)
        return strings[index:end if end >= 0 else None].decode("utf-8", "replace")

    for tag, value in struct.iter_unpack("<qQ", raw):
        if tag == DT_NULL:
            break
        if tag == DT_NEEDED:
            out.needed.append(text(value))
        elif tag == DT_RUNPATH:
            out.runpath += [p for p in text(value).split(":") if p]
        elif tag == DT_RPATH:
            out.rpath += [p for p in text(value).split(":") if p]


def _pe(fh: BinaryIO, head: bytes) -> Headers:
    r = _Reader(fh, len(head))
    lfanew = struct.unpack_from("<I", head, 0x3C)[0]
    coff = r.read(lfanew, 24)
    if coff[:4] != b"PE\0\0":
        return Headers("other", bytes_read=r.count)
    nsections, opt_size = struct.unpack_from("<H", coff, 6)[0], struct.unpack_from("<H", coff, 20)[0]
    if nsections > MAX_SECTIONS:
        return Headers("pe", bytes_read=r.count, problem="no readable section table", damaged=True)
    opt = r.read(lfanew + 24, opt_size)
    magic = struct.unpack_from("<H", opt, 0)[0]
    ddir = {0x20B: 112, 0x10B: 96}.get(magic)
    if ddir is None or len(opt) < ddir + 16:
        return Headers("pe", bytes_read=r.count, problem="unknown optional header")
    import_rva = struct.unpack_from("<I", opt, ddir + 8)[0]
    table = r.read(lfanew + 24 + opt_size, nsections * 40)
    sections = []
    out = Headers("pe")
    for i in range(nsections):
        raw = table[i * 40:(i + 1) * 40]
        vsize, va, raw_size, raw_offset = struct.unpack_from("<IIII", raw, 8)
        if raw[:8].rstrip(b"\0") == b".tgtimg" and min(vsize or raw_size, raw_size) >= 16:
            out.has_images = True
        sections.append((va, max(vsize, raw_size), raw_size, raw_offset))

    def at(rva: int, length: int) -> bytes:
        for va, span, raw_size, raw_offset in sections:
            if va <= rva < va + span and rva - va + length <= raw_size:
                return r.read(raw_offset + rva - va, length)
        raise ValueError("an import entry points outside the file")

    def c_string(rva: int) -> str:
        for va, span, raw_size, raw_offset in sections:
            if va <= rva < va + span:
                length = min(256, raw_size - (rva - va))
                blob = r.read(raw_offset + rva - va, max(length, 0))
                return blob.split(b"\0", 1)[0].decode("ascii", "replace")
        return ""

    if import_rva:
        for i in range(MAX_IMPORTS):
            entry = at(import_rva + 20 * i, 20)
            if entry == b"\0" * 20:
                break
            out.needed.append(c_string(struct.unpack_from("<I", entry, 12)[0]))
    out.bytes_read = r.count
    return out
