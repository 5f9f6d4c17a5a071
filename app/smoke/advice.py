"""Advice that needs the planner: which catalog build has native code for a probed GPU."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import CLI
from app.messages import msg

if TYPE_CHECKING:
    from app.probe.model import Probe


def aot_build_advice(probe: Probe) -> str | None:
    """Which catalog build gives AOT for the probed GPU (the planner's first choice)."""
    from app.errors import AppError

    try:
        from app.catalog.planner import plan

        choice = plan(probe).choice
    except (AppError, ImportError, OSError, ValueError, KeyError) as exc:
        return msg("advice_planner_failed", error=str(exc))
    if choice is not None and choice.expect == "aot":
        label = f"torch {choice.torch_version}" + (f" + IPEX {choice.ipex_version}" if choice.ipex_version else "")
        return msg("advice_aot_build", build=choice.build_id, packages=label, python=choice.python,
                   target=choice.matched_target or "?", command=f"{CLI} install --venv DIR")
    return msg("advice_no_aot_build", command=f"{CLI} smoke --venv DIR --warm-cache")
