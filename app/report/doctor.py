"""The doctor: diagnose an existing venv (made by this tool or not) and say what to fix.

Gathers the facts once (the venv's packages via its own Python, the probe, the catalog's
pairings, the inspector's AOT facts), then runs small checks, each a function of that
context returning findings with stable ids. Healthy = no error and no warning.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import Cancelled
from app.events import EventSink, StepFinished, StepStarted, ignore
from app.messages import msg
from app.probe.model import Probe
from app.report import checks_env, checks_forecast, checks_gpu, checks_packages, checks_plan
from app.report.aot_facts import read_aot_facts
from app.report.context import Context
from app.report.findings import ERROR, INFO, WARNING, Finding, by_severity, healthy
from app.report.pairings import load_pairings
from app.report.venv_facts import VenvFacts, read_venv
from app.wording import pad, say

logger = logging.getLogger(__name__)

# The order findings are produced in (and shown in, within one severity).
CHECKS = (
    checks_packages.check_torch_build,
    checks_packages.check_requirements,
    checks_packages.check_catalog_pairing,
    checks_packages.check_ipex,
    checks_gpu.check_gpu,
    checks_gpu.check_driver,
    checks_gpu.check_render_nodes,
    checks_gpu.check_aot,
    checks_forecast.check_forecast,
    checks_forecast.check_runtime,
    checks_env.check_system_oneapi,
    checks_env.check_variables,
)


@dataclass
class DoctorReport:
    venv: str
    findings: list[Finding]
    facts: VenvFacts
    probe: Probe | None
    expect: str  # aot | jit | fail | unknown
    seconds: float = 0.0
    checked_xpu: bool = False
    notes: list[str] = field(default_factory=list)
    forecast: dict[str, Any] | None = None  # the whole forecast (the bundle keeps it as forecast.json)

    @property
    def healthy(self) -> bool:
        return healthy(self.findings)

    @property
    def exit_code(self) -> int:
        return 0 if self.healthy else 1

    def ids(self) -> list[str]:
        return [f.id for f in self.findings]

    def to_json(self) -> dict[str, Any]:
        counts = {s: sum(1 for f in self.findings if f.severity == s) for s in (ERROR, WARNING, INFO)}
        key = ("torch", "torchvision", "torchaudio", "intel-extension-for-pytorch")
        return {
            "venv": self.venv,
            "healthy": self.healthy,
            "expect": self.expect,
            "counts": counts,
            "findings": [f.to_json() for f in self.findings],
            "python": self.facts.python,
            "packages": {k: dist.version for k in key if (dist := self.facts.get(k))},
            "checked_xpu": self.checked_xpu,
            "notes": self.notes,
            "forecast": self.forecast["summary"] if self.forecast else None,
            "seconds": round(self.seconds, 3),
        }


def live_probe(with_pythons: bool = False) -> tuple[Probe | None, str | None]:
    """This machine's probe, or (None, why) when probing is not possible. The doctor skips
    the Python search (it runs interpreters; the venv's Python is what matters here)."""
    try:
        from app.probe.probe import probe_machine
    except ImportError:
        return None, "the probe module is not available in this build"
    try:
        return probe_machine(with_pythons=with_pythons), None
    except Exception as exc:  # the doctor must still report on packages
        logger.debug("probe failed", exc_info=True)
        return None, f"probing the GPU failed ({exc})"


def run_doctor(
    venv: Path,
    *,
    probe: Probe | None = None,
    live: bool | None = None,
    check_xpu: bool = False,
    on_event: EventSink = ignore,
    cancel: threading.Event | None = None,
) -> DoctorReport:
    """Diagnose `venv`. Pass `probe` to use a recorded machine (then `live` defaults to False);
    otherwise this machine is probed. `check_xpu` also imports torch in the venv (seconds)."""
    start = time.monotonic()
    notes: list[str] = []

    def step(name: str) -> None:
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        on_event(StepStarted(name))

    step("venv")
    facts = read_venv(Path(venv))
    on_event(StepFinished("venv"))
    if probe is None:
        step("probe")
        probe, why = live_probe()
        if why:
            notes.append(why)
        live = True if live is None else live
        on_event(StepFinished("probe", ok=probe is not None))
    elif live is None:
        live = False
    step("catalog")
    pairings = load_pairings()
    ctx = Context(facts=facts, probe=probe, live=bool(live), pairings=pairings)
    step("inspect")
    ctx.aot, ctx.forecast = read_aot_facts(Path(venv), ctx.gpu, env=facts.env)
    if check_xpu:
        step("xpu")
        from app.report.xpu_check import check_xpu_in_venv

        ctx.xpu = check_xpu_in_venv(Path(venv))
        on_event(StepFinished("xpu", ok=bool(ctx.xpu.available)))

    step("checks")
    findings: list[Finding] = []
    for check in CHECKS:
        findings.extend(check(ctx))
    expect = checks_gpu.aot_expectation(ctx)
    findings.extend(checks_env.check_jit_cache(ctx, expect_jit=expect == "jit"))
    findings.extend(checks_gpu.check_xpu(ctx, findings))
    findings.extend(checks_plan.check_planned_set(Path(venv)))
    on_event(StepFinished("checks", ok=healthy(findings)))
    return DoctorReport(
        venv=str(venv),
        findings=by_severity(_dedupe(findings)),
        facts=facts,
        probe=probe,
        expect=expect,
        seconds=time.monotonic() - start,
        checked_xpu=check_xpu,
        notes=notes,
        forecast=ctx.forecast,
    )


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """The metadata and the catalog may report the same mismatch; keep the first."""
    seen = set()
    out = []
    for f in findings:
        key = (f.id, f.params.get("package"), f.params.get("name"))
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def render_text(report: DoctorReport) -> str:
    """The doctor's report for a terminal."""
    marks = {s: pad(say(msg(f"doctor_mark_{s}")), 9) for s in (ERROR, WARNING, INFO)}
    lines = [say(msg("doctor_heading", venv=str(report.venv), python=report.facts.python))]
    pk = report.to_json()["packages"]
    if pk:
        lines.append("  " + ", ".join(f"{k} {v}" for k, v in pk.items()))
    lines.append("")
    for f in report.findings:
        lines.append(f"{marks[f.severity]} [{f.id}] {say(f.message)}")
        if f.fix and f.severity != INFO:
            lines.append(" " * 12 + say(msg("doctor_fix", fix=f.fix)))
    for note in report.notes:
        lines.append(pad(say(msg("doctor_mark_note")), 11) + " " + say(note))
    lines.append("")
    counts = report.to_json()["counts"]
    if report.healthy:
        lines.append(say(msg("doctor_healthy", count=counts[INFO])))
    else:
        lines.append(say(msg("doctor_unhealthy", errors=counts[ERROR], warnings=counts[WARNING])))
    return "\n".join(lines)
