"""Advice that needs the planner: which catalog build has native code for a probed GPU."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import CLI

if TYPE_CHECKING:
    from app.probe.model import Probe


def aot_build_advice(probe: Probe) -> str | None:
    """Which catalog build gives AOT for the probed GPU (the planner's first choice)."""
    from app.errors import AppError

    try:
        from app.catalog.planner import plan

        choice = plan(probe).choice
    except (AppError, ImportError, OSError, ValueError, KeyError) as exc:
        return f"Could not ask the planner for a build with AOT code for this GPU ({exc})."
    if choice is not None and choice.expect == "aot":
        label = f"torch {choice.torch_version}" + (f" + IPEX {choice.ipex_version}" if choice.ipex_version else "")
        return (f"Build {choice.build_id} ({label}, Python {choice.python}) carries native code for this GPU"
                f" ({choice.matched_target}): install it with {CLI} install --venv DIR.")
    return ("No catalog build carries native code for this GPU: keep a persistent JIT cache "
            f"({CLI} smoke --venv DIR --warm-cache) so the compile happens once.")
