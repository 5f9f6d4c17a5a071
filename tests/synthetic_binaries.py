"""Small, well-formed SYCL libraries built byte by byte (an ELF .so and a PE .dll, each with a
`.tgtimg` table, a version-3 descriptor and one device image), as seeds that the property
tests mutate: a mutation of a valid file reaches far deeper into a reader than random bytes."""

from __future__ import annotations

import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHIVE = ROOT / "resources" / "selftest" / "torch-2.7-linux.ar"  # a real ocloc archive


def device_image() -> bytes:
    return ARCHIVE.read_bytes()


def _descriptor(target_va: int, image_va: int, image_end: int) -> bytes:
    """sycl_device_binary_struct, version 3: BinaryStart at +32, BinaryEnd at +40."""
    return struct.pack("<HBBI", 3, 4, 0, 0) + struct.pack("<QQQQQ", target_va, 0, 0, image_va, image_end)


def elf_library(image: bytes | None = None) -> bytes:
    """An x86-64 ELF shared object laid out so that virtual address == file offset."""
    image = device_image() if image is None else image
    shstr = b"\0.tgtimg\0.data.rel.ro\0.rodata\0.shstrtab\0"
    names = {n: shstr.index(n.encode()) for n in (".tgtimg", ".data.rel.ro", ".rodata", ".shstrtab")}
    header, phdr = 64, 56
    target_off = header + phdr
    target = b"spir64_gen\0".ljust(16, b"\0")
    image_off = target_off + len(target)
    image_off += -image_off % 8
    desc_off = image_off + len(image)
    desc_off += -desc_off % 8
    desc = _descriptor(target_off, image_off, image_off + len(image))
    tgt_off = desc_off + len(desc)
    tgt = struct.pack("<QQ", image_off, len(image))
    shstr_off = tgt_off + len(tgt)
    shoff = shstr_off + len(shstr)
    shoff += -shoff % 8
    size = shoff + 64 * 5
    body = bytearray(size)
    body[0:64] = (b"\x7fELF\x02\x01\x01" + b"\0" * 9
                  + struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, header, shoff, 0, 64, phdr, 1, 64, 5, 4))
    body[header : header + phdr] = struct.pack("<IIQQQQQQ", 1, 5, 0, 0, 0, size, size, 0x1000)
    body[target_off : target_off + len(target)] = target
    body[image_off : image_off + len(image)] = image
    body[desc_off : desc_off + len(desc)] = desc
    body[tgt_off : tgt_off + len(tgt)] = tgt
    body[shstr_off : shstr_off + len(shstr)] = shstr

    def section(i, name, sh_type, off, length):
        body[shoff + 64 * i : shoff + 64 * (i + 1)] = struct.pack(
            "<IIQQQQIIQQ", names[name] if name else 0, sh_type, 2 if sh_type == 1 else 0,
            off if sh_type == 1 else 0, off, length, 0, 0, 8, 0)

    section(0, None, 0, 0, 0)
    section(1, ".tgtimg", 1, tgt_off, len(tgt))
    section(2, ".data.rel.ro", 1, desc_off, len(desc))
    section(3, ".rodata", 1, target_off, len(target))
    section(4, ".shstrtab", 3, shstr_off, len(shstr))
    return bytes(body)


