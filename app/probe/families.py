"""What an Intel GPU platform means for this product: the runtime's product abbreviation,
XMX, and whether IPEX and upstream PyTorch XPU support it.

Facts come from the references gpu_probe.md (§1, §1.2) and ocloc_names.md (§2), see
docs/ARCHITECTURE.md ("Where the facts come from"); the device database generator and the
runtime lookup of unknown ids both use this table, so the two can never disagree.
Support levels:
  validated    in the vendor's validated hardware list
  jit-only     not validated; expected to run (typically JIT-compiling on first use)
  unsupported  the vendor says it does not run, or no driver supports the id
  unknown      the reference does not establish it (too new, pre-production, ambiguous id)
"""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("validated", "jit-only", "unknown", "unsupported")  # best first


@dataclass(frozen=True)
class Platform:
    key: str
    product: str | None  # compute-runtime HwMapper abbreviation; None where not established
    has_xmx: bool | None
    ipex: str
    torch_xpu: str
    notes: tuple[str, ...] = ()


_XE_LP_NOTE = (
    "Xe-LP graphics (Iris Xe / UHD / DG1) is in no IPEX or PyTorch XPU validated list and in no "
    "default AOT list; whether it runs at all through JIT is not established (SD.Next reports "
    "that IPEX does not support it), so use the CPU build of PyTorch (or DirectML/OpenVINO) instead."
)
_POST_IPEX = (
    "IPEX development ended with 2.8.10, before this GPU; use upstream PyTorch XPU "
    "(IPEX support is unknown)."
)

PLATFORMS: dict[str, Platform] = {
    p.key: p
    for p in (
        Platform("dg2", "dg2", True, "validated", "validated",
                 ("Arc A-series is validated by IPEX (since 2.1.10) and PyTorch XPU.",)),
        Platform("ats-m", "dg2", True, "validated", "jit-only",
                 ("Data Center GPU Flex: IPEX supports it up to 2.6.10 (deprecated after); not in "
                  "PyTorch XPU's validated list.",)),
        Platform("pvc", "pvc", True, "validated", "validated",
                 ("Data Center GPU Max is validated on Linux only.",)),
        Platform("pvc-vg", "pvc", False, "validated", "validated",
                 ("Data Center GPU Max is validated on Linux only.",)),
        Platform("pvc-sdv", "pvc", None, "unknown", "unknown",
                 ("Pre-production Ponte Vecchio; support is not established.",)),
        Platform("mtl-u", "mtl", False, "jit-only", "jit-only",
                 ("Meteor Lake-U is not in the validated lists; Linux PyTorch 2.7+ wheels carry no "
                  "AOT code for IP 12.70 (JIT on first use).",)),
        Platform("mtl-h", "mtl", False, "validated", "validated",
                 ("Core Ultra Series 1 (Meteor Lake-H) is validated by IPEX and PyTorch XPU.",)),
        Platform("arl-us", "arl", False, "jit-only", "jit-only",
                 ("Arrow Lake-U/S has the Meteor Lake-U GPU IP (12.70.4) but the runtime product "
                  "'arl', so its AOT name is arl-u/arl-s (alias of mtl-u), not arl-h; it is not in "
                  "the validated lists.",)),
        Platform("arl-h", "arl", True, "validated", "validated",
                 ("Core Ultra 200H (Arrow Lake-H) is validated (IPEX 2.6.10 on Windows as beta, "
                  "2.7+).",)),
        Platform("lnl", "lnl", True, "validated", "validated",
                 ("Core Ultra 200V (Lunar Lake) is validated (IPEX from 2.5.10).",)),
        Platform("bmg", "bmg", True, "validated", "validated",
                 ("Arc B-series is validated by PyTorch XPU; IPEX from 2.5.10 (Windows prototype) "
                  "and 2.7+.",)),
        Platform("ptl", "ptl", True, "unknown", "validated",
                 ("PyTorch XPU validates Panther Lake on Windows 11 and Ubuntu 25.10+.",
                  _POST_IPEX)),
        Platform("wcl", None, None, "unknown", "unknown",
                 ("Wildcat Lake is newer than the validated lists; a ptl-h binary is expected to "
                  "load on it (recent drivers).", _POST_IPEX)),
        Platform("nvl", None, None, "unknown", "unknown",
                 ("Nova Lake is a future part; support is not established.",)),
        Platform("cri", None, None, "unknown", "unknown",
                 ("Crescent Island is a future data-centre part; support is not established.",)),
        Platform("tgllp", "tgllp", False, "unsupported", "unsupported", (_XE_LP_NOTE,)),
        Platform("rkl", "rkl", False, "unsupported", "unsupported", (_XE_LP_NOTE,)),
        Platform("adls", "adls", False, "unsupported", "unsupported", (_XE_LP_NOTE,)),
        Platform("adlp", "adlp", False, "unsupported", "unsupported", (_XE_LP_NOTE,)),
        Platform("adln", "adln", False, "unsupported", "unsupported", (_XE_LP_NOTE,)),
        Platform("dg1", "dg1", False, "unsupported", "unsupported", (_XE_LP_NOTE,)),
    )
}

