"""Build Linux sysfs trees in a temporary directory, laid out as the kernel lays them out:

  sys/devices/pci0000:00/<bridge>/.../<slot>/{vendor,device,revision,class,uevent}
  sys/devices/.../<slot>/driver -> ../../(...)/bus/pci/drivers/<driver>
  sys/bus/pci/devices/<slot> -> ../../../devices/pci0000:00/.../<slot>
  sys/devices/.../<slot>/drm/renderD128/{dev,uevent,device -> ../../../<slot>}
  sys/class/drm/renderD128 -> ../../devices/pci0000:00/.../<slot>/drm/renderD128
  dev/dri/renderD128   (a plain file standing in for the character device; mode and group real)
"""

from __future__ import annotations

import os
from pathlib import Path


class SysfsTree:
    def __init__(self, base: Path):
        if os.name == "nt":
            import pytest

            pytest.skip("sysfs trees (symbolic links, device nodes, file modes and groups) are Linux-only")
        self.base = base
        self.sys = base / "sys"
        self.dev = base / "dev"
        (self.sys / "bus" / "pci" / "devices").mkdir(parents=True, exist_ok=True)
        (self.sys / "class" / "drm").mkdir(parents=True, exist_ok=True)

    def add(
        self,
        slot: str,
        vendor: int,
        device: int,
        pci_class: int,
        revision: int = 0,
        driver: str | None = None,
        parents: tuple[str, ...] = (),
        render_minor: int | None = None,
        node_mode: int = 0o666,
        node_gid: int = 0,
        make_node: bool = True,
        subsys: str = "80861020",
    ) -> Path:
        real = self.sys / "devices" / "pci0000:00"
        for parent in parents:
            real = real / parent
        real = real / slot
        real.mkdir(parents=True)
        (real / "vendor").write_text(f"0x{vendor:04x}\n")
        (real / "device").write_text(f"0x{device:04x}\n")
        (real / "revision").write_text(f"0x{revision:02x}\n")
        (real / "class").write_text(f"0x{pci_class:06x}\n")
        uevent = []
        if driver:
            uevent.append(f"DRIVER={driver}")
        uevent += [
            f"PCI_CLASS={pci_class:X}",
            f"PCI_ID={vendor:04X}:{device:04X}",
            f"PCI_SUBSYS_ID={subsys[:4]}:{subsys[4:]}",
            f"PCI_SLOT_NAME={slot}",
            f"MODALIAS=pci:v0000{vendor:04X}d0000{device:04X}sv0000{subsys[:4]}"
            f"sd0000{subsys[4:]}bc{pci_class >> 16:02X}sc{(pci_class >> 8) & 0xff:02X}"
            f"i{pci_class & 0xff:02X}",
        ]
        (real / "uevent").write_text("\n".join(uevent) + "\n")
        link = self.sys / "bus" / "pci" / "devices" / slot
        link.symlink_to(os.path.relpath(real, link.parent))
        if driver:
            drv = self.sys / "bus" / "pci" / "drivers" / driver
            drv.mkdir(parents=True, exist_ok=True)
            (real / "driver").symlink_to(os.path.relpath(drv, real))
        if render_minor is not None:
            name = f"renderD{render_minor}"
            node = real / "drm" / name
            node.mkdir(parents=True)
            (node / "dev").write_text(f"226:{render_minor}\n")
            (node / "uevent").write_text(f"MAJOR=226\nMINOR={render_minor}\nDEVNAME=dri/{name}\n")
            (node / "device").symlink_to(os.path.relpath(real, node))
            cls = self.sys / "class" / "drm" / name
            cls.symlink_to(os.path.relpath(node, cls.parent))
            if make_node:
                dev_node = self.dev / "dri" / name
                dev_node.parent.mkdir(parents=True, exist_ok=True)
                dev_node.write_bytes(b"")
                os.chmod(dev_node, node_mode)
                if os.geteuid() == 0:
                    os.chown(dev_node, 0, node_gid)
        return real

    # Functions that surround GPUs on real machines and must not be listed.
    def host_bridge(self):
        self.add("0000:00:00.0", 0x8086, 0xA700, 0x060000)

    def root_port(self, slot="0000:00:01.0"):
        self.add(slot, 0x8086, 0xA70D, 0x060400, driver="pcieport")
