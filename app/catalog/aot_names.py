"""AOT device names (what `ocloc -device` accepts) down to GPU IP versions, and the archive
members such a list produces.

Facts from the reference ocloc_names.md §1 (verified with a real ocloc) and gpu_probe.md §1
(compute-runtime's AOT config tables); docs/ARCHITECTURE.md says what each reference holds. The
planner, the device-image inspector and the smoke test all use this one table, so their
predictions agree.

Three kinds of names:
- specific (`acm-g10`, `mtl-h`, `bmg-g21`, ...): one IP version; ocloc names the archive
  member by that IP (`64.12.55.8`);
- generic (`dg2`, `mtl`, `bmg`, `ptl`, and `arl` on its own): ocloc names the member by the
  generic name (`64.dg2`) and puts a binary for ONE family member inside (12.55.8 for dg2);
- release (`xe-hpg`, `xe-lpg`, ...): one member per IP of the release.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Specific names -> IP version [gpu_probe.md §1 table, CR-aot].
SPECIFIC: dict[str, str] = {
    "acm-g10": "12.55.8",
    "dg2-g10": "12.55.8",
    "ats-m150": "12.55.8",
    "acm-g11": "12.56.5",
    "dg2-g11": "12.56.5",
    "ats-m75": "12.56.5",
    "acm-g12": "12.57.0",
    "dg2-g12": "12.57.0",
    "pvc": "12.60.7",
    "pvc-vg": "12.61.7",
    "pvc-sdv": "12.60.1",
    "mtl-u": "12.70.4",
    "mtl-s": "12.70.4",
    "mtl-m": "12.70.4",
    "arl-u": "12.70.4",  # Arrow Lake-U/S have the MTL-U IP (gpu_probe.md §1.1.2)
    "arl-s": "12.70.4",
    "mtl-h": "12.71.4",
    "mtl-p": "12.71.4",
    "arl-h": "12.74.4",
    "bmg-g21": "20.1.0",
    "bmg-g31": "20.2.0",
    "lnl-m": "20.4.4",
    "ptl-h": "30.0.4",
    "ptl-u": "30.1.0",
    "wcl": "30.3.1",
    "nvl-s": "30.4.4",
    "nvl-u": "30.5.4",
    "nvl-p": "35.10.4",
    "cri": "35.11.0",
    "tgllp": "12.0.0",
    "tgl": "12.0.0",
    "rkl": "12.1.0",
    "adl-s": "12.2.0",
    "rpl-s": "12.2.0",
    "adl-p": "12.3.0",
    "rpl-p": "12.3.0",
    "adl-n": "12.4.0",
    "dg1": "12.10.0",
}

# Generic names -> the IP of the binary ocloc puts inside, and the runtime product whose
# `64.<product>` filter picks the member [ocloc_names.md §1, read from note type 6].
GENERIC: dict[str, tuple[str, str]] = {
    "dg2": ("12.55.8", "dg2"),
    "mtl": ("12.70.4", "mtl"),
    "bmg": ("20.1.0", "bmg"),
    "ptl": ("30.0.4", "ptl"),
    "arl": ("12.74.4", "arl"),  # seen only as a single-device list
}

# Release names -> one member per IP [ocloc_names.md §1].
RELEASE: dict[str, tuple[str, ...]] = {
    "xe-hpg": ("12.55.8", "12.56.5", "12.57.0"),
    "xe-lpg": ("12.70.4", "12.71.4"),
    "xe-lpgplus": ("12.74.4",),
    "xe2-lpg": ("20.4.4",),
    "xe2-hpg": ("20.1.0", "20.2.0"),
    "xe3-lpg": ("30.0.4", "30.1.0", "30.3.1", "30.4.4", "30.5.4"),
}

# Binary compatibility (compute-runtime compatibilityMapping, gpu_probe.md §1.1.3): code built
# for the key also loads on these IPs (major.minor prefixes), on recent drivers only.
COMPATIBLE: dict[str, tuple[str, ...]] = {
    "12.55.8": ("12.56", "12.57"),  # dg2-g10 -> G11, G12
    "12.70.4": ("12.71",),  # mtl-u -> mtl-h (not the reverse)
    "20.1.0": ("20.2", "20.4"),  # bmg-g21 -> bmg-g31, lnl
    "30.0.4": ("30.1", "30.3", "30.4", "30.5"),  # ptl-h -> ptl-u, wcl, nvl-s, nvl-u
}

# Runtime product fallbacks used by the driver's member search (ocloc_names.md §2 step 5).
PRODUCT_FALLBACKS: dict[str, tuple[str, ...]] = {
    "lnl": ("bmg",),
    "wcl": ("ptl",),
    "nvl": ("ptl",),
}

# GPU IP major.minor -> runtime product abbreviation P. 12.70 is missing on purpose: MTL-U
# and Arrow Lake-U/S share it but are products `mtl` and `arl` (ocloc_names.md §2).
_PRODUCT_BY_IP = {
    "12.55": "dg2", "12.56": "dg2", "12.57": "dg2",
    "12.60": "pvc", "12.61": "pvc",
    "12.71": "mtl", "12.74": "arl",
    "20.1": "bmg", "20.2": "bmg", "20.4": "lnl",
    "30.0": "ptl", "30.1": "ptl", "30.3": "wcl", "30.4": "nvl", "30.5": "nvl",
    "12.0": "tgllp", "12.1": "rkl", "12.2": "adls", "12.3": "adlp", "12.4": "adln",
    "12.10": "dg1",
}

_IP_RE = re.compile(r"^\d+\.\d+\.\d+$")


@dataclass(frozen=True)
class Member:
    """One member of an ocloc AOT archive."""

    name: str  # "64.12.55.8", "64.dg2", "generic_ir"
    ip_version: str | None  # the IP of the binary inside; None for generic_ir
    kind: str  # "ip" | "generic" | "generic_ir"


def normalize(name: str) -> str:
    """Canonical spelling: lower case, no `64.` member prefix, SYCL spellings mapped
    (`intel_gpu_bmg_g21` -> `bmg-g21`, `intel_gpu_12_55_8` -> `12.55.8`)."""
    n = name.strip().lower()
    if n.startswith("64."):
        n = n[3:]
    if n.startswith("intel_gpu_"):
        n = n[len("intel_gpu_"):]
        n = n.replace("_", "." if re.fullmatch(r"[\d_]+", n) else "-")
    return n


def is_ip(name: str) -> bool:
    return bool(_IP_RE.match(normalize(name)))


def is_known(name: str) -> bool:
    n = normalize(name)
    return n in SPECIFIC or n in GENERIC or n in RELEASE or is_ip(n)


def resolve(name: str) -> set[str]:
    """IP versions for which `name` produces native code (empty for an unknown name).
    A generic name gives the one IP built into its member: `dg2` -> {12.55.8}."""
    n = normalize(name)
    if n in SPECIFIC:
        return {SPECIFIC[n]}
    if n in GENERIC:
        return {GENERIC[n][0]}
    if n in RELEASE:
        return set(RELEASE[n])
    if _IP_RE.match(n):
        return {n}
    return set()


def major_minor(ip: str) -> str:
    return ".".join(ip.split(".")[:2])


def compatible(built_for: str, gpu_ip: str) -> bool:
    """Whether code built for IP `built_for` loads on `gpu_ip` through the runtime's
    compatibility map (exact IP matches are not "compatibility")."""
    return major_minor(gpu_ip) in COMPATIBLE.get(built_for, ())


def product_for_ip(ip: str | None) -> str | None:
    """The runtime product for an IP, or None where the IP alone cannot tell (12.70)."""
    if not ip:
        return None
    return _PRODUCT_BY_IP.get(major_minor(ip))


def archive_members(device_list: list[str], spirv: bool = True) -> list[Member]:
    """The members an `ocloc -device <list>` archive holds (ocloc_names.md §1), in list
    order, plus `generic_ir` when the SPIR-V is embedded (no `-exclude_ir`).
    Raises ValueError for a name ocloc's table here does not know."""
    members: dict[str, Member] = {}

    def add(member: Member) -> None:
        members.setdefault(member.name, member)

    for raw in device_list:
        n = normalize(raw)
        if not n:
            continue
        if n in GENERIC:
            add(Member(f"64.{n}", GENERIC[n][0], "generic"))
        elif n in SPECIFIC:
            add(Member(f"64.{SPECIFIC[n]}", SPECIFIC[n], "ip"))
        elif n in RELEASE:
            for ip in RELEASE[n]:
                add(Member(f"64.{ip}", ip, "ip"))
        elif _IP_RE.match(n):
            add(Member(f"64.{n}", n, "ip"))
        else:
            raise ValueError(f"unknown AOT device name '{raw}'")
    result = list(members.values())
    if spirv:
        result.append(Member("generic_ir", None, "generic_ir"))
    return result


def covered_ips(device_list: list[str]) -> set[str]:
    """Every IP for which the list has native code (union of resolve())."""
    out: set[str] = set()
    for name in device_list:
        out |= resolve(name)
    return out
