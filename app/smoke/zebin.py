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
from elftools.elf.elffile import ELFFile

EM_INTEL_GT = 205
ET_GENERIC_IR = 0xFF02  # ocloc's `generic_ir` member: an ELF carrying SPIR-V

_NOTE_TYPE_PRODUCT_FAMILY = 1
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
    try:
        elf = ELFFile(io.BytesIO(data))
        machine = elf["e_machine"]
        e_type = elf["e_type"]
    except (ELFError, struct.error, ValueError):
        return ZebinInfo("elf")
    if e_type == ET_GENERIC_IR or (isinstance(e_type, int) and e_type == ET_GENERIC_IR):
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
        except (ELFError, struct.error, ValueError):
            pass
    return ZebinInfo("zebin", ip, family)
