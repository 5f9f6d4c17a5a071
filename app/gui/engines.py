"""The core calls the wizard makes, in one place, each a blocking function that a TaskRunner
runs off the GUI thread. Engines are imported when first used (fast start-up); a missing
engine is reported as such, never imitated.
"""

from __future__ import annotations

import importlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from app.errors import AppError


class EngineMissing(AppError):
    """This build of the app does not contain an engine the page needs."""


def _load(module: str, name: str):
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise EngineMissing(f"This build does not include {module}.{name} yet ({exc}).") from exc


def available(module: str, name: str) -> bool:
    try:
        _load(module, name)
    except EngineMissing:
        return False
    return True


def probe_machine(on_event: Callable[[Any], None], cancel: threading.Event):
    return _load("app.probe.probe", "probe_machine")()


def make_plan(probe, gpu_index, channel: str, ipex: str | None, torch: str | None):
    plan = _load("app.catalog.planner", "plan")
    return plan(probe, gpu_index=gpu_index, channel=channel, ipex=ipex, torch=torch)


@dataclass
class InstallOptions:
    venv: Path
    python: str | None  # None: the engine finds or downloads one
    mirror: str  # us | cn
    proxy: str | None


def install(plan, options: InstallOptions, on_event, cancel):
    run = _load("app.install", "install")
    return run(plan, options.venv, python=options.python, mirror=options.mirror, proxy=options.proxy,
               on_event=on_event, cancel=cancel)


def dry_run(plan, venv: Path, on_event, cancel) -> str:
    """What installing `plan` would change in the existing venv, as text for the user."""
    run = _load("app.install", "dry_run")
    return run(plan, venv, on_event=on_event, cancel=cancel)


def smoke(venv: Path, probe, gpu_index, on_event, cancel):
    run = _load("app.smoke", "smoke")
    return run(venv, on_event=on_event, cancel=cancel)


def is_jit_detected(event) -> bool:
    """The smoke runner's early notice that the runtime is JIT-compiling."""
    return getattr(event, "code", None) == "jit_detected" or getattr(event, "step", None) == "jit_detected"


def verdict_dict(verdict) -> dict:
    if isinstance(verdict, dict):
        return verdict
    to_json = getattr(verdict, "to_json", None)
    return to_json() if to_json else dict(vars(verdict))


def timings_text(verdict: dict) -> str:
    """Timings from the verdict, as 'name: value' lines (data, in the core's words)."""
    timings = verdict.get("timings") or {}
    return "\n".join(f"{k}: {v}" for k, v in timings.items())


def write_bundle(venv: Path, out: str, on_event, cancel):
    run = _load("app.report", "write_bundle")
    return run(out=Path(out), venv=venv, on_event=on_event, cancel=cancel)
