"""Small, real, reproducible wheels with the real project names and versions.

Each wheel is a valid PEP 427 archive (METADATA, WHEEL, RECORD with hashes) holding one
importable module that knows its own version, plus optional incompressible padding so a
benchmark can make a "torch" of a realistic size. Same arguments, same bytes, same SHA-256.
"""

from __future__ import annotations

import base64
import hashlib
import random
import zipfile
from pathlib import Path

from packaging.utils import canonicalize_name

_EPOCH = (1980, 1, 1, 0, 0, 0)


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def wheel_filename(name: str, version: str, tag: str = "py3-none-any") -> str:
    dist = canonicalize_name(name).replace("-", "_")
    return f"{dist}-{version}-{tag}.whl"


def build_wheel(
    out_dir: Path,
    name: str,
    version: str,
    *,
    tag: str = "py3-none-any",
    requires: list[str] | None = None,
    module: str | None = None,
    padding: int = 0,
    modules: int = 0,
) -> Path:
    """Write the wheel into out_dir and return its path."""
    dist = canonicalize_name(name).replace("-", "_")
    module = module or dist
    info = f"{dist}-{version}.dist-info"
    metadata = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    metadata += [f"Requires-Dist: {r}" for r in requires or []]
    purelib = tag.endswith("-none-any")
    files: list[tuple[str, bytes]] = [
        (f"{module}/__init__.py", f'__version__ = "{version}"\n'.encode()),
    ]
    for i in range(modules):  # many small files, as real torch wheels have thousands
        files.append((f"{module}/_gen/m{i:05d}.py", f"VALUE = {i}\n".encode() * 20))
    if padding:
        rng = random.Random(f"{name}-{version}-{tag}")
        files.append((f"{module}/_payload.bin", rng.randbytes(padding)))
    files += [
        (f"{info}/METADATA", ("\n".join(metadata) + "\n").encode()),
        (f"{info}/WHEEL", (
            "Wheel-Version: 1.0\nGenerator: ipex-aot-installer-tests\n"
            f"Root-Is-Purelib: {'true' if purelib else 'false'}\nTag: {tag}\n").encode()),
    ]
    record = "".join(f"{path},{_record_hash(data)},{len(data)}\n" for path, data in files)
    record += f"{info}/RECORD,,\n"
    files.append((f"{info}/RECORD", record.encode()))
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / wheel_filename(name, version, tag)
    with zipfile.ZipFile(path, "w") as zf:
        for arc, data in files:
            zi = zipfile.ZipInfo(arc, _EPOCH)
            zi.external_attr = 0o644 << 16
            zi.compress_type = zipfile.ZIP_STORED if arc.endswith(".bin") else zipfile.ZIP_DEFLATED
            zf.writestr(zi, data)
    return path
