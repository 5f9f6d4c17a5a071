"""SYCL device images inside an ELF shared library, read with pyelftools over an mmap.

Two layouts exist (aot_jit_evidence.md A.6): the classic one with a
`__CLANG_OFFLOAD_BUNDLE__sycl-<target>` section, and the newer offload model with
`OFFLOAD_DEVICE_CODE`. Both keep `.tgtimg`, an array of {image pointer, size} pairs, and a
`sycl_device_binary_struct` per image (usually in `.data.rel.ro`) that names the target.
Pointers are resolved through R_X86_64_RELATIVE addends (or read in place when the linker
applied them). Only the bytes of each image are touched, so a 300 MB library is cheap.
"""

from __future__ import annotations

import mmap
import struct
from array import array
from pathlib import Path
from typing import Any, BinaryIO

from elftools.common.exceptions import ELFError
from elftools.elf.elffile import ELFFile

from app.smoke.device_image import DeviceImage, describe

R_X86_64_RELATIVE = 8
R_AARCH64_RELATIVE = 1027
_RELATIVE_TYPES = {R_X86_64_RELATIVE, R_AARCH64_RELATIVE}
SYCL_OFFLOAD_KIND = 4
# Offset of BinaryStart inside the descriptor, by descriptor version.
_BINARY_START_OFFSET = {2: 48, 3: 32}
_DESCRIPTOR_SECTIONS = (".data.rel.ro", ".data", ".rodata")


class NotSycl(Exception):
    """The file is a readable ELF without SYCL device images."""


def list_images(path: Path) -> tuple[list[DeviceImage], list[str]]:
    """(images, notes) for an ELF file. Raises NotSycl when there is no `.tgtimg`."""
    with open(path, "rb") as fh:
        size = fh.seek(0, 2)
        if size == 0:
            raise NotSycl
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return _list(ELFFile(fh), mm, fh)


def _list(elf: ELFFile, mm: mmap.mmap, fh: BinaryIO) -> tuple[list[DeviceImage], list[str]]:
    notes: list[str] = []
    tgt = elf.get_section_by_name(".tgtimg")
    if tgt is None:
        raise NotSycl
    if elf.elfclass != 64 or not elf.little_endian:
        return [], ["only 64-bit little-endian libraries are understood"]
    relocs = _relative_relocs(elf, mm)

    pairs = _read_words(mm, tgt["sh_offset"], tgt["sh_size"])
    base = tgt["sh_addr"]
    images_va: list[tuple[int, int]] = []
    for i in range(0, len(pairs) - 1, 2):
        start = relocs.get(base + i * 8, pairs[i])
        images_va.append((start, pairs[i + 1]))

    descriptors = _find_descriptors(elf, mm, relocs, {va for va, _ in images_va})
    images: list[DeviceImage] = []
    for va, declared in images_va:
        desc = descriptors.get(va)
        target = desc["target"] if desc else "unknown"
        if desc and desc["end"] > va:
            stored = desc["end"] - va
        else:
            stored = declared
        off = _va_to_offset(elf, va)
        if off is None or off + stored > len(mm):
            notes.append(f"image at 0x{va:x} lies outside the file; skipped")
            continue
        # Read each image with a plain read, not through the mmap: mapped pages would stay in
        # our resident set and a 330 MB library would cost 330 MB of memory.
        fh.seek(off)
        image = describe(target, fh.read(stored), declared_size=declared)
        if desc:
            image.compile_options = desc["compile_options"]
        else:
            image.notes.append("no descriptor found for this image; target unknown")
        images.append(image)
    return images, notes


def _read_words(mm: mmap.mmap, offset: int, size: int) -> array[int]:
    words = array("Q")
    words.frombytes(mm[offset : offset + size - size % 8])
    return words


def _relative_relocs(elf: ELFFile, mm: mmap.mmap) -> dict[int, int]:
    """address -> addend for every RELATIVE relocation (the loader's pointer fix-ups)."""
    out: dict[int, int] = {}
    for section in elf.iter_sections():
        if section["sh_type"] != "SHT_RELA":
            continue
        raw = array("Q")
        size = section["sh_size"] - section["sh_size"] % 24
        raw.frombytes(mm[section["sh_offset"] : section["sh_offset"] + size])
        offsets, infos, addends = raw[0::3], raw[1::3], raw[2::3]
        for r_off, info, addend in zip(offsets, infos, addends, strict=False):
            if info & 0xFFFFFFFF in _RELATIVE_TYPES:
                out[r_off] = addend
    return out


