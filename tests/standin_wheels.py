"""Stand-in wheels for forecast tests: real wheel zips (dist-info, RECORD with hashes) whose
libraries are tests/synthetic_binaries' ELF/PE files carrying the real ocloc archives from
ocloc_names.md's folder. `unpack` lays a wheel out the way pip installs it (platlib files
into site-packages, `.data/data/` files into the environment's root, RECORD rewritten to
the paths it wrote), for the fast tests; the integration test installs them with real pip."""

from __future__ import annotations

import base64
import hashlib
import os
import zipfile
from pathlib import Path


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def make_wheel(dest: Path, name: str, version: str, files: dict[str, bytes], tag: str = "py3-none-any",
               requires: tuple[str, ...] = ()) -> Path:
    """A wheel holding `files` (paths inside the wheel; `NAME-VER.data/data/...` for data files)."""
    dist = name.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n" + "".join(
        f"Requires-Dist: {r}\n" for r in requires)
    contents = dict(files)
    contents[f"{info}/METADATA"] = meta.encode()
    contents[f"{info}/WHEEL"] = f"Wheel-Version: 1.0\nGenerator: standin\nRoot-Is-Purelib: false\nTag: {tag}\n".encode()
    record = "".join(f"{p},{_hash(d)},{len(d)}\n" for p, d in contents.items()) + f"{info}/RECORD,,\n"
    path = Path(dest) / f"{dist}-{version}-{tag}.whl"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for p, d in contents.items():
            zf.writestr(p, d)
        zf.writestr(f"{info}/RECORD", record)
    return path


def unpack(wheel: Path, venv: Path, site: Path) -> None:
    """Install `wheel` the way pip lays it out (no scripts, no bytecode)."""
    rows = []
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            data = zf.read(info)
            parts = info.filename.split("/")
            if len(parts) > 2 and parts[0].endswith(".data") and parts[1] == "data":
                target = venv.joinpath(*parts[2:])
                rel = os.path.relpath(target, site).replace(os.sep, "/")
            else:
                target = site / info.filename
                rel = info.filename
            target.parent.mkdir(parents=True, exist_ok=True)
            if not info.filename.endswith("/RECORD"):
                target.write_bytes(data)
                rows.append(f"{rel},{_hash(data)},{len(data)}")
            else:
                record_path = target
    rows.append(f"{record_path.relative_to(site).as_posix()},,")
    record_path.write_text("\n".join(rows) + "\n")


def linux_venv(root: Path, py: str = "python3.11") -> tuple[Path, Path]:
    venv = root
    site = venv / "lib" / py / "site-packages"
    site.mkdir(parents=True, exist_ok=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n")
    return venv, site


def windows_venv(root: Path) -> tuple[Path, Path]:
    venv = root
    site = venv / "Lib" / "site-packages"
    site.mkdir(parents=True, exist_ok=True)
    (venv / "pyvenv.cfg").write_text("home = C:\\Python311\n")
    return venv, site
