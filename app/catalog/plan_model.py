"""The plan: what the planner decides and the installer executes. Plain data that round-trips
through the `plan --json` contract (docs/ARCHITECTURE.md), so a plan can be saved, reviewed,
replayed from a support bundle, and installed later with `install --plan FILE`.

Reasons, warnings and why-rejected are English sentences in the contract; `to_json` adds their
coded form next to them ("reason_codes", "warning_codes", "why_code": app/messages.py) and
`from_json` takes it back, so a plan from a bundle is worded in the reader's language.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from app.messages import coded, coded_list, read_back
from app.messages import read_back_list as _coded_back


@dataclass
class FileRef:
    """A file to download directly (community builds on GitHub releases, pinned wheels)."""

    url: str
    filename: str
    sha256: str | None = None  # None: unknown; the installer says so and installs unverified
    size: int | None = None
    hash_source: str | None = None  # where the hash comes from (e.g. "third-party mirror")


@dataclass
class Step:
    """One pip/uv command. Steps run in order; each is its own command (some builds, such as
    IPEX 2.6.10, must be installed in separate commands)."""

    id: str  # short name: "torch", "ipex", "oneapi-runtime"
    requirements: list[str] = field(default_factory=list)  # "torch==2.8.0+xpu"
    index_url: str | None = None  # None: PyPI (or the user's configured mirror)
    extra_index_urls: list[str] = field(default_factory=list)
    files: list[FileRef] = field(default_factory=list)  # installed from local copies
    no_deps: bool = False
    note: str = ""


@dataclass
class Choice:
    build_id: str
    channel: str  # ipex-official | ipex-community | torch-xpu
    ipex_version: str | None
    torch_version: str
    python: str  # "3.11"
    os: str  # linux | windows
    expect: str  # aot | jit
    matched_target: str | None  # the AOT name or archive member that covers the GPU
    steps: list[Step]
    reasons: list[str]
    # Extra fields (the contract allows more):
    certainty: str = "unknown"  # documented | inferred | unknown: how sure "expect" is
    jit_cost: str | None = None  # reported first-run JIT cost for this kind of GPU
    verify: dict[str, str] = field(default_factory=dict)  # package -> expected version after install
    warnings: list[str] = field(default_factory=list)
    status: str = ""  # maintenance status, e.g. "archived"
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # facts about the build worth knowing
    # Regions of Intel's index (us, cn) known to serve every Intel-index step of this plan;
    # empty when no step uses Intel's index. The installer keeps "us" when "cn" is not listed.
    regions: list[str] = field(default_factory=list)


@dataclass
class Rejected:
    build_id: str
    why: str


@dataclass
class Unverified:
    """A release an index serves and the catalog does not know (plan --check-newer): offered as
    "not yet verified", with what is known about it and what is not (`not_known`)."""

    project: str  # "torch"
    version: str  # the newest version of the series on the index, "2.15.0+xpu"
    series: str  # "2.15"
    os: str
    index_url: str
    pythons: list[str]  # the cpXY tags of its wheel files for this OS
    pythons_source: str
    aot_devices: list[str] | None  # the torch-xpu-ops branch default if the catalog records it
    aot_certainty: str  # documented | inferred | unknown: how the default is known
    aot_source: str | None
    steps: list[Step] = field(default_factory=list)  # how it would be installed
    not_known: list[str] = field(default_factory=list)  # aot_devices, aot_measured, ..._pairing
    status: str = "not yet verified"


@dataclass
class Plan:
    choice: Choice | None
    alternatives: list[Choice] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    inputs: dict[str, Any] = field(default_factory=dict)  # what the plan was made from (gpu, os, python, prefs)
    unverified: list[Unverified] = field(default_factory=list)  # newer releases seen on an index

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["warning_codes"] = coded_list(self.warnings)
        for shown, choice in zip([data["choice"], *data["alternatives"]], [self.choice, *self.alternatives],
                                 strict=True):
            if shown is not None and choice is not None:
                shown["reason_codes"] = coded_list(choice.reasons)
                shown["warning_codes"] = coded_list(choice.warnings)
                shown["jit_cost_coded"] = coded(choice.jit_cost)
        for shown, rejected in zip(data["rejected"], self.rejected, strict=True):
            shown["why_code"] = coded(rejected.why)
        return data

    @classmethod
    def from_json(cls, data: Any, name: str = "the plan") -> Plan:
        """A plan from its JSON (a saved file, a bundle): every field is checked for its type,
        and a BadInput names the file (`name`) and the field when one is wrong. Fields
        this version does not know are skipped."""
        from app.untrusted import build

        plan: Plan = build(cls, data, name)
        plan.warnings = _coded_back(plan.warnings, data.get("warning_codes"))
        for choice, raw in zip([plan.choice, *plan.alternatives], [data.get("choice"), *data.get("alternatives", [])],
                               strict=False):
            if choice is not None and isinstance(raw, dict):
                choice.reasons = _coded_back(choice.reasons, raw.get("reason_codes"))
                choice.warnings = _coded_back(choice.warnings, raw.get("warning_codes"))
                if choice.jit_cost is not None:
                    choice.jit_cost = read_back(choice.jit_cost, raw.get("jit_cost_coded"))
        for rejected, raw in zip(plan.rejected, data.get("rejected", []), strict=False):
            if isinstance(raw, dict):
                rejected.why = read_back(rejected.why, raw.get("why_code"))
        return plan

