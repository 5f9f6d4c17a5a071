"""Stand-in kernel wheels for `catalog verify`: real ocloc archives (../shared/reference/
ocloc_archives/) embedded as SYCL device images in ELF (.so) and PE (.dll) libraries laid out
the way the real wheels are (pe_sycl_images.md, aot_jit_evidence.md A.6), inside real wheels.

- elf_library(images): an x86-64 shared object with `.tgtimg`, version-3 descriptors in
  `.data.rel.ro`, target names in `.rodata`, and optional filler code in `.text`;
- pe_library(images): a PE32+ DLL importing sycl8.dll, with `.tgtimg`, version-2
  descriptors in `.rdata` and the images zstd-compressed (format byte 4), as Intel's Windows
  builds ship them;
- plain_elf / plain_pe: libraries without device images (torch_cpu and its kind);
- kernel_wheel(...): a PEP 427 wheel holding such libraries next to Python files and headers.

`images` is a list of (target, bytes): ("spir64_gen", an ocloc archive) and ("spir64", SPIR-V).
"""

from __future__ import annotations

import base64
import hashlib
import random
import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

_EPOCH = (1980, 1, 1, 0, 0, 0)
BASE = 0x180000000  # a DLL's usual ImageBase


def filler(size: int, seed: str) -> bytes:
    """Code-like bytes that deflate about 2:1, as real libraries do: random and repeated halves."""
    rng = random.Random(seed)
    half = size // 2
    pattern = rng.randbytes(4096)
    return rng.randbytes(half) + (pattern * (size // 4096 + 1))[: size - half]


def _align(n: int, a: int) -> int:
    return n + (-n % a)


def elf_library(images: list[tuple[str, bytes]], *, code: int = 0, seed: str = "elf") -> bytes:
    """An x86-64 ELF shared object whose virtual addresses equal its file offsets."""
    shstr = b"\0.tgtimg\0.data.rel.ro\0.rodata\0.text\0.shstrtab\0"
    names = {n: shstr.index(n.encode() + b"\0") for n in (".tgtimg", ".data.rel.ro", ".rodata", ".text", ".shstrtab")}
    pos = 64 + 56
    rodata_off = pos
    rodata = bytearray()
    target_at = []
    for target, _ in images:
        target_at.append(rodata_off + len(rodata))
        rodata += target.encode() + b"\0"
    pos = _align(rodata_off + len(rodata), 16)
    text_off = pos
    text = filler(code, seed) if code else b""
    pos = _align(text_off + len(text), 16)
    image_at = []
    blobs = bytearray()
    for _, data in images:
        image_at.append(pos + len(blobs))
        blobs += data + b"\0" * (-len(data) % 16)
    images_off = pos
    pos = _align(images_off + len(blobs), 8)
    desc_off = pos
    desc = b"".join(struct.pack("<HBBI", 3, 4, 0, 0)
                    + struct.pack("<9Q", target_at[i], 0, 0, image_at[i], image_at[i] + len(data), 0, 0, 0, 0)
                    for i, (_, data) in enumerate(images))
    tgt_off = desc_off + len(desc)
    tgt = b"".join(struct.pack("<QQ", image_at[i], len(data)) for i, (_, data) in enumerate(images))
    shstr_off = tgt_off + len(tgt)
    shoff = _align(shstr_off + len(shstr), 8)
    sections = [
        (0, 0, 0, 0, 0),
        (names[".tgtimg"], 1, 2, tgt_off, len(tgt)),
        (names[".data.rel.ro"], 1, 3, desc_off, len(desc)),
        (names[".rodata"], 1, 2, rodata_off, len(rodata)),
        (names[".text"], 1, 6, text_off, len(text)),
        (names[".shstrtab"], 3, 0, shstr_off, len(shstr)),
    ]
    size = shoff + 64 * len(sections)
    body = bytearray(size)
    body[0:64] = (b"\x7fELF\x02\x01\x01" + b"\0" * 9
                  + struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 64, shoff, 0, 64, 56, 1, 64, len(sections),
                                len(sections) - 1))
    body[64:120] = struct.pack("<IIQQQQQQ", 1, 5, 0, 0, 0, size, size, 0x1000)
    body[rodata_off:rodata_off + len(rodata)] = rodata
    body[text_off:text_off + len(text)] = text
    body[images_off:images_off + len(blobs)] = blobs
    body[desc_off:desc_off + len(desc)] = desc
    body[tgt_off:tgt_off + len(tgt)] = tgt
    body[shstr_off:shstr_off + len(shstr)] = shstr
    for i, (name, sh_type, flags, off, length) in enumerate(sections):
        body[shoff + 64 * i: shoff + 64 * (i + 1)] = struct.pack(
            "<IIQQQQIIQQ", name, sh_type, flags, off if flags else 0, off, length, 0, 0, 8 if sh_type else 0, 0)
    return bytes(body)


def plain_elf(code: int, seed: str = "plain") -> bytes:
    """A shared object without SYCL images (no `.tgtimg`), `code` bytes of filler."""
    shstr = b"\0.text\0.shstrtab\0"
    text_off = 64 + 56
    text = filler(code, seed)
    shstr_off = text_off + len(text)
    shoff = _align(shstr_off + len(shstr), 8)
    size = shoff + 64 * 3
    body = bytearray(size)
    body[0:64] = (b"\x7fELF\x02\x01\x01" + b"\0" * 9
                  + struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 64, shoff, 0, 64, 56, 1, 64, 3, 2))
    body[64:120] = struct.pack("<IIQQQQQQ", 1, 5, 0, 0, 0, size, size, 0x1000)
    body[text_off:shstr_off] = text
    body[shstr_off:shstr_off + len(shstr)] = shstr
    for i, (name, sh_type, flags, off, length) in enumerate(
            [(0, 0, 0, 0, 0), (1, 1, 6, text_off, len(text)), (7, 3, 0, shstr_off, len(shstr))]):
        body[shoff + 64 * i: shoff + 64 * (i + 1)] = struct.pack(
            "<IIQQQQIIQQ", name, sh_type, flags, off if flags else 0, off, length, 0, 0, 8 if sh_type else 0, 0)
    return bytes(body)


