"""Read display adapters from a Linux sysfs tree (the real /sys or a replayed copy).

No tools and no root needed: /sys/bus/pci/devices/<slot>/{vendor,device,revision,class} and the
`driver` symlink, plus /sys/class/drm/renderD*/device to find each GPU's render node.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DISPLAY_BASE_CLASS = 0x03  # VGA 0x0300, XGA 0x0301, 3D 0x0302, display controller 0x0380


@dataclass
class PciFunction:
    slot: str  # "0000:03:00.0"
    vendor: str  # "0x8086"
    device: str  # "0x56a0"
    revision: str | None  # "0x08"
    pci_class: int  # 0x030000
    driver: str | None  # "i915", "xe", None when unbound
    path: Path
    render_nodes: list[str] = field(default_factory=list)  # "dri/renderD128" (relative to /dev)
    physical_function: str | None = None  # set for an SR-IOV virtual function: its parent slot

    @property
    def is_display(self) -> bool:
        return (self.pci_class >> 16) == DISPLAY_BASE_CLASS


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None


def _uevent(path: Path) -> dict[str, str]:
    text = _read(path / "uevent") or ""
    pairs = (line.partition("=") for line in text.splitlines())
    return {k: v for k, _, v in pairs if k}


def _hex(text: str | None, width: int) -> str | None:
    if not text:
        return None
    try:
        return f"0x{int(text, 16):0{width}x}"
    except ValueError:
        return None


def read_function(path: Path) -> PciFunction | None:
    """One PCI function directory; None when it cannot be read as one."""
    uevent = None
    vendor = _hex(_read(path / "vendor"), 4)
    device = _hex(_read(path / "device"), 4)
    pci_class_text = _read(path / "class")
    if vendor is None or device is None or pci_class_text is None:
        uevent = _uevent(path)  # older or partial trees: PCI_ID=8086:56A0, PCI_CLASS=30000
        vid, _, did = uevent.get("PCI_ID", "").partition(":")
        vendor = vendor or _hex(vid, 4)
        device = device or _hex(did, 4)
        pci_class_text = pci_class_text or (
            "0x" + uevent["PCI_CLASS"] if "PCI_CLASS" in uevent else None
        )
    if vendor is None or device is None or pci_class_text is None:
        return None
    try:
        pci_class = int(pci_class_text, 16)
    except ValueError:
        return None
    link = path / "driver"
    driver = os.path.basename(os.readlink(link)) if link.is_symlink() else None
    if driver is None:
        driver = (uevent if uevent is not None else _uevent(path)).get("DRIVER") or None
    physfn = path / "physfn"
    return PciFunction(
        slot=path.name,
        vendor=vendor,
        device=device,
        revision=_hex(_read(path / "revision"), 2),
        pci_class=pci_class,
        driver=driver,
        path=path,
        physical_function=os.path.basename(os.readlink(physfn)) if physfn.is_symlink() else None,
    )


def display_functions(sysfs_root: Path) -> list[PciFunction]:
    """Every PCI display function (base class 0x03) under sysfs_root, in slot order, each with
    its render nodes. Audio functions and bridges of the same card are other classes."""
    devices_dir = sysfs_root / "bus" / "pci" / "devices"
    try:
        entries = sorted(devices_dir.iterdir(), key=lambda p: p.name)
    except OSError:
        return []
    found = []
    for entry in entries:
        fn = read_function(entry)
        if fn is not None and fn.is_display:
            found.append(fn)
    if found:
        nodes = _render_nodes(sysfs_root)
        for fn in found:
            fn.render_nodes = nodes.get(_real(fn.path), [])
    return found


def _real(path: Path) -> str:
    return os.path.realpath(path)


def _render_nodes(sysfs_root: Path) -> dict[str, list[str]]:
    """realpath of a PCI device -> its render nodes, from class/drm/renderD*/device links."""
    drm = sysfs_root / "class" / "drm"
    result: dict[str, list[str]] = {}
    try:
        names = sorted(p.name for p in drm.iterdir() if p.name.startswith("renderD"))
    except OSError:
        return result
    for name in names:
        node_dir = drm / name
        devname = _uevent(node_dir).get("DEVNAME") or f"dri/{name}"
        result.setdefault(_real(node_dir / "device"), []).append(devname)
    return result