def _find_descriptors(
    elf: ELFFile, mm: mmap.mmap, relocs: dict[int, int], wanted: set[int]
) -> dict[int, dict[str, Any]]:
    """image address -> {target, compile_options, end} from the sycl_device_binary structs."""
    found: dict[int, dict[str, Any]] = {}
    hits: list[int] = []  # addresses of pointer slots whose value is an image start
    for addr, value in relocs.items():
        if value in wanted:
            hits.append(addr)
    if not hits:  # linker applied the relocations in place: scan the data sections
        for name in _DESCRIPTOR_SECTIONS:
            sec = elf.get_section_by_name(name)
            if sec is None or sec["sh_type"] == "SHT_NOBITS":
                continue
            words = _read_words(mm, sec["sh_offset"], sec["sh_size"])
            hits += [sec["sh_addr"] + i * 8 for i, w in enumerate(words) if w in wanted]

    def pointer(addr: int) -> int:
        if addr in relocs:
            return relocs[addr]
        off = _va_to_offset(elf, addr)
        return struct.unpack_from("<Q", mm, off)[0] if off is not None else 0

    strings: dict[int, str] = {}  # thousands of descriptors name the same target string

    def c_string(va: int) -> str:
        if va not in strings:
            strings[va] = _c_string(elf, mm, va)
        return strings[va]

    for slot in hits:
        for version, delta in _BINARY_START_OFFSET.items():
            start = slot - delta
            off = _va_to_offset(elf, start)
            if off is None:
                continue
            ver, kind, _fmt = struct.unpack_from("<HBB", mm, off)
            if ver != version or kind != SYCL_OFFLOAD_KIND:
                continue
            image_va = pointer(slot)
            found[image_va] = {
                "target": c_string(pointer(start + 8)) or "unknown",
                "compile_options": c_string(pointer(start + 16)),
                "end": pointer(slot + 8),
            }
            break
    return found


def _c_string(elf: ELFFile, mm: mmap.mmap, va: int, limit: int = 4096) -> str:
    off = _va_to_offset(elf, va) if va else None
    if off is None:
        return ""
    end = mm.find(b"\0", off, off + limit)
    return mm[off : end if end >= 0 else off + limit].decode("utf-8", "replace")


def _va_to_offset(elf: ELFFile, va: int) -> int | None:
    cache = getattr(elf, "_sycl_segments", None)
    if cache is None:
        cache = [
            (seg["p_vaddr"], seg["p_filesz"], seg["p_offset"])
            for seg in elf.iter_segments()
            if seg["p_type"] == "PT_LOAD"
        ]
        elf._sycl_segments = cache  # type: ignore[attr-defined]  # cached on the file object
    for vaddr, filesz, offset in cache:
        if vaddr <= va < vaddr + filesz:
            return int(offset + (va - vaddr))
    return None


class DynamicStringScan:
    """An ELF shared object's first bytes, fed as they arrive (a library being downloaded):
    says, once its first loadable segment has gone by, whether it can hold SYCL device images.

    Why this holds: a library with device images registers them with `__sycl_register_lib`,
    imported from libsycl, so its dynamic string table (.dynstr) names both. Linkers put
    .dynstr in the first, read-only segment at offset 0 (GNU ld with separate code, lld), and
    the section table that would say so for certain lies at the end of the file. So: when that
    segment is not executable, evidently holds the dynamic strings (a glibc version or libc
    name), and has no "sycl" anywhere, the library has no images and the rest need not be read.
    In every other case the answer is "may" (read it whole; the inspector decides)."""

    HEAD = 64 * 1024  # the ELF and program headers must lie within this
    MAX_SEGMENT = 256 * 1024 * 1024

    def __init__(self) -> None:
        self.head = bytearray()
        self.segment_end: int | None = None  # end of the first loadable segment, once known
        self.seen = 0  # bytes fed so far
        self.carry = b""  # the end of the previous block, so a word split between blocks is found
        self.libc = False

    def feed(self, block: bytes) -> bool | None:
        """False: no SYCL images possible (stop reading); True: may have some (read on, whole);
        None: not known yet."""
        start = self.seen
        self.seen += len(block)
        if self.segment_end is None:
            self.head.extend(block[: self.HEAD - len(self.head)])
            verdict = self._parse_headers()
            if verdict is not None:
                return verdict
            if self.segment_end is None:
                return None
            block, start = bytes(self.head[:start]) + block, 0  # scan what came so far, from the start
        window = self.carry + block[: max(self.segment_end - start, 0)]
        if b"sycl" in window or b"SYCL" in window:
            return True
        self.libc = self.libc or b"GLIBC_" in window or b"libc.so." in window
        self.carry = window[-16:]
        if self.seen >= self.segment_end:
            return not self.libc
        return None

    def _parse_headers(self) -> bool | None:
        head = bytes(self.head)
        if len(head) < 64:
            return None
        if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return True  # not a 64-bit little-endian ELF: let the inspector say
        phoff, = struct.unpack_from("<Q", head, 32)
        phentsize, phnum = struct.unpack_from("<HH", head, 54)
        end = phoff + phentsize * phnum
        if phentsize < 56 or end > self.HEAD:
            return True
        if len(head) < end:
            return None
        for i in range(phnum):
            p_type, p_flags, p_offset, _va, _pa, p_filesz = struct.unpack_from("<IIQQQQ", head, phoff + i * phentsize)
            if p_type != 1:  # PT_LOAD
                continue
            if p_offset != 0 or p_flags & 1 or not 0 < p_filesz <= self.MAX_SEGMENT:  # executable: old layout
                return True
            self.segment_end = p_filesz
            return None
        return True


__all__ = ["DynamicStringScan", "ELFError", "NotSycl", "list_images"]
