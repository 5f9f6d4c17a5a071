"""The probe's values. They serialise to the `probe --json` contract in docs/ARCHITECTURE.md and
load back from it (support replays a user's machine from that JSON)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from app.envs.python_info import PythonInfo
from app.messages import coded_list, read_back_list

# A machine with more display adapters than this is not one a probe file describes.
MAX_GPUS = 64


@dataclass
class Driver:
    name: str | None = None  # Linux kernel driver (i915, xe) or Windows service/provider
    version: str | None = None  # Windows driver version, or Linux compute-runtime version
    status: str = "unknown"  # ok | old | unbound | unknown
    notes: list[str] = field(default_factory=list)


@dataclass
class Gpu:
    vendor_id: str  # "0x8086"
    device_id: str  # "0x56a0"
    name: str
    family: str
    segment: str  # dgpu | igpu | datacenter | other
    ip_version: str | None
    aot_targets: list[str]
    driver: Driver
    supported: bool
    notes: list[str] = field(default_factory=list)
    revision: str | None = None  # "0x08"
    pci_slot: str | None = None  # "0000:03:00.0" or the Windows PNP instance id
    has_xmx: bool | None = None
    support_level: str = "unknown"  # validated | jit-only | unsupported | unknown
    # The compute runtime's product abbreviation (ocloc_names.md §2: dg2, mtl, arl, lnl, bmg,
    # ptl, pvc, tgllp, ...): the driver picks archive members `64.<product>` by it.
    product: str | None = None
    ipex_support: str = "unknown"  # validated | jit-only | unsupported | unknown
    torch_xpu_support: str = "unknown"  # same scale, for upstream PyTorch XPU wheels

    @property
    def is_intel(self) -> bool:
        return self.vendor_id.lower() == "0x8086"


@dataclass
class Probe:
    os: str  # linux | windows
    gpus: list[Gpu]
    primary: int | None
    pythons: list[PythonInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str = "live"  # live | sysfs-root | windows-snapshot | file

    def to_json(self) -> dict[str, Any]:
        """The contract's fields; the notes and warnings also in their coded form
        ("note_codes", "warning_codes": app/messages.py) for a reader in another language."""
        data = asdict(self)
        data["warning_codes"] = coded_list(self.warnings)
        for shown, gpu in zip(data["gpus"], self.gpus, strict=True):
            shown["note_codes"] = coded_list(gpu.notes)
            shown["driver"]["note_codes"] = coded_list(gpu.driver.notes)
        return data

    @classmethod
    def from_json(cls, data: Any, name: str = "the probe") -> Probe:
        """A probe from its JSON (a file from another machine): every field is checked for its
        type, and a BadInput names the file (`name`) and the field when one is wrong.
        Fields this version does not know are skipped: the contract lets newer versions add some."""
        from app.untrusted import build, expect_list, refused

        if isinstance(data, dict) and "gpus" in data:
            expect_list(data["gpus"], name, "gpus", limit=MAX_GPUS)
        probe: Probe = build(cls, data, name)
        if probe.primary is not None and not 0 <= probe.primary < len(probe.gpus):
            raise refused("bad_index", file=name, field="primary", value=probe.primary,
                               count=len(probe.gpus))
        if "source" not in data:
            probe.source = "file"
        probe.warnings = read_back_list(probe.warnings, data.get("warning_codes"))
        for gpu, raw in zip(probe.gpus, data.get("gpus", []), strict=False):
            if isinstance(raw, dict):
                gpu.notes = read_back_list(gpu.notes, raw.get("note_codes"))
                if isinstance(raw.get("driver"), dict):
                    gpu.driver.notes = read_back_list(gpu.driver.notes, raw["driver"].get("note_codes"))
        return probe

    @property
    def primary_gpu(self) -> Gpu | None:
        return self.gpus[self.primary] if self.primary is not None else None