def _pe(sections: list[tuple[bytes, bytes]], import_rva: int) -> bytes:
    """A PE32+ file from (name, raw bytes) sections placed at 0x400, 0x200-aligned, RVA == offset."""
    body = bytearray(0x400)
    body[0:2] = b"MZ"
    body[0x3C:0x40] = struct.pack("<I", 0x80)
    body[0x80:0x84] = b"PE\0\0"
    coff = 0x84
    body[coff:coff + 20] = struct.pack("<HHIIIHH", 0x8664, len(sections), 0, 0, 0, 240, 0x2022)
    opt = coff + 20
    body[opt:opt + 2] = struct.pack("<H", 0x20B)
    body[opt + 24:opt + 32] = struct.pack("<Q", BASE)
    if import_rva:
        body[opt + 120:opt + 128] = struct.pack("<II", import_rva, 40)
    table = opt + 240
    off = 0x400
    for i, (name, raw) in enumerate(sections):
        size = _align(len(raw), 0x200)
        body[table + 40 * i: table + 40 * (i + 1)] = name.ljust(8, b"\0") + struct.pack(
            "<IIII", len(raw), off, size, off) + b"\0" * 16
        off += size
    for _name, raw in sections:
        body += raw + b"\0" * (-len(raw) % 0x200)
    return bytes(body)


