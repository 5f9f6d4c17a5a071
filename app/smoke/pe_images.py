"""SYCL device images inside a Windows PE (.dll / .pyd), as established in pe_sycl_images.md.

Layout: `.tgtimg` holds {u64 image_va, u64 size} pairs; descriptors (version 2 = sycl8,
version 3 = sycl9) sit in `.rdata` and hold absolute virtual addresses; images may be zstd
compressed (format byte 4). Only the PE headers, the import table, `.tgtimg`, `.rdata` and
the image bytes are read, through an mmap; a DLL that imports no sycl*.dll is passed over
after reading its headers (wheels carry many large CUDA/ROCm DLLs).

The PE headers are read with struct: they are a fixed, documented layout, and doing so keeps
memory flat on 20+ MB DLLs (pefile took ~27 s on one large DLL per the reference).
"""

from __future__ import annotations

import mmap
import re
import struct
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.smoke.device_image import DeviceImage, describe

SYCL_OFFLOAD_KIND = 4
_BINARY_START_OFFSET = {2: 48, 3: 32}
_SYCL_DLL = re.compile(r"^sycl\d*d?\.dll$", re.IGNORECASE)


class NotPE(Exception):
    """Not a PE file we can read."""


class NotSycl(Exception):
    """A readable PE without SYCL device images."""


@dataclass
class _Section:
    name: str
    va: int  # RVA
    vsize: int
    raw_offset: int
    raw_size: int


class _PE:
    def __init__(self, mm: mmap.mmap):
        self.mm = mm
        if mm[:2] != b"MZ":
            raise NotPE
        (lfanew,) = struct.unpack_from("<I", mm, 0x3C)
        if mm[lfanew : lfanew + 4] != b"PE\0\0":
            raise NotPE
        coff = lfanew + 4
        _machine, nsections, _t, _s, _n, opt_size, _c = struct.unpack_from("<HHIIIHH", mm, coff)
        opt = coff + 20
        (magic,) = struct.unpack_from("<H", mm, opt)
        if magic == 0x20B:  # PE32+
            (self.image_base,) = struct.unpack_from("<Q", mm, opt + 24)
            ddir = opt + 112
            self.pe32plus = True
        elif magic == 0x10B:
            (self.image_base,) = struct.unpack_from("<I", mm, opt + 28)
            ddir = opt + 96
            self.pe32plus = False
        else:
            raise NotPE
        self.import_rva, self.import_size = struct.unpack_from("<II", mm, ddir + 8)
        self.sections: list[_Section] = []
        table = opt + opt_size
        for i in range(nsections):
            raw = mm[table + 40 * i : table + 40 * (i + 1)]
            name = raw[:8].rstrip(b"\0").decode("ascii", "replace")
            vsize, va, raw_size, raw_offset = struct.unpack_from("<IIII", raw, 8)
            self.sections.append(_Section(name, va, vsize, raw_offset, raw_size))

    def section(self, name: str) -> _Section | None:
        return next((s for s in self.sections if s.name == name), None)

    def rva_to_offset(self, rva: int) -> int | None:
        for s in self.sections:
            if s.va <= rva < s.va + max(s.vsize, s.raw_size):
                if rva - s.va >= s.raw_size:
                    return None  # in the zero-filled tail, not in the file
                return s.raw_offset + (rva - s.va)
        return None

    def va_to_offset(self, va: int) -> int | None:
        return self.rva_to_offset(va - self.image_base) if va >= self.image_base else None

    def c_string_rva(self, rva: int, limit: int = 4096) -> str:
        off = self.rva_to_offset(rva)
        if off is None:
            return ""
        end = self.mm.find(b"\0", off, off + limit)
        return self.mm[off : end if end >= 0 else off + limit].decode("utf-8", "replace")

    def imports(self) -> list[str]:
        names: list[str] = []
        off = self.rva_to_offset(self.import_rva) if self.import_rva else None
        if off is None:
            return names
        for i in range(4096):
            entry = self.mm[off + 20 * i : off + 20 * (i + 1)]
            if len(entry) < 20 or entry == b"\0" * 20:
                break
            (name_rva,) = struct.unpack_from("<I", entry, 12)
            names.append(self.c_string_rva(name_rva, 256))
        return names


