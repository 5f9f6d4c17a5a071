"""The plain-text plan summary `python -m app plan` prints: the pick, AOT or JIT, why, and
the runner-up. (The GUI shows the same Plan with its own translated texts.)"""

from __future__ import annotations

import textwrap

from app.catalog.plan_model import Choice, Plan

_EXPECT = {
    ("aot", "documented"): "AOT: native kernels for this GPU",
    ("aot", "inferred"): "AOT expected: native kernels for this GPU (inferred, not verified)",
    ("aot", "unknown"): "AOT possible (not confirmed)",
    ("jit", "documented"): "JIT: kernels are compiled on first use",
    ("jit", "inferred"): "JIT expected: kernels are compiled on first use",
    ("jit", "unknown"): "JIT assumed: whether native kernels exist is unknown",
}


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=" " * len(indent) + "  ",
                         break_on_hyphens=False, break_long_words=False)


def _title(c: Choice) -> str:
    what = f"IPEX {c.ipex_version} + torch {c.torch_version}" if c.ipex_version else f"torch {c.torch_version}"
    return f"{what} ({c.channel}, {c.os}, Python {c.python}) [{c.build_id}]"


def summary(plan: Plan) -> str:
    lines = []
    gpu = (plan.inputs or {}).get("gpu")
    if gpu:
        ip = f", IP {gpu['ip_version']}" if gpu.get("ip_version") else ""
        lines.append(f"GPU: {gpu['name']} ({gpu['device_id']}{ip})")
    c = plan.choice
    if c is None:
        lines.append("No build to install.")
        for w in plan.warnings:
            lines.append(_wrap(w, "  "))
        if plan.rejected:
            lines.append(f"{len(plan.rejected)} builds were left out; 'plan --json' lists why for each.")
        return "\n".join(lines) + "\n"
    lines.append(f"Pick: {_title(c)}")
    lines.append("  " + _EXPECT.get((c.expect, c.certainty), c.expect.upper()))
    if c.matched_target:
        lines.append(f"  AOT target: {c.matched_target}")
    lines.append("Why:")
    lines.extend(_wrap(r, "  - ") for r in c.reasons)
    if plan.alternatives:
        alt = plan.alternatives[0]
        lines.append(f"Runner-up: {_title(alt)}, {alt.expect.upper()}")
        if len(plan.alternatives) > 1:
            lines.append(f"  (+{len(plan.alternatives) - 1} more alternatives in 'plan --json')")
    notes = c.warnings + plan.warnings
    if notes:
        lines.append("Notes:")
        lines.extend(_wrap(w, "  - ") for w in notes)
    lines.append("Install steps:")
    for i, step in enumerate(c.steps, 1):
        what = " ".join(step.requirements) or ", ".join(f.filename for f in step.files)
        where = f" from {step.index_url}" if step.index_url else ""
        if step.extra_index_urls:
            where += " (also " + ", ".join(step.extra_index_urls) + ")"
        lines.append(_wrap(f"{i}. {what}{where}", "  "))
    return "\n".join(lines) + "\n"
