"""A doctor finding: a stable id, a severity, what is wrong and the fix.

Ids are a contract (support scripts and the GUI key on them); never rename one, add new ones.
`message` and `fix` are English sentences for the CLI and bundles; `params` carries the
values (versions, names, paths) so the GUI can show its own translated text. A check may give
them as coded sentences (app/messages.py); the JSON then adds "message_code" and "fix_code"
next to them, and from_json takes those back (a bundle read in another language).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.messages import coded, read_back

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)
_RANK = {ERROR: 0, WARNING: 1, INFO: 2}


@dataclass
class Finding:
    id: str
    severity: str
    message: str
    fix: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity,
            "message": self.message,
            "fix": self.fix,
            "params": self.params,
            "evidence": self.evidence,
            "message_code": coded(self.message),
            "fix_code": coded(self.fix),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Finding:
        return cls(
            id=data["id"],
            severity=data["severity"],
            message=read_back(data.get("message", ""), data.get("message_code")),
            fix=read_back(data.get("fix", ""), data.get("fix_code")),
            params=dict(data.get("params", {})),
            evidence=list(data.get("evidence", [])),
        )


def by_severity(findings: list[Finding]) -> list[Finding]:
    """Errors first, then warnings, then info; stable within each."""
    return sorted(findings, key=lambda f: _RANK[f.severity])


def healthy(findings: list[Finding]) -> bool:
    """Healthy means nothing a user must act on: no error and no warning."""
    return not any(f.severity in (ERROR, WARNING) for f in findings)
