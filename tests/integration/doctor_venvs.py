"""Real venvs for the doctor and report tests: `python -m venv` plus tiny wheels with real
project names (torch 2.8.0+xpu and friends) written with zipfile and installed by pip.

The wheels carry real metadata (Requires-Dist pins like the real ones: torchvision pins its
torch, torch pins its oneAPI runtime) and a minimal importable package; no GPU code.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import subprocess
import sys
import zipfile
from pathlib import Path

from app.hostos import venv_python

ONEAPI_MARKER = 'platform_system == "Linux" or platform_system == "Windows"'
# What the healthy venv holds: an upstream torch 2.8 XPU set with its runtime pins.
HEALTHY = {
    "torch": (
        "2.8.0+xpu",
        [
            f"intel-sycl-rt==2025.1.1; {ONEAPI_MARKER}",
            f"intel-cmplr-lib-rt==2025.1.1; {ONEAPI_MARKER}",
            f"tcmlib==1.3.0; {ONEAPI_MARKER}",
        ],
    ),
    "torchvision": ("0.23.0+xpu", ["torch==2.8.0"]),
    "torchaudio": ("2.8.0+xpu", ["torch==2.8.0"]),
    "intel-sycl-rt": ("2025.1.1", []),
    "intel-cmplr-lib-rt": ("2025.1.1", []),
    "tcmlib": ("1.3.0", []),
}


def _record_hash(data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"sha256={digest}"


def build_wheel(
    folder: Path, name: str, version: str, requires: list[str] = (), files: dict[str, str | bytes] | None = None
) -> Path:
    """A valid py3-none-any wheel with METADATA, WHEEL and RECORD."""
    dist = name.replace("-", "_")
    module = dist.lower()
    files = dict(files or {f"{module}/__init__.py": f"__version__ = {version!r}\n"})
    info = f"{dist}-{version}.dist-info"
    meta = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    meta += [f"Requires-Dist: {r}" for r in requires]
    files[f"{info}/METADATA"] = "\n".join(meta) + "\n"
    files[f"{info}/WHEEL"] = "Wheel-Version: 1.0\nGenerator: doctor-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    rows = []
    for path, text in files.items():
        data = text if isinstance(text, bytes) else text.encode()
        rows.append([path, _record_hash(data), str(len(data))])
    rows.append([f"{info}/RECORD", "", ""])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    files[f"{info}/RECORD"] = buf.getvalue()
    out = folder / f"{dist}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(out, "w") as zf:
        for path, text in files.items():
            zf.writestr(path, text)
    return out


def make_venv(path: Path) -> Path:
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(path)], check=True, timeout=120)
    return path


def pip_install(venv: Path, wheels: list[Path], *extra: str) -> None:
    """Install with pip (ours, aimed at the venv's interpreter), offline, without deps."""
    python = venv_python(venv)
    argv = [
        sys.executable,
        "-m",
        "pip",
        "--python",
        str(python),
        "install",
        "--no-index",
        "--no-deps",
        "--quiet",
        *extra,
        *map(str, wheels),
    ]
    subprocess.run(argv, check=True, timeout=300, capture_output=True)


def healthy_venv(root: Path, name: str = "venv") -> Path:
    wheels_dir = root / "wheels"
    wheels_dir.mkdir(parents=True, exist_ok=True)
    wheels = [build_wheel(wheels_dir, n, v, r) for n, (v, r) in HEALTHY.items()]
    venv = make_venv(root / name)
    pip_install(venv, wheels)
    return venv


SYCL_ENV_PREFIXES = ("SYCL_", "ZE_", "NEO_", "UR_", "ONEAPI_", "SETVARS_")


def clear_sycl_env(monkeypatch) -> None:
    """The developer's own SYCL/oneAPI variables must not leak into a doctor run."""
    import os

    for name in list(os.environ):
        if name.startswith(SYCL_ENV_PREFIXES) or name in ("CMPLR_ROOT", "MKLROOT"):
            monkeypatch.delenv(name)
