"""Hostile files as they could arrive from another machine: zip bombs, deeply nested JSON,
numbers Python cannot parse, thousands of GPUs. Shared by the tests and tests/bench."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path

PROBE = {
    "os": "linux",
    "gpus": [
        {
            "vendor_id": "0x8086", "device_id": "0x56a0", "name": "Intel Arc A770", "family": "Alchemist",
            "segment": "dgpu", "ip_version": "12.55.8", "aot_targets": ["dg2-g10"],
            "driver": {"name": "i915", "version": None, "status": "ok", "notes": []},
            "supported": True, "notes": [],
        }
    ],
    "primary": 0,
    "pythons": [{"path": "/usr/bin/python3.11", "version": "3.11.2", "bits": 64, "source": "path"}],
    "warnings": [],
}


def probe(**changes) -> dict:
    """The good probe with top-level fields replaced."""
    data = copy.deepcopy(PROBE)
    data.update(changes)
    return data


def probe_with_gpu(**changes) -> dict:
    """The good probe whose GPU has fields replaced."""
    data = copy.deepcopy(PROBE)
    data["gpus"][0].update(changes)
    return data


def zip_bomb(path: Path, expanded: int = 2 * 1024**3, name: str = "probe.json") -> Path:
    """A small zip whose one member expands to `expanded` bytes of spaces (valid JSON
    whitespace around {}), written in pieces so building it needs little memory."""
    piece = b" " * (16 * 1024 * 1024)
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open(info, "w", force_zip64=True) as out:
            out.write(b"{")
            left = expanded - 2
            while left > 0:
                out.write(piece[: min(left, len(piece))])
                left -= len(piece)
            out.write(b"}")
    return path


def lying_zip(path: Path, real: int = 64 * 1024 * 1024, name: str = "probe.json") -> Path:
    """A zip whose member says it is 100 bytes (in both headers) but inflates to `real` bytes:
    only a capped read stops it."""
    body = b"{" + b" " * (real - 2) + b"}"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, body)
    data = bytearray(path.read_bytes())
    # Rewrite the uncompressed size in the local header (offset 22) and the central directory
    # entry (offset 24 from its signature).
    size = len(body).to_bytes(4, "little")
    fake = (100).to_bytes(4, "little")
    local = data.find(b"PK\x03\x04")
    assert data[local + 22 : local + 26] == size
    data[local + 22 : local + 26] = fake
    central = data.find(b"PK\x01\x02")
    assert data[central + 24 : central + 28] == size
    data[central + 24 : central + 28] = fake
    path.write_bytes(bytes(data))
    return path


def many_members(path: Path, count: int = 5000) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("probe.json", json.dumps(PROBE))
        for i in range(count):
            zf.writestr(f"logs/{i}.txt", "")
    return path


def deep_json(depth: int = 100_000) -> str:
    return "[" * depth + "]" * depth


def deep_probe(depth: int = 100_000) -> str:
    """A probe whose warnings nest `depth` lists deep."""
    return json.dumps(probe(warnings="@")).replace('"@"', deep_json(depth))


def huge_int_probe(digits: int = 100_000) -> str:
    return json.dumps(probe(primary="@")).replace('"@"', "9" * digits)


def thousands_of_gpus(count: int = 5000) -> dict:
    return probe(gpus=PROBE["gpus"] * count)


def bundle(path: Path, probe_json: dict | str = PROBE, **members) -> Path:
    """A support bundle with the given probe and other members (name -> dict or text)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("probe.json", probe_json if isinstance(probe_json, str) else json.dumps(probe_json))
        for name, value in members.items():
            zf.writestr(name.replace("__", "."), value if isinstance(value, str) else json.dumps(value))
    return path
