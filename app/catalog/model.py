"""The catalog of builds, as loaded and validated from resources/catalog.json.

A build is one installable combination (IPEX + its torch, or upstream torch alone) for one OS.
Every fact carries how we know it; where the reference is silent the value is None/"unknown"
and the planner says so instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.catalog.plan_model import Step

CHANNELS = ("ipex-official", "ipex-community", "torch-xpu")
# What a user may ask for (--channel, the Build page), and the build channels each one allows.
CHANNEL_SETS = {
    "ipex": ("ipex-official", "ipex-community"),
    "ipex-official": ("ipex-official",),
    "ipex-community": ("ipex-community",),
    "torch-xpu": ("torch-xpu",),
}
OSES = ("linux", "windows")
CERTAINTIES = ("documented", "inferred", "unknown")
PYTHON_CERTAINTIES = ("documented", "observed", "inferred", "unknown")
# How a sourced field is known: stated by its source, seen in real file names or installs,
# measured from the wheels, reasoned from other facts, or not established.
FACT_CERTAINTIES = ("documented", "observed", "measured", "inferred", "unknown")
# The fields of a build that decide a plan, each carrying its own source and certainty.
SOURCED_FIELDS = ("versions", "pythons", "aot", "has_spirv")
STATUSES = ("maintained", "archived", "unmaintained", "withdrawn")

# Package names as importlib.metadata reports them, for Choice.verify.
PACKAGES = {
    "ipex": "intel-extension-for-pytorch",
    "torch": "torch",
    "torchvision": "torchvision",
    "torchaudio": "torchaudio",
}


@dataclass(frozen=True)
class Fact:
    """Where one field's value comes from: "intel/torch-xpu-ops cmake/BuildFlags.cmake @ 789f59d8"
    or a URL, and how sure it is (FACT_CERTAINTIES)."""

    certainty: str
    source: str


@dataclass(frozen=True)
class AotClaim:
    """What a source states about a build whose exact AOT device string is not published:
    "has Arc AOT" (covered=True) or "has no Core Ultra AOT" (covered=False)."""

    names: tuple[str, ...]  # AOT names standing for the GPUs the statement is about
    covered: bool
    certainty: str
    source: str


@dataclass(frozen=True)
class Aot:
    devices: tuple[str, ...] | None  # the ocloc -device list, None when not published
    certainty: str  # how we know `devices`
    claims: tuple[AotClaim, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class GpuRule:
    """A set of GPUs, for "this release dropped Flex" style facts."""

    label: str  # plain name: "Data Center GPU Flex"
    segment: str | None = None
    ip_prefixes: tuple[str, ...] = ()  # "12.55" matches 12.55.x
    products: tuple[str, ...] = ()
    note: str = ""

    def matches(self, segment: str | None, ip: str | None, product: str | None) -> bool:
        if self.segment and segment != self.segment:
            return False
        if self.ip_prefixes and not (ip and any(ip == p or ip.startswith(p + ".") for p in self.ip_prefixes)):
            return False
        if self.products and product not in self.products:
            return False
        return bool(self.segment or self.ip_prefixes or self.products)


@dataclass(frozen=True)
class Build:
    id: str
    channel: str
    title: str
    os: str
    versions: dict[str, Any]  # ipex/torch/torchvision/torchaudio -> version (None: not part/unknown)
    pythons: tuple[str, ...] | None  # "3.10"...; None: not known at all
    pythons_certainty: str
    aot: Aot
    has_spirv: bool | None  # None: unknown
    steps: tuple[Step, ...]
    status: str
    release_date: str | None = None
    pythons_note: str = ""
    intended_for: tuple[str, ...] = ()  # AOT names of the platform a per-platform index serves
    prerequisites: tuple[str, ...] = ()  # what pip cannot install (a oneAPI toolkit, ...)
    min_driver: dict[str, Any] = field(default_factory=dict)  # {"linux"|"windows": str|None, "note": str}
    status_note: str = ""
    not_supported: tuple[GpuRule, ...] = ()
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    date_note: str = ""
    facts: dict[str, Fact] = field(default_factory=dict)  # SOURCED_FIELDS -> how each is known

    @property
    def ipex_version(self) -> str | None:
        return self.versions.get("ipex")

    @property
    def torch_version(self) -> str:
        return self.versions.get("torch") or "unknown"

    @property
    def verify(self) -> dict[str, str]:
        """Package -> version expected after install ("2.8.0+xpu", or "2.9.*" where only the
        series is pinned). Compare with app.catalog.versions.satisfies()."""
        return {PACKAGES[k]: v for k, v in self.versions.items() if v and k in PACKAGES}


@dataclass(frozen=True)
class JitCost:
    products: tuple[str, ...]  # runtime products the report is about; () = any GPU
    text: str  # plain sentence with the figure
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class AotDefault:
    """A torch series' default AOT list (intel/torch-xpu-ops cmake/BuildFlags.cmake on its
    release branch), recorded before the catalog has verified builds of that series."""

    series: str  # "2.15"
    os: str
    devices: tuple[str, ...]
    certainty: str
    source: str


@dataclass
class Catalog:
    format: int
    updated: str
    builds: list[Build]
    jit_costs: list[JitCost] = field(default_factory=list)
    # Intel index platform (xpu, mtl, lnl, arl, bmg) -> regions known to exist ("us", "cn")
    intel_regions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    origin: str = "built-in"  # built-in | refreshed | a file path
    notes: list[str] = field(default_factory=list)
    aot_defaults: list[AotDefault] = field(default_factory=list)

    def aot_default(self, series: str, os_name: str) -> AotDefault | None:
        return next((d for d in self.aot_defaults if d.series == series and d.os == os_name), None)

    def get(self, build_id: str) -> Build | None:
        return next((b for b in self.builds if b.id == build_id), None)

    def jit_cost_for(self, product: str | None) -> JitCost | None:
        specific = [c for c in self.jit_costs if product and product in c.products]
        general = [c for c in self.jit_costs if not c.products]
        return next(iter(specific or general), None)