def pe_library(image: bytes | None = None) -> bytes:
    """A PE32+ DLL with .rdata (descriptor, target name, import of sycl8.dll) and .tgtimg;
    sections are aligned so that RVA == file offset."""
    image = device_image() if image is None else image
    base = 0x180000000
    align = 0x200
    rdata_off = 0x400

    rdata = bytearray()
    target_rva = rdata_off + len(rdata)
    rdata += b"spir64_gen\0".ljust(16, b"\0")
    dll_rva = rdata_off + len(rdata)
    rdata += b"sycl8.dll\0".ljust(16, b"\0")
    import_rva = rdata_off + len(rdata)
    rdata += struct.pack("<IIIII", 0, 0, 0, dll_rva, 0) + b"\0" * 20
    image_rva = 0  # filled below once .tgtimg's place is known
    desc_at = len(rdata)
    rdata += b"\0" * 48
    rdata_size = len(rdata) + (-len(rdata) % align)
    tgt_off = rdata_off + rdata_size
    image_rva = tgt_off + align
    tgt = struct.pack("<QQ", base + image_rva, len(image)).ljust(align, b"\0")
    rdata[desc_at : desc_at + 48] = _descriptor(base + target_rva, base + image_rva, base + image_rva + len(image))
    image_size = len(image) + (-len(image) % align)

    body = bytearray(image_rva + image_size)
    body[0:2] = b"MZ"
    body[0x3C:0x40] = struct.pack("<I", 0x80)
    body[0x80:0x84] = b"PE\0\0"
    coff = 0x84
    opt_size = 240
    body[coff : coff + 20] = struct.pack("<HHIIIHH", 0x8664, 3, 0, 0, 0, opt_size, 0x2022)
    opt = coff + 20
    body[opt : opt + 2] = struct.pack("<H", 0x20B)
    body[opt + 24 : opt + 32] = struct.pack("<Q", base)
    body[opt + 112 + 8 : opt + 112 + 16] = struct.pack("<II", import_rva, 40)
    table = opt + opt_size
    for i, (name, off, size) in enumerate(((b".rdata", rdata_off, rdata_size), (b".tgtimg", tgt_off, align),
                                           (b".text", image_rva, image_size))):
        body[table + 40 * i : table + 40 * (i + 1)] = (
            name.ljust(8, b"\0") + struct.pack("<IIII", size, off, size, off) + b"\0" * 16)
    body[rdata_off : rdata_off + len(rdata)] = rdata
    body[tgt_off : tgt_off + align] = tgt
    body[image_rva : image_rva + len(image)] = image
    return bytes(body)


# ../shared next to the checkout (HELPERS.md: it resolves in every worktree too)
REFERENCE_ARCHIVES = ROOT.parent / "shared" / "reference" / "ocloc_archives"


def reference_archive(name: str) -> bytes:
    """A real ocloc archive from ocloc_names.md's folder (`torch-2.7-linux.ar`, ...)."""
    return (REFERENCE_ARCHIVES / name).read_bytes()


def elf_library_multi(images: list[tuple[str, bytes]], needed: tuple[str, ...] = (),
                      filler: int = 0, runpath: str | None = None) -> bytes:
    """An x86-64 ELF shared object with several device images (each with a version-3
    descriptor naming its target), DT_NEEDED entries and `filler` bytes of host code
    (zeros) so that a stand-in has a real library's size. Virtual address == file offset."""
    shstr = b"\0.tgtimg\0.data.rel.ro\0.rodata\0.shstrtab\0.dynamic\0.dynstr\0.text\0"
    names = {n: shstr.index(n.encode() + b"\0") for n in
             (".tgtimg", ".data.rel.ro", ".rodata", ".shstrtab", ".dynamic", ".dynstr", ".text")}
    out = bytearray(64 + 56)  # ELF header + one program header, filled in at the end

    def place(blob: bytes, align: int = 8) -> int:
        out.extend(b"\0" * (-len(out) % align))
        at = len(out)
        out.extend(blob)
        return at

    targets = {t: place(t.encode() + b"\0") for t in sorted({t for t, _ in images})}
    rodata = (min(targets.values()), len(out) - min(targets.values())) if targets else (len(out), 0)
    image_at = [(place(blob), len(blob)) for _t, blob in images]
    pairs = zip(images, image_at, strict=True)
    desc = b"".join(_descriptor(targets[t], at, at + size) for (t, _b), (at, size) in pairs)
    desc_off = place(desc)
    tgt_off = place(b"".join(struct.pack("<QQ", at, size) for at, size in image_at))
    dynstr = bytearray(b"\0")
    offsets = []
    for lib in needed:
        offsets.append(len(dynstr))
        dynstr += lib.encode() + b"\0"
    rp_off = None
    if runpath is not None:
        rp_off = len(dynstr)
        dynstr += runpath.encode() + b"\0"
    dynstr_off = place(bytes(dynstr))
    dyn = b"".join(struct.pack("<qQ", 1, o) for o in offsets)
    if rp_off is not None:
        dyn += struct.pack("<qQ", 29, rp_off)
    dyn += struct.pack("<qQ", 5, dynstr_off) + struct.pack("<qQ", 0, 0)
    dyn_off = place(dyn)
    text_off = place(b"\0" * filler, 16) if filler else len(out)
    shstr_off = place(shstr)
    shoff = place(b"")
    sections = [
        (0, 0, 0, 0, 0, 0, 0),
        (names[".tgtimg"], 1, 2, tgt_off, 16 * len(images), 0, 8),
        (names[".data.rel.ro"], 1, 2, desc_off, len(desc), 0, 8),
        (names[".rodata"], 1, 2, rodata[0], rodata[1], 0, 1),
        (names[".dynstr"], 3, 2, dynstr_off, len(dynstr), 0, 1),
        (names[".dynamic"], 6, 3, dyn_off, len(dyn), 4, 8),  # sh_link 4: .dynstr
        (names[".text"], 1, 6, text_off, filler, 0, 16),
        (names[".shstrtab"], 3, 0, shstr_off, len(shstr), 0, 1),
    ]
    for name, sh_type, flags, off, size, link, align in sections:
        entsize = 16 if sh_type == 6 else 0
        out.extend(struct.pack("<IIQQQQIIQQ", name, sh_type, flags, off if flags else 0, off, size, link, 0,
                               align, entsize))
    size = len(out)
    out[0:64] = (b"\x7fELF\x02\x01\x01" + b"\0" * 9
                 + struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 64, shoff, 0, 64, 56, 1, 64, len(sections), 7))
    out[64:120] = struct.pack("<IIQQQQQQ", 1, 5, 0, 0, 0, size, size, 0x1000)
    return bytes(out)


