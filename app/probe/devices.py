"""Intel GPU device database: PCI id -> name, family, IP version, AOT names, support.

The data is resources/gpu_devices.json, generated from ../shared/reference/intel_gpu_ids.csv by
installer/gen_device_db.py. Ids missing from it are guessed from their first hex digits and
always reported as unknown, never as a crash.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import CLI
from app.errors import AppError, BadInput
from app.probe import families
from app.probe.model import Driver, Gpu

INTEL = "0x8086"

# Vendors seen beside Intel GPUs (dGPUs, BMC chips, virtual machines). Names only for display.
VENDORS = {
    "0x8086": "Intel",
    "0x10de": "NVIDIA",
    "0x1002": "AMD",
    "0x1022": "AMD",
    "0x1a03": "ASPEED",
    "0x102b": "Matrox",
    "0x19e5": "Huawei",
    "0x1b36": "Red Hat (QXL)",
    "0x1af4": "Red Hat (virtio)",
    "0x1234": "QEMU/Bochs",
    "0x15ad": "VMware",
    "0x80ee": "VirtualBox",
    "0x1414": "Microsoft (Hyper-V)",
    "0x1ae0": "Google",
    "0x5143": "Qualcomm",
    "0x1d17": "Zhaoxin",
    "0x1ed5": "Moore Threads",
}


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str  # "0x56a0"
    name: str
    family: str
    segment: str  # dgpu | igpu | datacenter | other
    ip_version: str | None
    aot_targets: list[str]
    product: str | None
    has_xmx: bool | None
    ipex_support: str
    torch_xpu_support: str
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    known: bool = True  # False: not in the database, fields guessed from the id
    uncertain: bool = False  # the reference marks this row as uncertain

    @property
    def support_level(self) -> str:
        return families.best_level(self.ipex_support, self.torch_xpu_support)

    @property
    def supported(self) -> bool:
        return self.support_level in ("validated", "jit-only")


def _resources_dir() -> Path:
    if getattr(sys, "frozen", False):  # PyInstaller puts data files under _MEIPASS
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


DB_PATH = _resources_dir() / "gpu_devices.json"
_db: dict[str, Any] | None = None


def _devices() -> dict[str, Any]:
    global _db
    if _db is None:
        try:
            with open(DB_PATH, encoding="utf-8") as fh:
                _db = json.load(fh)["devices"]
        except (OSError, ValueError, KeyError) as exc:
            raise AppError(
                f"The GPU device database {DB_PATH} is missing or damaged ({exc}); reinstall "
                "the installer, or run python3 installer/gen_device_db.py in a checkout"
            ) from None
    return _db


_ID_RE = re.compile(r"^(?:(?:0x)?([0-9a-f]{4})\s*[:/]\s*)?(?:0x)?([0-9a-f]{4})$")


def parse_pci_id(text: str) -> tuple[str, str]:
    """'0x56A0', '56a0', '8086:56a0' -> ('0x8086', '0x56a0'). Raises BadInput otherwise."""
    m = _ID_RE.match(text.strip().lower())
    if not m:
        raise BadInput(
            f"'{text}' is not a PCI device id; give it like 0x56A0, 56a0 or 8086:56a0"
        )
    vendor = "0x" + (m.group(1) or "8086")
    return vendor, "0x" + m.group(2)


def lookup(device_id: str) -> DeviceInfo | None:
    """The database entry for an Intel device id ('0x56A0', '56a0', '8086:56a0'), or None
    when the id is not in the database (or not an Intel id)."""
    try:
        vendor, dev = parse_pci_id(device_id)
    except BadInput:
        return None
    if vendor != INTEL:
        return None
    entry = _devices().get(dev)
    if entry is None:
        return None
    return DeviceInfo(
        device_id=dev,
        name=entry["name"],
        family=entry["family"],
        segment=entry["segment"],
        ip_version=entry["ip_version"],
        aot_targets=list(entry["aot_targets"]),
        product=entry["product"],
        has_xmx=entry["has_xmx"],
        ipex_support=entry["ipex_support"],
        torch_xpu_support=entry["torch_xpu_support"],
        sources=list(entry["sources"]),
        notes=list(entry["notes"]),
        known=True,
        uncertain=bool(entry.get("uncertain")),
    )


def _unknown_intel(dev: str) -> DeviceInfo:
    """An Intel id the database lacks: family guessed from the id, support 'unknown'."""
    report = (
        f"This Intel device id ({dev}) is not in the installer's database; please report it "
        f"(with the output of '{CLI} probe --json') so it can be added."
    )
    guess = families.guess_platform(dev[2:])
    if guess is None:
        return DeviceInfo(dev, f"Intel GPU {dev}", "unknown Intel GPU", "other", None, [], None,
                          None, "unknown", "unknown", [], [report], known=False, uncertain=True)
    platform, segment = guess
    return DeviceInfo(
        device_id=dev,
        name=f"Intel GPU {dev}",
        family=f"unknown id, guessed from its prefix: {platform.key}",
        segment=segment,
        ip_version=None,
        aot_targets=[],
        product=platform.product,
        has_xmx=None,
        ipex_support="unknown",
        torch_xpu_support="unknown",
        sources=[],
        notes=[report, f"Guessed family from the id prefix: {platform.key} (JIT expected)."],
        known=False,
        uncertain=True,
    )


def vendor_name(vendor_id: str) -> str:
    return VENDORS.get(vendor_id.lower(), f"vendor {vendor_id.lower()}")


def make_gpu(
    device_id: str,
    revision: str | None = None,
    driver: Driver | None = None,
    *,
    os_name: str | None = None,
    pci_slot: str | None = None,
) -> Gpu:
    """A Gpu for a PCI id (any vendor), refined by the PCI revision where the reference gives
    a stepping table. `os_name` is the adapter name the OS reports (Windows), used when the
    database has no better one. Used by the probes and by `plan --gpu PCI_ID`."""
    vendor, dev = parse_pci_id(device_id)
    rev = _parse_revision(revision)
    driver = driver or Driver()
    if vendor != INTEL:
        vname = vendor_name(vendor)
        return Gpu(
            vendor_id=vendor,
            device_id=dev,
            name=os_name or f"{vname} display adapter {dev}",
            family=f"{vname} (not Intel)",
            segment="other",
            ip_version=None,
            aot_targets=[],
            driver=driver,
            supported=False,
            notes=["Not an Intel GPU: IPEX and PyTorch XPU do not use it."],
            revision=_fmt_rev(rev),
            pci_slot=pci_slot,
            has_xmx=None,
            support_level="unsupported",
            product=None,
            ipex_support="unsupported",
            torch_xpu_support="unsupported",
        )
    info = lookup(dev) or _unknown_intel(dev)
    notes = list(info.notes)
    ip_version = info.ip_version
    if rev is not None and info.known:
        refined = families.ip_for_revision(dev, info.ip_version, rev)
        if refined is not None:
            new_ip, stepping = refined
            if new_ip != ip_version:
                notes.append(
                    f"PCI revision 0x{rev:02x} is stepping {stepping} (IP {new_ip}), a "
                    f"pre-production part; retail parts report IP {ip_version}."
                )
                ip_version = new_ip
    name = info.name
    if not info.known and os_name:
        name = os_name
    elif name.startswith("(") and os_name:  # the CSV has no marketing name for this id
        name = os_name
    if driver.name == "gma500" and info.product == "pvc":
        # pci.ids uses 0x0BE0-0x0BE5 for Atom Cedarview graphics, which gma500 drives.
        notes.insert(0, "Bound to gma500: this is Atom D2xxx/N2xxx graphics, not a Ponte Vecchio.")
        return Gpu(INTEL, dev, "Atom D2xxx/N2xxx graphics", "Atom (Cedarview)", "igpu", None, [],
                   driver, False, notes, _fmt_rev(rev), pci_slot, False, "unsupported", None,
                   "unsupported", "unsupported")
    return Gpu(
        vendor_id=INTEL,
        device_id=dev,
        name=name,
        family=info.family,
        segment=info.segment,
        ip_version=ip_version,
        aot_targets=list(info.aot_targets),
        driver=driver,
        supported=info.supported,
        notes=notes,
        revision=_fmt_rev(rev),
        pci_slot=pci_slot,
        has_xmx=info.has_xmx,
        support_level=info.support_level,
        product=info.product,
        ipex_support=info.ipex_support,
        torch_xpu_support=info.torch_xpu_support,
    )


def _parse_revision(revision: str | int | None) -> int | None:
    if revision is None or revision == "":
        return None
    if isinstance(revision, int):
        return revision
    try:
        return int(str(revision).strip(), 16)
    except ValueError:
        raise BadInput(f"'{revision}' is not a PCI revision; give it in hex like 0x08") from None


def _fmt_rev(rev: int | None) -> str | None:
    return None if rev is None else f"0x{rev:02x}"
