"""Stand-in kernel wheels for `catalog verify`: real ocloc archives (../shared/reference/
ocloc_archives/) embedded as SYCL device images in ELF (.so) and PE (.dll) libraries laid out
the way the real wheels are (pe_sycl_images.md, aot_jit_evidence.md A.6), inside real wheels.

- elf_library(images): an x86-64 shared object with `.tgtimg`, version-3 descriptors in
  `.data.rel.ro`, target names in `.rodata`, optional filler code in `.text`, and a
  `.dynstr` naming libsycl in a read-only first segment (dynstr=None: one executable segment);
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


# The dynamic strings of a real shared object, as far as the early stop looks at them.
DYNSTR_PLAIN = b"\0libc.so.6\0libstdc++.so.6\0libm.so.6\0GLIBC_2.2.5\0GLIBCXX_3.4\0_ZN3c106detail14torchCheckFailEv\0"
DYNSTR_SYCL = DYNSTR_PLAIN + b"libsycl.so.8\0__sycl_register_lib\0__sycl_unregister_lib\0_ZN4sycl3_V15queue\0"


def _elf(blocks: list[tuple[str, int, int, bytes]], dynstr: bytes | None) -> tuple[bytes, dict[str, int]]:
    """An x86-64 shared object whose virtual addresses equal its file offsets. `blocks`:
    (section name, sh_type, sh_flags, bytes), laid out in order after the headers. With
    `dynstr`, a `.dynstr` comes first in a read-only first segment (as GNU ld and lld lay
    libraries out); without, one executable segment covers the file (an old layout).
    Returns the file and each section's offset."""
    phnum = 2 if dynstr is not None else 1
    pos = 64 + 56 * phnum
    layout: list[tuple[str, int, int, int, bytes]] = []
    if dynstr is not None:
        layout.append((".dynstr", 3, 2, pos, dynstr))
        pos = _align(pos + len(dynstr), 16)
    first_end = pos
    for name, sh_type, flags, data in blocks:
        pos = _align(pos, 16)
        layout.append((name, sh_type, flags, pos, data))
        pos += len(data)
    names = b"\0" + b"".join(n.encode() + b"\0" for n, *_ in layout) + b".shstrtab\0"
    shstr_off = pos
    shoff = _align(shstr_off + len(names), 8)
    count = len(layout) + 2
    size = shoff + 64 * count
    body = bytearray(size)
    body[0:64] = (b"\x7fELF\x02\x01\x01" + b"\0" * 9
                  + struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 64, shoff, 0, 64, 56, phnum, 64, count, count - 1))
    segments = [(4, 0, first_end), (5, first_end, size - first_end)] if dynstr is not None else [(5, 0, size)]
    for i, (flags, off, length) in enumerate(segments):
        body[64 + 56 * i: 120 + 56 * i] = struct.pack("<IIQQQQQQ", 1, flags, off, off, off, length, length, 0x1000)
    offsets = {}
    headers = [struct.pack("<IIQQQQIIQQ", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)]
    for name, sh_type, flags, off, data in layout:
        body[off:off + len(data)] = data
        offsets[name] = off
        headers.append(struct.pack("<IIQQQQIIQQ", names.index(name.encode() + b"\0"), sh_type, flags,
                                   off if flags else 0, off, len(data), 0, 0, 8, 0))
    body[shstr_off:shstr_off + len(names)] = names
    headers.append(struct.pack("<IIQQQQIIQQ", names.index(b".shstrtab\0"), 3, 0, 0, shstr_off, len(names),
                               0, 0, 1, 0))
    body[shoff:] = b"".join(headers)
    return bytes(body), offsets


def elf_library(images: list[tuple[str, bytes]], *, code: int = 0, seed: str = "elf",
                dynstr: bytes | None = DYNSTR_SYCL) -> bytes:
    """A SYCL shared object: target names in `.rodata`, `code` bytes of filler in `.text`,
    the images, version-3 descriptors in `.data.rel.ro` and `.tgtimg` pairs."""
    rodata = b"".join(target.encode() + b"\0" for target, _ in images)
    blobs = b"".join(data + b"\0" * (-len(data) % 16) for _, data in images)
    placeholder = bytes(80 * len(images))
    tgt_placeholder = bytes(16 * len(images))
    blocks = [(".rodata", 1, 2, rodata), (".text", 1, 6, filler(code, seed) if code else b""),
              ("__CLANG_OFFLOAD_BUNDLE__sycl-spir64", 1, 2, blobs), (".data.rel.ro", 1, 3, placeholder),
              (".tgtimg", 1, 2, tgt_placeholder)]
    _draft, at = _elf(blocks, dynstr)  # where everything lands; the pointers are filled in below
    target_at, image_at, pos_t, pos_i = [], [], at[".rodata"], at["__CLANG_OFFLOAD_BUNDLE__sycl-spir64"]
    for target, data in images:
        target_at.append(pos_t)
        pos_t += len(target) + 1
        image_at.append(pos_i)
        pos_i += len(data) + (-len(data) % 16)
    desc = b"".join(struct.pack("<HBBI", 3, 4, 0, 0)
                    + struct.pack("<9Q", target_at[i], 0, 0, image_at[i], image_at[i] + len(data), 0, 0, 0, 0)
                    for i, (_, data) in enumerate(images))
    tgt = b"".join(struct.pack("<QQ", image_at[i], len(data)) for i, (_, data) in enumerate(images))
    blocks[3] = (".data.rel.ro", 1, 3, desc)
    blocks[4] = (".tgtimg", 1, 2, tgt)
    return _elf(blocks, dynstr)[0]


def plain_elf(code: int, seed: str = "plain", dynstr: bytes | None = DYNSTR_PLAIN) -> bytes:
    """A shared object without SYCL images (no `.tgtimg`), `code` bytes of filler."""
    return _elf([(".text", 1, 6, filler(code, seed))], dynstr)[0]


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
