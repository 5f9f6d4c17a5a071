"""Which Intel compute runtime (the GPU driver's user-space part: OpenCL ICD and Level Zero
GPU driver) is installed on Linux, read from files only (no dpkg/rpm processes).

Sources, best first:
1. dpkg's status database: package intel-opencl-icd (Intel and Ubuntu builds), or the
   Level Zero GPU driver packages libze-intel-gpu1 / intel-level-zero-gpu.
2. The Level Zero GPU driver library itself: libze_intel_gpu.so.1.<L0 minor>.<NEO build>;
   the NEO build (e.g. 32224) names the compute-runtime release (24.52.32224.x).
"""

from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from pathlib import Path

DPKG_PACKAGES = ("intel-opencl-icd", "libze-intel-gpu1", "intel-level-zero-gpu")
LIB_DIRS = (
    "usr/lib/x86_64-linux-gnu",
    "usr/lib64",
    "usr/lib",
    "usr/local/lib",
    "usr/local/lib64",
)


@dataclass(frozen=True)
class RuntimeInfo:
    version: str | None  # "24.52.32224.14" (dpkg), "1.6.32224" (library file), None: unknown
    source: str  # a sentence fragment saying where it was read


def find_compute_runtime(root: Path = Path("/")) -> RuntimeInfo | None:
    found = _from_dpkg(root / "var" / "lib" / "dpkg" / "status")
    return found or _from_library(root) or _present_without_version(root)


def _from_dpkg(status: Path) -> RuntimeInfo | None:
    try:
        text = status.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    installed: dict[str, str] = {}
    # The status file can be megabytes: jump to our packages' stanzas instead of parsing all.
    text = "\n" + text.replace("\r\n", "\n")
    for name in DPKG_PACKAGES:
        start = text.find(f"\nPackage: {name}\n")
        if start < 0:
            continue
        end = text.find("\n\n", start + 1)
        fields = _fields(text[start + 1: end if end >= 0 else len(text)])
        if fields.get("Status", "").endswith(" installed"):
            installed[name] = fields.get("Version", "")
    for name in DPKG_PACKAGES:
        full = installed.get(name)
        if full:
            upstream = full.split(":", 1)[-1].split("-", 1)[0]
            return RuntimeInfo(upstream, f"dpkg package {name} {full}")
    return None


def _fields(stanza: str) -> dict[str, str]:
    fields = {}
    for line in stanza.splitlines():
        if line[:1] in (" ", "\t") or ":" not in line:
            continue
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return fields


_LIB_RE = re.compile(r"libze_intel_gpu\.so\.(\d+\.\d+\.\d+)$")


def _from_library(root: Path) -> RuntimeInfo | None:
    for lib_dir in LIB_DIRS:
        for path in sorted(glob.glob(os.path.join(root, lib_dir, "libze_intel_gpu.so.*"))):
            m = _LIB_RE.search(path)
            if m:
                return RuntimeInfo(m.group(1), f"Level Zero GPU driver {os.path.basename(path)}")
    return None


def _present_without_version(root: Path) -> RuntimeInfo | None:
    """Installed, but from files that carry no version (unversioned library, OpenCL ICD file)."""
    icd = root / "etc" / "OpenCL" / "vendors" / "intel.icd"
    if icd.is_file():
        return RuntimeInfo(None, f"the OpenCL ICD file {icd}")
    for lib_dir in LIB_DIRS:
        for name in ("libze_intel_gpu.so.1", "libigdrcl.so"):
            path = root / lib_dir / name
            if path.exists():
                return RuntimeInfo(None, f"{path}")
    return None
