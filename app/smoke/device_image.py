"""What one SYCL device image holds: SPIR-V, an ocloc archive of native members, a single
native binary, LLVM bitcode, or a zstd-compressed form of one of those.

The descriptor's format byte is often 0 (none), so the content decides, as the runtime does:
SPIR-V magic 03 02 23 07, `!<arch>\\n` for an ocloc archive, `\\x7fELF` for native code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.smoke.zebin import read_zebin

# What a device image can be read from: bytes, or a view of a mapped library (never copied).
Bytes = bytes | bytearray | memoryview

SPIRV_MAGIC = b"\x03\x02\x23\x07"
AR_MAGIC = b"!<arch>\n"
ELF_MAGIC = b"\x7fELF"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
BITCODE_MAGICS = (b"BC\xc0\xde", b"\xde\xc0\x17\x0b")

# Decompressed images larger than this are not expanded (a hostile file must not eat memory).
MAX_DECOMPRESSED = 512 * 1024 * 1024


@dataclass
class Member:
    name: str
    size: int
    kind: str  # zebin | generic_ir | elf | other
    ip_version: str | None = None
    product_family: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "size": self.size,
            "kind": self.kind,
            "ip_version": self.ip_version,
            "product_family": self.product_family,
        }


@dataclass
class DeviceImage:
    target: str
    format: str  # spirv | archive | native | bitcode | compressed | unknown
    size: int = 0
    compressed: bool = False
    compile_options: str = ""
    members: list[Member] = field(default_factory=list)
    native_ip: str | None = None  # a single (non-archive) zebin's IP
    notes: list[str] = field(default_factory=list)

    @property
    def generic_ir(self) -> bool:
        return any(m.kind == "generic_ir" for m in self.members)

    @property
    def ip_versions(self) -> list[str]:
        ips = [m.ip_version for m in self.members if m.ip_version]
        if self.native_ip:
            ips.append(self.native_ip)
        return ips

    @property
    def has_spirv(self) -> bool:
        return self.format == "spirv" or self.generic_ir

    def to_json(self) -> dict[str, Any]:
        out = {
            "target": self.target,
            "format": self.format,
            "members": [m.name for m in self.members],
            "generic_ir": self.generic_ir,
            "size": self.size,
            "compressed": self.compressed,
            "ip_versions": sorted(set(self.ip_versions), key=ip_sort_key),
            "member_details": [m.to_json() for m in self.members],
        }
        if self.compile_options:
            out["compile_options"] = self.compile_options
        if self.notes:
            out["notes"] = list(self.notes)
        return out


def ip_sort_key(ip: str) -> tuple[Any, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in ip.split("."))


def describe(target: str, data: Bytes, *, declared_size: int | None = None) -> DeviceImage:
    """Classify image bytes (bytes or memoryview) into a DeviceImage."""
    head = bytes(data[:8])
    if head.startswith(ZSTD_MAGIC):
        return _describe_compressed(target, data, declared_size)
    image = DeviceImage(target=target, format="unknown", size=len(data))
    if head.startswith(SPIRV_MAGIC):
        image.format = "spirv"
    elif head.startswith(AR_MAGIC):
        image.format = "archive"
        image.members = read_archive(data)
    elif head.startswith(ELF_MAGIC):
        info = read_zebin(bytes(data))
        if info.kind == "generic_ir":
            image.format = "spirv"
        else:
            image.format = "native"
            image.native_ip = info.ip_version
    elif any(head.startswith(m) for m in BITCODE_MAGICS):
        image.format = "bitcode"
    else:
        image.notes.append("image content not recognised (neither SPIR-V, archive, ELF nor bitcode)")
    return image


def _describe_compressed(target: str, data: Bytes, declared_size: int | None) -> DeviceImage:
    try:
        import zstandard
    except ImportError:
        image = DeviceImage(target=target, format="compressed", size=len(data), compressed=True)
        image.notes.append("zstd-compressed image not read: the zstandard package is missing")
        return image
    limit = min(declared_size or MAX_DECOMPRESSED, MAX_DECOMPRESSED)
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(bytes(data))
        plain = reader.read(limit + 1)
    except zstandard.ZstdError as exc:
        image = DeviceImage(target=target, format="compressed", size=len(data), compressed=True)
        image.notes.append(f"zstd-compressed image could not be decompressed: {exc}")
        return image
    if len(plain) > limit:
        image = DeviceImage(target=target, format="compressed", size=len(data), compressed=True)
        image.notes.append("zstd-compressed image larger than its declared size; not expanded")
        return image
    image = describe(target, plain)
    image.compressed = True
    return image


def read_archive(data: Bytes) -> list[Member]:
    """Members of an ocloc (GNU ar) archive, `pad_N` fillers left out."""
    buf = data if isinstance(data, bytes) else bytes(data)  # bytes slicing is the cheap path
    members: list[Member] = []
    long_names = b""
    pos = len(AR_MAGIC)
    end = len(buf)
    while pos + 60 <= end:
        if buf[pos + 58:pos + 60] != b"`\n":
            break
        field = buf[pos + 48:pos + 58].strip() or b"0"
        if not field.isdigit():  # "-60" would step back and loop forever; "+5", " 5 5": damaged
            break
        size = int(field)
        raw = buf[pos:pos + 16]
        start = pos + 60
        pos = start + size + (size & 1)
        if raw.startswith(b"pad_"):  # ocloc's fillers between members: nothing to read
            continue
        raw_name = raw.decode("ascii", "replace").rstrip()
        body = buf[start:start + size]
        if raw_name == "//":
            long_names = body
            continue
        if raw_name in ("/", "/SYM64/"):
            continue
        name = _member_name(raw_name, long_names)
        if name.startswith("pad_"):
            continue
        members.append(_member(name, body))
    return members


def _member_name(raw: str, long_names: bytes) -> str:
    if raw.startswith("/") and raw[1:].isdigit():
        start = int(raw[1:])
        stop = long_names.find(b"/\n", start)
        return long_names[start : stop if stop >= 0 else None].decode("ascii", "replace")
    return raw.removesuffix("/")


def _member(name: str, body: bytes) -> Member:
    head = body[:4]
    if head == ELF_MAGIC:
        info = read_zebin(body)
        return Member(name, len(body), info.kind, info.ip_version, info.product_family)
    if head == SPIRV_MAGIC:
        return Member(name, len(body), "generic_ir")
    return Member(name, len(body), "other")
