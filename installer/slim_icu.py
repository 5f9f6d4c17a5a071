"""Linux builds: keep only the ICU data that Qt uses for this app (32 MB -> about 2 MB of data).

PySide6's Qt links ICU, and libicudata.so.73 carries ICU's whole data (every locale, every
legacy converter, time-zone names...). QtCore is ICU's only user in the app, and it calls ICU
for just four things: collation (QCollator: the file dialogs sort names with it), case mapping
(its data is compiled into libicuuc, not libicudata), legacy text converters (QStringConverter
for non-UTF encodings; the app decodes text in Python) and time-zone display names (never
shown). So the data keeps collation for the root, English and Chinese locales with what their
lookup needs, and drops the rest.

The library keeps its file layout: the slim data goes where the full data was (same symbol,
same headers) and the rest is zero-filled, so the one-file build, which compresses, shrinks by
about 12 MB; the folder build's file keeps its size. Without a C compiler at build time.

ICU common data ("CmnD"): a header of `headerSize` bytes, then a table of contents: a uint32
count and `count` pairs (name offset, data offset), both relative to the table's start, names
sorted (ICU binary-searches them); data items are 16-byte aligned.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

# Item names without the "icudt73l/" prefix. Collation: the tree's index and pool, the root
# rules and the UCA table, and every English and Chinese tailoring (zh: pinyin and others).
# Top level: the locale tree's root, pool and index, the likely-subtags and parent-locale
# data that locale fallback reads, and the converter alias table (opening any converter by
# name consults it first).
KEEP = re.compile(
    r"(coll/(res_index|pool|root|en(_.*)?|zh(_.*)?)\.res|coll/ucadata\.icu"
    r"|(res_index|pool|root|en|zh(_.*)?|likelySubtags|supplementalData|parentLocales)\.res"
    r"|cnvalias\.icu)"
)


def data_symbol(path: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the icudtNN_dat data symbol."""
    from elftools.elf.elffile import ELFFile

    with open(path, "rb") as fh:
        elf = ELFFile(fh)
        for sym in elf.get_section_by_name(".dynsym").iter_symbols():
            if re.fullmatch(r"icudt\d+_dat", sym.name):
                section = elf.get_section(sym["st_shndx"])
                offset = section["sh_offset"] + sym["st_value"] - section["sh_addr"]
                return sym.name, offset, sym["st_size"]
    raise ValueError(f"{path.name} has no ICU data symbol")


def items(blob: bytes) -> tuple[int, list[tuple[str, bytes]]]:
    """(header size, [(name, data)]) of an ICU common data package, in table order."""
    header = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not ICU common data (little-endian CmnD)")
    count = struct.unpack_from("<I", blob, header)[0]
    entries = [struct.unpack_from("<II", blob, header + 4 + 8 * i) for i in range(count)]
    starts = [header + data for _, data in entries] + [len(blob)]
    out = []
    for i, (name_off, _) in enumerate(entries):
        end = blob.index(b"\0", header + name_off)
        out.append((blob[header + name_off:end].decode("ascii"), blob[starts[i]:starts[i + 1]]))
    return header, out


def pack(header: bytes, entries: list[tuple[str, bytes]]) -> bytes:
    """A common data package with these items (names sorted as given)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in entries)
    toc_size = 4 + 8 * len(entries)
    data_start = (toc_size + len(names) + 15) // 16 * 16
    if (len(header) + data_start) % 16:
        data_start += 16 - (len(header) + data_start) % 16
    toc, name_pos, data_pos, body = [struct.pack("<I", len(entries))], toc_size, data_start, []
    for name, data in entries:
        toc.append(struct.pack("<II", name_pos, data_pos))
        name_pos += len(name) + 1
        padded = data + b"\0" * (-len(data) % 16)
        body.append(padded)
        data_pos += len(padded)
    head = b"".join(toc) + names
    return header + head + b"\0" * (data_start - len(head)) + b"".join(body)


def slim(src: Path, dst: Path) -> tuple[int, int, int]:
    """Write a copy of libicudata `src` to `dst` with only the KEEP items.
    Returns (items kept, items in all, bytes of slim data)."""
    _, offset, size = data_symbol(src)
    raw = bytearray(src.read_bytes())
    header_size, entries = items(bytes(raw[offset:offset + size]))
    prefix = entries[0][0].split("/", 1)[0] + "/"
    kept = [(name, data) for name, data in entries if KEEP.fullmatch(name.removeprefix(prefix))]
    new = pack(bytes(raw[offset:offset + header_size]), kept)
    raw[offset:offset + size] = new + bytes(size - len(new))
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(bytes(raw))
    dst.chmod(src.stat().st_mode)
    return len(kept), len(entries), len(new)
