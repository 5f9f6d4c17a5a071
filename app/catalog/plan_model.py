"""The plan: what the planner decides and the installer executes. Plain data that round-trips
through the `plan --json` contract (docs/ARCHITECTURE.md), so a plan can be saved, reviewed,
replayed from a support bundle, and installed later with `install --plan FILE`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


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
class Plan:
    choice: Choice | None
    alternatives: list[Choice] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    inputs: dict[str, Any] = field(default_factory=dict)  # what the plan was made from (gpu, os, python, prefs)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Any, name: str = "the plan") -> Plan:
        """A plan from its JSON (a saved file, a bundle): every field is checked for its type,
        and a BadInput names the file (`name`) and the field when one is wrong. Fields
        this version does not know are skipped."""
        from app.untrusted import build

        plan: Plan = build(cls, data, name)
        return plan