def pe_library_multi(images: list[tuple[str, bytes]], dll: str = "sycl8.dll", filler: int = 0) -> bytes:
    """A PE32+ DLL importing `dll`, with several device images (version-2 descriptors, as
    sycl8-era DLLs carry) and `filler` bytes of host code; RVA == file offset."""
    base = 0x180000000
    align = 0x200
    rdata_off = 0x400
    rdata = bytearray()
    target_rva = {}
    for t in sorted({t for t, _ in images}):
        target_rva[t] = rdata_off + len(rdata)
        rdata += (t.encode() + b"\0").ljust(16, b"\0")
    dll_rva = rdata_off + len(rdata)
    rdata += (dll.encode() + b"\0").ljust(32, b"\0")
    import_rva = rdata_off + len(rdata)
    rdata += struct.pack("<IIIII", 0, 0, 0, dll_rva, 0) + b"\0" * 20
    desc_at = len(rdata)
    rdata += b"\0" * (96 * len(images))
    rdata_size = len(rdata) + (-len(rdata) % align)
    tgt_off = rdata_off + rdata_size
    tgt_size = 16 * len(images) + (-(16 * len(images)) % align) or align
    blob_off = tgt_off + tgt_size
    blob = bytearray()
    pairs = b""
    for i, (t, image) in enumerate(images):
        rva = blob_off + len(blob)
        blob += image + b"\0" * (-len(image) % 16)
        pairs += struct.pack("<QQ", base + rva, len(image))
        # Version 2 (sycl8): version, kind 4, format, pad; target; compile and link options;
        # manifest start/end; image start/end; entries; properties (96 bytes).
        rdata[desc_at + 96 * i: desc_at + 96 * (i + 1)] = (
            struct.pack("<HBBI", 2, 4, 0, 0)
            + struct.pack("<QQQQQ", base + target_rva[t], 0, 0, 0, 0)
            + struct.pack("<QQ", base + rva, base + rva + len(image)) + b"\0" * 32)
    blob += b"\0" * filler
    blob_size = len(blob) + (-len(blob) % align)
    body = bytearray(blob_off + blob_size)
    body[0:2] = b"MZ"
    body[0x3C:0x40] = struct.pack("<I", 0x80)
    body[0x80:0x84] = b"PE\0\0"
    coff = 0x84
    opt_size = 240
    body[coff:coff + 20] = struct.pack("<HHIIIHH", 0x8664, 3, 0, 0, 0, opt_size, 0x2022)
    opt = coff + 20
    body[opt:opt + 2] = struct.pack("<H", 0x20B)
    body[opt + 24:opt + 32] = struct.pack("<Q", base)
    body[opt + 112 + 8:opt + 112 + 16] = struct.pack("<II", import_rva, 40)
    table = opt + opt_size
    for i, (name, off, size) in enumerate(((b".rdata", rdata_off, rdata_size), (b".tgtimg", tgt_off, tgt_size),
                                           (b"__CLANG_", blob_off, blob_size))):
        body[table + 40 * i:table + 40 * (i + 1)] = (
            name.ljust(8, b"\0") + struct.pack("<IIII", size, off, size, off) + b"\0" * 16)
    body[rdata_off:rdata_off + len(rdata)] = rdata
    body[tgt_off:tgt_off + len(pairs)] = pairs
    body[blob_off:blob_off + len(blob)] = blob
    return bytes(body)