def has_image_table(head: bytes) -> bool | None:
    """From a DLL's first bytes: whether its section table lists `.tgtimg`. None when `head`
    does not reach the end of the section table yet or is no PE header: read on, then ask
    list_images. Lets a reader stop fetching a large DLL without device images after a few KB."""
    try:
        pe = _PE(head)  # type: ignore[arg-type]  # bytes offer the slicing and unpacking _PE uses
        (lfanew,) = struct.unpack_from("<I", head, 0x3C)
        nsections, opt_size = struct.unpack_from("<H12xH", head, lfanew + 6)
    except (NotPE, struct.error, ValueError):
        return None
    if lfanew + 24 + opt_size + 40 * nsections > len(head):
        return None
    return pe.section(".tgtimg") is not None


def list_images(path: Path) -> tuple[list[DeviceImage], list[str]]:
    with open(path, "rb") as fh:
        if fh.seek(0, 2) < 64:
            raise NotPE
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            try:
                pe = _PE(mm)
            except (struct.error, ValueError) as exc:
                raise NotPE from exc
            return _list(pe)


def _list(pe: _PE) -> tuple[list[DeviceImage], list[str]]:
    notes: list[str] = []
    sycl_imports = [n for n in pe.imports() if _SYCL_DLL.match(n)]
    tgt = pe.section(".tgtimg")
    if tgt is None:
        raise NotSycl
    if not pe.pe32plus:
        return [], ["32-bit PE files are not understood"]
    if not sycl_imports:
        notes.append("has .tgtimg but imports no sycl*.dll")
    else:
        notes.append("imports " + ", ".join(sycl_imports))
    words = array("Q")
    raw = pe.mm[tgt.raw_offset : tgt.raw_offset + min(tgt.vsize or tgt.raw_size, tgt.raw_size)]
    words.frombytes(raw[: len(raw) - len(raw) % 8])
    pairs = [(words[i], words[i + 1]) for i in range(0, len(words) - 1, 2) if words[i]]
    descriptors = _descriptors(pe, {va for va, _ in pairs})
    images: list[DeviceImage] = []
    for va, declared in pairs:
        desc = descriptors.get(va)
        stored = desc["end"] - va if desc and desc["end"] > va else declared
        off = pe.va_to_offset(va)
        if off is None or off + stored > len(pe.mm):
            notes.append(f"image at 0x{va:x} lies outside the file; skipped")
            continue
        image = describe(desc["target"] if desc else "unknown", pe.mm[off : off + stored], declared_size=declared)
        if desc:
            image.compile_options = desc["compile_options"]
        else:
            image.notes.append("no descriptor found for this image; target unknown")
        images.append(image)
    return images, notes


def _descriptors(pe: _PE, wanted: set[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    rdata = pe.section(".rdata")
    if rdata is None:
        return found
    words = array("Q")
    raw = pe.mm[rdata.raw_offset : rdata.raw_offset + rdata.raw_size]
    words.frombytes(raw[: len(raw) - len(raw) % 8])
    for index, value in enumerate(words):
        if value not in wanted:
            continue
        for version, delta in _BINARY_START_OFFSET.items():
            start = index - delta // 8
            if start < 0:
                continue
            ver, kind = struct.unpack_from("<HB", raw, start * 8)
            if ver != version or kind != SYCL_OFFLOAD_KIND:
                continue
            target_va, opts_va = words[start + 1], words[start + 2]
            found[value] = {
                "target": pe.c_string_rva(target_va - pe.image_base) if target_va else "unknown",
                "compile_options": pe.c_string_rva(opts_va - pe.image_base) if opts_va else "",
                "end": words[index + 1] if index + 1 < len(words) else 0,
            }
            break
    return found
