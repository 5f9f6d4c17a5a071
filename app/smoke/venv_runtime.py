"""Which Intel SYCL runtime a venv holds, found from its files (nothing is imported).

The era decides the trace variable: PI-era runtimes (libsycl.so.7 / sycl7.dll and older,
2024.x) understand SYCL_PI_TRACE; UR-era ones (libsycl.so.8+ / sycl8.dll+, 2025 and newer)
understand SYCL_UR_TRACE and EXIT with status 1 when SYCL_PI_TRACE is set.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import hostos

_LINUX_SYCL = re.compile(r"^libsycl\.so\.(\d+)(?:\.\d+)*$")
_WIN_SYCL = re.compile(r"^sycl(\d+)\.dll$", re.IGNORECASE)
_DIST = re.compile(r"^intel_sycl_rt-(\d+)\.(\d+)(?:\.(\d+))?.*\.dist-info$")
# The conda placeholder Intel's pip wheels leave in their OpenCL ICD files (A.1 gotcha 1).
ICD_PLACEHOLDER = "/opt/anaconda1anaconda2anaconda3"


@dataclass
class VenvRuntime:
    python: Path
    sycl_library: Path | None = None
    sycl_major: int | None = None  # the library's major version: 7 = PI, 8+ = UR
    package_version: str | None = None  # intel-sycl-rt version when installed from PyPI
    api: str | None = None  # "ur" | "pi" | None (no runtime found)
    env_fixes: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def trace_variable(self) -> str:
        # Unknown era: the UR variable is harmless to a PI runtime; the PI one kills a UR one.
        return "SYCL_PI_TRACE" if self.api == "pi" else "SYCL_UR_TRACE"

    def to_json(self) -> dict[str, Any]:
        return {
            "api": self.api,
            "sycl_library": str(self.sycl_library) if self.sycl_library else None,
            "sycl_major": self.sycl_major,
            "package_version": self.package_version,
            "trace_variable": self.trace_variable,
            "env_fixes": dict(self.env_fixes),
            "notes": list(self.notes),
        }


def venv_python(venv: Path) -> Path:
    """The venv's interpreter; a Windows layout is recognised on any OS (a copied venv)."""
    windows_python = hostos.venv_python(venv, windows=True)
    return windows_python if hostos.IS_WINDOWS or windows_python.exists() else hostos.venv_python(venv, windows=False)


def site_packages(venv: Path) -> list[Path]:
    out = [p for p in (venv / "lib").glob("python3*/site-packages") if p.is_dir()]
    win = venv / "Lib" / "site-packages"
    if win.is_dir():
        out.append(win)
    return out


def _candidate_dirs(venv: Path) -> list[Path]:
    dirs = [venv / "lib", venv / "Library" / "bin", venv / "Scripts"]
    for sp in site_packages(venv):
        dirs += [
            sp / "torch" / "lib",
            sp / "intel_extension_for_pytorch" / "lib",
            sp / "intel_extension_for_pytorch" / "bin",
        ]
    return [d for d in dirs if d.is_dir()]


def detect(venv: Path) -> VenvRuntime:
    rt = VenvRuntime(python=venv_python(venv))
    best: tuple[int, Path] | None = None
    for d in _candidate_dirs(venv):
        for entry in d.iterdir():
            m = _LINUX_SYCL.match(entry.name) or _WIN_SYCL.match(entry.name)
            if m and (best is None or int(m.group(1)) > best[0]):
                best = (int(m.group(1)), entry)
    for sp in site_packages(venv):
        for entry in sp.glob("intel_sycl_rt-*.dist-info"):
            m = _DIST.match(entry.name)
            if m:
                rt.package_version = ".".join(g for g in m.groups() if g)
    if best is not None:
        rt.sycl_major, rt.sycl_library = best
        rt.api = "pi" if rt.sycl_major <= 7 else "ur"
    elif rt.package_version:
        rt.api = "pi" if int(rt.package_version.split(".")[0]) < 2025 else "ur"
        rt.notes.append("SYCL library file not found; era taken from the intel-sycl-rt version")
    else:
        rt.notes.append("no Intel SYCL runtime found in this venv")
    _packaging_fixes(venv, rt)
    return rt


def _packaging_fixes(venv: Path, rt: VenvRuntime) -> None:
    """Work around known packaging faults of Intel's pip wheels (Linux)."""
    if hostos.IS_WINDOWS:
        return
    lib = venv / "lib"
    icd_dir = venv / "etc" / "OpenCL" / "vendors"
    cpu_icd = lib / "libintelocl.so"
    if cpu_icd.exists() and icd_dir.is_dir():
        for icd in icd_dir.glob("*.icd"):
            try:
                text = icd.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if ICD_PLACEHOLDER in text and "libintelocl.so" in text:
                rt.env_fixes["OCL_ICD_FILENAMES"] = str(cpu_icd)
                rt.notes.append(
                    f"{icd.name} points at a conda placeholder path"
                    f"; OCL_ICD_FILENAMES set to the venv's CPU OpenCL runtime"
                )
                break
    if rt.api == "pi" and lib.is_dir() and any(lib.glob("libintlc.so*")):
        # 2024 runtimes load libintlc.so.5 by name without an rpath to the venv.
        rt.env_fixes["LD_LIBRARY_PATH"] = os.pathsep.join(
            p for p in (str(lib), os.environ.get("LD_LIBRARY_PATH", "")) if p
        )
        rt.notes.append("LD_LIBRARY_PATH extended with the venv's lib directory (2024 runtime)")