# First AOT name of a database row -> platform key. Order matters: longer prefixes first.
_AOT_PREFIXES = (
    ("ats-m", "ats-m"),
    ("dg2", "dg2"),
    ("acm", "dg2"),
    ("pvc-vg", "pvc-vg"),
    ("pvc-sdv", "pvc-sdv"),
    ("pvc", "pvc"),
    ("mtl-h", "mtl-h"),
    ("mtl-p", "mtl-h"),
    ("mtl", "mtl-u"),
    ("arl-h", "arl-h"),
    ("arl", "arl-us"),
    ("lnl", "lnl"),
    ("bmg", "bmg"),
    ("ptl", "ptl"),
    ("wcl", "wcl"),
    ("nvl", "nvl"),
    ("cri", "cri"),
    ("tgl", "tgllp"),
    ("rkl", "rkl"),
    ("adl-s", "adls"),
    ("rpl-s", "adls"),
    ("adl-p", "adlp"),
    ("rpl-p", "adlp"),
    ("adl-n", "adln"),
    ("dg1", "dg1"),
)


def platform_for_aot(aot_targets: list[str]) -> Platform | None:
    if not aot_targets:
        return None
    first = aot_targets[0]
    for prefix, key in _AOT_PREFIXES:
        if first.startswith(prefix):
            return PLATFORMS[key]
    return None


# For Intel ids missing from the database: a guess from the id's first hex digits
# (gpu_probe.md "Implications" 2). The result is always reported as a guess.
_ID_PREFIX_GUESS = (
    ("56", "dg2", "dgpu"),
    ("4f", "dg2", "dgpu"),
    ("e2", "bmg", "dgpu"),
    ("64", "lnl", "igpu"),
    ("7d", "mtl-u", "igpu"),
    ("b0", "ptl", "igpu"),
    ("0b", "pvc", "datacenter"),
)


def guess_platform(device_id_hex4: str) -> tuple[Platform, str] | None:
    """(platform, segment) guessed from a 4-hex-digit device id, or None."""
    low = device_id_hex4.lower()
    for prefix, key, segment in _ID_PREFIX_GUESS:
        if low.startswith(prefix):
            return PLATFORMS[key], segment
    return None


def best_level(*levels: str) -> str:
    """The most favourable of several support levels."""
    return min(levels, key=LEVELS.index)


# PCI revision -> IP version, where compute-runtime's revision tables give it (gpu_probe.md
# 1.1.1, enum values from platforms.h). Keyed by the database IP's "major.minor" and, for
# Arrow Lake ids whose table differs from Meteor Lake's, by the device id.
_REVISION_IP = {
    "12.55": {0x0: ("12.55.0", "A0"), 0x1: ("12.55.1", "A1"), 0x4: ("12.55.4", "B0"),
              0x8: ("12.55.8", "C0")},
    "12.56": {0x0: ("12.56.0", "A0"), 0x4: ("12.56.4", "B0"), 0x5: ("12.56.5", "B1")},
    "12.70": {0x0: ("12.70.0", "A0"), 0x2: ("12.70.0", "A0"), 0x3: ("12.70.4", "B0"),
              0x8: ("12.70.4", "B0")},
    "12.71": {0x0: ("12.71.0", "A0"), 0x2: ("12.71.0", "A0"), 0x3: ("12.71.4", "B0"),
              0x8: ("12.71.4", "B0")},
}
_ARL_REVISION_IP = {
    "12.70": {0x0: ("12.70.0", "A0"), 0x3: ("12.70.4", "B0"), 0x6: ("12.70.4", "B0")},
    "12.74": {0x0: ("12.74.0", "A0"), 0x3: ("12.74.4", "B0"), 0x6: ("12.74.4", "B0")},
}
_ARL_IDS = {"0x7d41", "0x7d67", "0x7d51", "0x7dd1"}


def ip_for_revision(
    device_id: str, ip_version: str | None, revision: int
) -> tuple[str, str] | None:
    """(ip_version, stepping) for this revision, or None when the reference has no table."""
    if not ip_version:
        return None
    major_minor = ".".join(ip_version.split(".")[:2])
    table = (_ARL_REVISION_IP if device_id in _ARL_IDS else _REVISION_IP).get(major_minor)
    if not table:
        return None
    return table.get(revision)