def pe_library(images: list[tuple[str, bytes]], *, code: int = 0, seed: str = "pe", compress: bool = True,
               sycl_dll: str = "sycl8.dll") -> bytes:
    """A DLL as DPC++ builds them for Windows: version-2 descriptors in .rdata, .tgtimg pairs
    {image VA, uncompressed size}, the images (zstd when `compress`) in __CLANG_."""
    import zstandard

    stored = [zstandard.ZstdCompressor(level=3).compress(data) if compress else data for _, data in images]
    rdata_off = 0x400
    # .rdata: target names, the DLL name, the import descriptor, then the descriptors.
    rdata = bytearray()
    target_rva = []
    for target, _ in images:
        target_rva.append(rdata_off + len(rdata))
        rdata += target.encode() + b"\0"
    rdata += b"\0" * (-len(rdata) % 8)
    dll_rva = rdata_off + len(rdata)
    rdata += sycl_dll.encode() + b"\0"
    rdata += b"\0" * (-len(rdata) % 8)
    import_rva = rdata_off + len(rdata)
    rdata += struct.pack("<IIIII", 0, 0, 0, dll_rva, 0) + b"\0" * 20
    desc_at = len(rdata)
    rdata += b"\0" * (96 * len(images))
    tgt_off = rdata_off + _align(len(rdata), 0x200)
    tgt = bytes(16 * len(images))
    text_off = tgt_off + _align(len(tgt), 0x200)
    text = bytearray(filler(code, seed) if code else b"")
    image_rva = []
    for blob in stored:
        text += b"\0" * (-len(text) % 16)
        image_rva.append(text_off + len(text))
        text += blob
    fmt = 4 if compress else 0
    for i in range(len(images)):
        va = BASE + image_rva[i]
        rdata[desc_at + 96 * i: desc_at + 96 * (i + 1)] = struct.pack("<HBBI", 2, 4, fmt, 0) + struct.pack(
            "<11Q", BASE + target_rva[i], 0, 0, 0, 0, va, va + len(stored[i]), 0, 0, 0, 0)
    tgt = b"".join(struct.pack("<QQ", BASE + image_rva[i], len(data)) for i, (_, data) in enumerate(images))
    return _pe([(b".rdata", bytes(rdata)), (b".tgtimg", tgt), (b"__CLANG_", bytes(text))], import_rva)


def plain_pe(code: int, seed: str = "plain-pe") -> bytes:
    """A DLL without SYCL images: headers and a .text section of filler."""
    return _pe([(b".text", filler(code, seed))], 0)


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def kernel_wheel(out_dir: Path, filename: str, files: Iterable[tuple[str, bytes]], *,
                 compresslevel: int = 6) -> Path:
    """A wheel named `filename` (its dist-info made from the name) holding `files`, deflated."""
    dist, version = filename.split("-")[:2]
    info = f"{dist}-{version}.dist-info"
    tag = filename[:-4].split("-", 2)[2]
    meta = [
        (f"{info}/METADATA", f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n".encode()),
        (f"{info}/WHEEL", f"Wheel-Version: 1.0\nGenerator: ipex-aot-installer-tests\nRoot-Is-Purelib: false\n"
                          f"Tag: {tag}\n".encode()),
    ]
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / filename
    record = []
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel) as zf:
        for arc, data in [*files, *meta]:
            zi = zipfile.ZipInfo(arc, _EPOCH)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zf.writestr(zi, data)
            record.append(f"{arc},{_record_hash(data)},{len(data)}\n")
        record.append(f"{info}/RECORD,,\n")
        zf.writestr(zipfile.ZipInfo(f"{info}/RECORD", _EPOCH), "".join(record))
    return path


def python_files(package: str, count: int, seed: str = "py") -> list[tuple[str, bytes]]:
    """Python modules and C++ headers, the bulk of a torch wheel's entries."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        words = " ".join(rng.choice(("tensor", "xpu", "def", "return", "self", "kernel", "import")) for _ in range(200))
        suffix = "py" if i % 3 else "h"
        folder = "include/ATen" if suffix == "h" else "_gen"
        out.append((f"{package}/{folder}/m{i:05d}.{suffix}", f"# {i}\n{words}\n".encode()))
    return out
