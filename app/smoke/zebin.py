"""Read the GPU IP version out of a zebin (Intel GPU native ELF), never from a name.

ocloc writes a `.note.intelgt.compat` section into every native member; note type 6 is the
GMD ID (major.minor.revision packed into 32 bits), note type 1 the product family id.
A member named `64.dg2` really holds 12.55.8: only this note says so.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

from elftools.common.exceptions import ELFError
from elftools.construct.core import ConstructError
from elftools.elf.elffile import ELFFile

EM_INTEL_GT = 205
ET_GENERIC_IR = 0xFF02  # ocloc's `generic_ir` member: an ELF carrying SPIR-V

_NOTE_TYPE_PRODUCT_FAMILY = 1
_NOTE_NAME = b".note.intelgt.compat\0"
_NOTE_TYPE_GMD_ID = 6
# pyelftools names note types 1-4 after GNU notes whatever the owner; map them back.
_GNU_NAMES = {"NT_GNU_ABI_TAG": 1, "NT_GNU_HWCAP": 2, "NT_GNU_BUILD_ID": 3, "NT_GNU_GOLD_VERSION": 4}


@dataclass(frozen=True)
class ZebinInfo:
    kind: str  # "zebin" | "generic_ir" | "elf" (some other ELF)
    ip_version: str | None = None
    product_family: int | None = None


def decode_gmd_id(value: int) -> str:
    return f"{value >> 22}.{(value >> 14) & 0xFF}.{value & 0x3F}"


def read_zebin(data: bytes) -> ZebinInfo:
    """What kind of ELF `data` is and, for a zebin, its IP version and product family."""
    fast = read_zebin_fast(data)
    return fast if fast is not None else read_zebin_pyelftools(data)


def read_zebin_fast(data: bytes) -> ZebinInfo | None:
    """The same answer from the section table alone, for the common 64-bit little-endian
    zebin; None when anything is unusual (the pyelftools reader then decides).

    Why not pyelftools for every member: it builds its struct parsers per file (~0.7 ms), and
    a large library holds thousands of members (1,255 in vllm's libattn_kernels_xe_2.so).
    tests/core/test_inspect.py checks both readers agree on every reference member."""
    try:
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            return None
        e_type, machine = struct.unpack_from("<HH", data, 16)
        if e_type == ET_GENERIC_IR:
            return ZebinInfo("generic_ir")
        if machine != EM_INTEL_GT:
            return None
        shoff = struct.unpack_from("<Q", data, 0x28)[0]
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
        if shentsize != 64 or shoff + shnum * 64 > len(data) or shstrndx >= shnum:
            return None
        strtab_off, strtab_size = struct.unpack_from("<QQ", data, shoff + shstrndx * 64 + 24)
        # Find the note's name in the string table once (a C-level search), then the one
        # SHT_NOTE header that points at it: the table has ~20 headers, members number thousands.
        at = data.find(_NOTE_NAME, strtab_off, strtab_off + strtab_size)
        if at < 0:
            return None  # no compat note where expected: let the careful reader decide
        # The header starts with (sh_name, sh_type) = (that name, SHT_NOTE): search for it too.
        key = struct.pack("<II", at - strtab_off, 7)
        header = data.find(key, shoff, shoff + shnum * 64)
        while header >= 0 and (header - shoff) % 64:
            header = data.find(key, header + 1, shoff + shnum * 64)
        ip = family = None
        if header >= 0:
            offset, size = struct.unpack_from("<QQ", data, header + 24)
            if offset + size > len(data):
                return None  # a damaged header points past the file: let the careful reader decide
            pos, stop = offset, offset + size
            while pos + 12 <= stop:
                namesz, descsz, n_type = struct.unpack_from("<III", data, pos)
                desc = pos + 12 + ((namesz + 3) & ~3)
                if descsz >= 4 and desc + 4 <= stop:
                    value = struct.unpack_from("<I", data, desc)[0]
                    if n_type == _NOTE_TYPE_GMD_ID:
                        ip = decode_gmd_id(value)
                    elif n_type == _NOTE_TYPE_PRODUCT_FAMILY:
                        family = value
                pos = desc + ((descsz + 3) & ~3)
        return ZebinInfo("zebin", ip, family)
    except (struct.error, IndexError, OverflowError):  # Overflow: an offset past what Python indexes
        return None


def read_zebin_pyelftools(data: bytes) -> ZebinInfo:
    """The careful reader, for anything read_zebin_fast found unusual. pyelftools reads a
    damaged file lazily and fails in many ways (its own errors, its struct library's, Python's);
    any of them means this member is not a zebin we can read."""
    try:
        return _read_with_pyelftools(data)
    except PARSE_ERRORS:
        return ZebinInfo("elf")


# What pyelftools raises on a damaged file (ELFError and ConstructError are its own).
PARSE_ERRORS = (ELFError, ConstructError, struct.error, ValueError, KeyError, IndexError, TypeError,
                AttributeError, UnicodeDecodeError, OverflowError, AssertionError, RecursionError)


def _read_with_pyelftools(data: bytes) -> ZebinInfo:
    elf = ELFFile(io.BytesIO(data))
    machine = elf["e_machine"]
    e_type = elf["e_type"]
    if e_type == ET_GENERIC_IR:
        return ZebinInfo("generic_ir")
    if machine not in ("EM_INTEL205", EM_INTEL_GT):
        if elf.get_section_by_name("SPIRV Object") is not None:
            return ZebinInfo("generic_ir")
        return ZebinInfo("elf")
    ip = family = None
    section = elf.get_section_by_name(".note.intelgt.compat")
    if section is not None and hasattr(section, "iter_notes"):
        try:
            for note in section.iter_notes():
                n_type = note["n_type"]
                n_type = _GNU_NAMES.get(n_type, n_type) if isinstance(n_type, str) else n_type
                desc = note["n_desc"]
                if not isinstance(desc, (bytes, bytearray)) or len(desc) < 4:
                    continue
                value = struct.unpack_from("<I", desc)[0]
                if n_type == _NOTE_TYPE_GMD_ID:
                    ip = decode_gmd_id(value)
                elif n_type == _NOTE_TYPE_PRODUCT_FAMILY:
                    family = value
        except PARSE_ERRORS:  # a zebin whose notes are damaged: what was read so far
            pass
    return ZebinInfo("zebin", ip, family)
