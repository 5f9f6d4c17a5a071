"""The probe's values. They serialise to the `probe --json` contract in ARCHITECTURE.md and
load back from it (support replays a user's machine from that JSON)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from app.envs.python_info import PythonInfo


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

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Probe:
        # Fields this version does not know are skipped: the contract lets newer versions add some.
        gpus = []
        for g in data.get("gpus", []):
            g = dict(g)
            g["driver"] = Driver(**_known(Driver, g.get("driver") or {}))
            gpus.append(Gpu(**_known(Gpu, g)))
        pythons = [PythonInfo(**_known(PythonInfo, p)) for p in data.get("pythons", [])]
        primary = data.get("primary")
        if primary is not None and not (isinstance(primary, int) and 0 <= primary < len(gpus)):
            raise ValueError(f"'primary' is {primary!r} but the probe lists {len(gpus)} GPUs")
        return cls(
            os=data["os"],
            gpus=gpus,
            primary=primary,
            pythons=pythons,
            warnings=list(data.get("warnings", [])),
            source=data.get("source", "file"),
        )

    @property
    def primary_gpu(self) -> Gpu | None:
        return self.gpus[self.primary] if self.primary is not None else None


def _known(kind, values: dict) -> dict:
    return {k: v for k, v in dict(values).items() if k in kind.__dataclass_fields__}
