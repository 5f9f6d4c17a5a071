#!/usr/bin/env python3
"""Draw the app icon (resources/icons/app.png and app.ico) with the standard library only.

    python installer/gen_icons.py

The design is deliberately simple: a blue rounded square with a white chip and its pins,
so the taskbar shows something recognisable. Both files are committed; run this again only
to change the design. The .ico holds PNG-compressed images (supported since Windows Vista).
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
BLUE = (0, 104, 181)
WHITE = (255, 255, 255)


def _inside_rounded(x: float, y: float, lo: float, hi: float, radius: float) -> bool:
    if not (lo <= x <= hi and lo <= y <= hi):
        return False
    cx = min(max(x, lo + radius), hi - radius)
    cy = min(max(y, lo + radius), hi - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def _pixel(u: float, v: float) -> tuple[int, int, int, int]:
    """Colour at (u, v) in a 0..1 square."""
    if not _inside_rounded(u, v, 0.04, 0.96, 0.18):
        return (0, 0, 0, 0)
    # The chip: a white square with a blue core, pins on every side.
    if 0.30 <= u <= 0.70 and 0.30 <= v <= 0.70:
        return (*BLUE, 255) if (0.40 <= u <= 0.60 and 0.40 <= v <= 0.60) else (*WHITE, 255)
    for pin in (0.36, 0.50, 0.64):
        near = abs(u - pin) <= 0.035 or abs(v - pin) <= 0.035
        if near and (0.18 <= u <= 0.82 and 0.18 <= v <= 0.82) and (
            (abs(u - pin) <= 0.035 and (v < 0.30 or v > 0.70)) or (abs(v - pin) <= 0.035 and (u < 0.30 or u > 0.70))
        ):
            return (*WHITE, 255)
    return (*BLUE, 255)


def render(size: int) -> bytes:
    """RGBA rows, 4x4 supersampled so the edges are smooth."""
    rows = []
    for y in range(size):
        row = bytearray([0])  # PNG filter type: none
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(4):
                for sx in range(4):
                    px = _pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)
                    a = px[3]
                    acc[0] += px[0] * a
                    acc[1] += px[1] * a
                    acc[2] += px[2] * a
                    acc[3] += a
            alpha = acc[3] / 16
            if acc[3]:
                row += bytes((round(acc[0] / acc[3]), round(acc[1] / acc[3]), round(acc[2] / acc[3]), round(alpha)))
            else:
                row += bytes(4)
        rows.append(bytes(row))
    return b"".join(rows)


def png(size: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(render(size), 9))
        + chunk(b"IEND", b"")
    )


def ico(images: dict[int, bytes]) -> bytes:
    head = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return head + entries + blobs


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: png(size) for size in SIZES}
    (OUT / "app.png").write_bytes(images[256])
    (OUT / "app.ico").write_bytes(ico(images))
    print(f"[icons] wrote {OUT / 'app.png'} and {OUT / 'app.ico'} ({', '.join(map(str, SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
