"""`inspect`: the SYCL device images in a library, a wheel, a package directory or a raw
ocloc archive, summarised the way the planner and the smoke test need it:
which GPU IP versions have native code (read from each member's zebin note, not its name),
and whether any SPIR-V is present (i.e. whether a JIT fallback exists at all).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import tempfile
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from app import untrusted
from app.errors import BadInput
from app.messages import msg
from app.smoke import elf_images, pe_images
from app.smoke.device_image import AR_MAGIC, DeviceImage, describe, ip_sort_key
from app.smoke.zebin import PARSE_ERRORS

LIBRARY_SUFFIXES = (".so", ".dll", ".pyd")
MAX_WHEEL_MEMBERS = 100_000  # torch wheels hold ~15,000 files
MAX_WHEEL_BYTES = 64 * 1024**3  # declared size of all members; the largest XPU wheels unpack to ~5 GB
_SO_VERSIONED = re.compile(r"\.so(\.\d+)*$")
_IP_NAME = re.compile(r"^(?:\d+\.)?(\d+\.\d+\.\d+)$")  # "64.12.55.8" -> 12.55.8


def is_library_name(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((".dll", ".pyd")) or bool(_SO_VERSIONED.search(lower))


def inspect_path(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The inspect JSON for a file or directory. Raises BadInput when it cannot be read."""
    p = Path(path)
    if not p.exists():
        raise BadInput(msg("path_missing", path=str(p)))
    if p.is_dir():
        return _merge(
            str(p), "directory", [inspect_library(f, display=str(f.relative_to(p))) for f in _libraries_in(p)]
        )
    if p.suffix.lower() in (".whl", ".zip"):
        if not untrusted.is_zip(p):
            raise untrusted.refused("not_zip", file=p)
        return inspect_wheel(p)
    return inspect_library(p)


def inspect_library(path: Path, display: str | None = None) -> dict[str, Any]:
    """One library (ELF or PE) or a raw ocloc archive."""
    name = display or str(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise BadInput(msg("input_unreadable", file=str(path), reason=str(exc.strerror or exc))) from exc
    images: list[DeviceImage] = []
    notes: list[str] = []
    if head.startswith(b"\x7fELF"):
        kind = "elf"
        try:
            images, notes = elf_images.list_images(path)
        except elf_images.NotSycl:
            notes = ["no SYCL device images (no .tgtimg section)"]
        except (*PARSE_ERRORS, OSError) as exc:  # a damaged file: said in the notes, not raised
            kind = "unknown"
            notes = [f"ELF file could not be read: {exc}"]
    elif head.startswith(b"MZ"):
        kind = "pe"
        try:
            images, notes = pe_images.list_images(path)
        except pe_images.NotSycl:
            notes = ["no SYCL device images (no .tgtimg section)"]
        except (pe_images.NotPE, struct.error, ValueError, OverflowError, IndexError, OSError) as exc:
            kind = "unknown"
            notes = [f"format not understood: not a PE file this tool can read ({exc or 'bad headers'})"]
    elif head.startswith(AR_MAGIC):
        kind = "archive"
        images = [describe("spir64_gen", path.read_bytes())]
        notes = ["a raw ocloc archive; target assumed spir64_gen"]
    else:
        kind = "unknown"
        notes = ["format not understood: neither ELF, PE nor an ocloc archive"]
    return summarise(name, kind, images, notes)


def summarise(name: str, kind: str, images: list[DeviceImage], notes: list[str]) -> dict[str, Any]:
    ips: set[str] = set()
    for image in images:
        ips.update(_image_ips(image))
    return {
        "file": name,
        "kind": kind,
        "images": [im.to_json() for im in images],
        "aot_ip_versions": sorted(ips, key=ip_sort_key),
        "has_spirv": any(im.has_spirv for im in images),
        "targets": _count_targets(images),
        "notes": notes,
    }


def _image_ips(image: DeviceImage) -> set[str]:
    """IPs with native code: from the zebin note; a member without one falls back to its name."""
    out = set(image.ip_versions)
    for member in image.members:
        if member.kind == "zebin" and not member.ip_version:
            resolved = resolve_member_name(member.name)
            out.update(resolved)
    return out


def resolve_member_name(name: str) -> list[str]:
    """IP versions a member name stands for: `64.12.55.8` directly, an acronym via the catalog."""
    m = _IP_NAME.match(name)
    if m:
        return [m.group(1)]
    try:
        from app.catalog import aot_names
    except ImportError:  # the planner's name table; without it only IP-named members resolve
        return []
    return sorted(aot_names.resolve(name), key=ip_sort_key)


def _count_targets(images: list[DeviceImage]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for im in images:
        key = f"{im.target}:{im.format}"
        counts[key] = counts.get(key, 0) + 1
    return counts


def _libraries_in(root: Path) -> Iterable[Path]:
    seen: set[tuple[int, int]] = set()
    for dirpath, _dirs, files in os.walk(root):
        for name in sorted(files):
            if not is_library_name(name):
                continue
            f = Path(dirpath) / name
            try:
                st = f.stat()
            except OSError:
                continue
            key = (st.st_dev, st.st_ino)  # libfoo.so -> libfoo.so.1 symlinks: inspect once
            if key in seen:
                continue
            seen.add(key)
            yield f


def inspect_wheel(path: Path) -> dict[str, Any]:
    """Every library inside a wheel, each streamed to a temporary file (never held whole)."""
    results = []
    # zipfile stops each member at its declared size, and open_zip refuses declared sizes or
    # compression ratios no real wheel has: a bomb cannot fill the disk one member at a time.
    with untrusted.open_zip(path, path.name, max_members=MAX_WHEEL_MEMBERS, max_total=MAX_WHEEL_BYTES) as zf, \
            tempfile.TemporaryDirectory(prefix="inspect-") as tmp:
        for info in zf.infolist():
            if info.is_dir() or not is_library_name(info.filename):
                continue
            target = Path(tmp) / "lib"
            try:
                with zf.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst, 1024 * 1024)
            except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError):
                raise untrusted.refused("bad_zip", file=f"{path.name}:{info.filename}") from None
            results.append(inspect_library(target, display=info.filename))
            target.unlink()
    return _merge(str(path), "wheel", results)


def _merge(name: str, kind: str, libraries: list[dict[str, Any]]) -> dict[str, Any]:
    ips: set[str] = set()
    images: list[dict[str, Any]] = []
    targets: dict[str, int] = {}
    for lib in libraries:
        ips.update(lib["aot_ip_versions"])
        images += [dict(im, library=lib["file"]) for im in lib["images"]]
        for key, n in lib["targets"].items():
            targets[key] = targets.get(key, 0) + n
    with_images = [lib for lib in libraries if lib["images"]]
    return {
        "file": name,
        "kind": kind,
        "images": images,
        "aot_ip_versions": sorted(ips, key=ip_sort_key),
        "has_spirv": any(lib["has_spirv"] for lib in libraries),
        "targets": targets,
        "libraries": [_library_brief(lib) for lib in with_images],
        "libraries_without_images": len(libraries) - len(with_images),
        "notes": [],
    }


def _library_brief(lib: dict[str, Any]) -> dict[str, Any]:
    """A library's summary inside a wheel/dir result (its images are in the top-level list)."""
    return {k: v for k, v in lib.items() if k != "images"} | {"image_count": len(lib["images"])}
