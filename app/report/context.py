"""Everything the doctor's checks look at, gathered once so each check stays a small pure
function of it (and tests can build one by hand)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.probe.model import Gpu, Probe
from app.report.pairings import Pairing
from app.report.venv_facts import VenvFacts


@dataclass
class AotFacts:
    """What the inspector found in the venv's SYCL libraries."""

    aot_ip_versions: list[str]
    has_spirv: bool
    files: list[str] = field(default_factory=list)
    expect: str | None = None  # the inspector's prediction for this GPU: aot | jit | mixed | fail
    certainty: str = "unknown"
    reasons: list[str] = field(default_factory=list)


@dataclass
class XpuFacts:
    """What `import torch; torch.xpu.is_available()` said inside the venv (--check-xpu)."""

    imported: bool
    available: bool | None = None
    device_count: int | None = None
    devices: list[str] = field(default_factory=list)
    arch_list: list[str] = field(default_factory=list)
    ipex: str | None = None
    error: str | None = None
    stderr_tail: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class Context:
    facts: VenvFacts
    probe: Probe | None
    live: bool  # the probe describes this machine (not a replayed file)
    pairings: list[Pairing] = field(default_factory=list)
    aot: AotFacts | None = None
    xpu: XpuFacts | None = None
    forecast: dict[str, Any] | None = None  # every SYCL library in the venv (app.smoke.forecast)
    dev_dri: Path = Path("/dev/dri")  # tests point this at a folder of their own
    access: Callable[[str, int], bool] | None = None  # os.access; tests replace it
    disk_free: Callable[[Path], int] | None = None  # bytes free; tests replace it

    @property
    def gpu(self) -> Gpu | None:
        """The Intel GPU the venv is for: the probe's primary one when it is Intel."""
        if self.probe is None:
            return None
        primary = self.probe.primary_gpu
        if primary is not None and primary.is_intel:
            return primary
        return next((g for g in self.probe.gpus if g.is_intel), None)

    @property
    def env(self) -> dict[str, str]:
        return self.facts.env
