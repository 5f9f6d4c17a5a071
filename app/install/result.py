"""What an install did: the value `install --json` prints and the support bundle keeps."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class DryRun:
    """What an install will change in the target, shown before anything changes."""

    add: list[dict[str, Any]] = field(default_factory=list)  # {"name", "version"}
    change: list[dict[str, Any]] = field(default_factory=list)  # {"name", "from", "to"}
    unchanged: list[dict[str, Any]] = field(default_factory=list)  # {"name", "version"}
    unpinned: list[str] = field(default_factory=list)  # requirements the tool resolves at install time

    def lines(self) -> list[str]:
        out = [f"+ {a['name']} {a['version']}" for a in self.add]
        out += [f"~ {c['name']} {c['from']} -> {c['to']}" for c in self.change]
        out += [f"= {u['name']} {u['version']}" for u in self.unchanged]
        out += [f"? {r} (version chosen at install time)" for r in self.unpinned]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DryRun:
        return cls(**{k: list(v) for k, v in data.items() if k in cls.__dataclass_fields__})


@dataclass
class StepRun:
    id: str
    argv: list[str]  # credentials redacted
    returncode: int
    seconds: float
    skipped: bool = False  # the venv already had what the step installs (app.install.satisfied)


@dataclass
class InstallResult:
    ok: bool
    applied: bool  # False for a dry run
    venv: str
    mode: str  # new | adopt
    build_id: str
    python: dict[str, Any]  # PythonInfo as JSON
    backend: str  # uv | pip
    backend_reason: str
    dry_run: DryRun
    downloads: list[dict[str, Any]] = field(default_factory=list)  # fetch.download.Downloaded as JSON
    steps: list[StepRun] = field(default_factory=list)
    expected: dict[str, str] = field(default_factory=dict)  # package -> version the plan asks for
    installed: dict[str, str | None] = field(default_factory=dict)  # package -> version found after
    warnings: list[str] = field(default_factory=list)
    log_path: str = ""
    quarantined: str | None = None  # where a broken venv at the target was moved
    guard: dict[str, Any] | None = None  # app.install.guard.Guard as JSON: what later installs may not replace
    seconds: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> InstallResult:
        data = dict(data)
        data["dry_run"] = DryRun.from_json(data.get("dry_run") or {})
        data["steps"] = [StepRun(**s) for s in data.get("steps", [])]
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})
