"""The plain-text plan summary `python -m app plan` prints: the pick, AOT or JIT, why, and
the runner-up. (The GUI shows the same Plan with its own translated texts.)"""

from __future__ import annotations

import textwrap

from app.catalog.plan_model import Choice, Plan
from app.message_texts import TEMPLATES
from app.messages import msg
from app.wording import say


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
        named = {"name": gpu["name"], "device_id": gpu["device_id"]}
        lines.append(say(msg("summary_gpu_ip", **named, ip=gpu["ip_version"]) if gpu.get("ip_version")
                         else msg("summary_gpu", **named)))
    c = plan.choice
    if c is None:
        lines.append(say(msg("summary_no_build")))
        for w in plan.warnings:
            lines.append(_wrap(say(w), "  "))
        if plan.rejected:
            lines.append(say(msg("summary_left_out", count=len(plan.rejected), command="plan --json")))
        return "\n".join(lines) + "\n"
    lines.append(say(msg("summary_pick", build=_title(c))))
    expect = f"summary_{c.expect}_{c.certainty}"
    lines.append("  " + (say(msg(expect)) if expect in TEMPLATES else c.expect.upper()))
    if c.matched_target:
        lines.append("  " + say(msg("summary_aot_target", target=c.matched_target)))
    lines.append(say(msg("summary_why")))
    lines.extend(_wrap(say(r), "  - ") for r in c.reasons)
    if plan.alternatives:
        alt = plan.alternatives[0]
        lines.append(say(msg("summary_runner_up", build=_title(alt), expect=alt.expect.upper())))
        if len(plan.alternatives) > 1:
            lines.append("  " + say(msg("summary_more_alternatives", count=len(plan.alternatives) - 1,
                                        command="plan --json")))
    notes = c.warnings + plan.warnings
    if notes:
        lines.append(say(msg("summary_notes")))
        lines.extend(_wrap(say(w), "  - ") for w in notes)
    lines.append(say(msg("summary_steps")))
    for i, step in enumerate(c.steps, 1):
        what = " ".join(step.requirements) or ", ".join(f.filename for f in step.files)
        if step.index_url and step.extra_index_urls:
            line = say(msg("summary_step_from_also", number=i, what=what, index=step.index_url,
                           more=list(step.extra_index_urls)))
        elif step.index_url:
            line = say(msg("summary_step_from", number=i, what=what, index=step.index_url))
        elif step.extra_index_urls:
            line = say(msg("summary_step_also", number=i, what=what, more=list(step.extra_index_urls)))
        else:
            line = f"{i}. {what}"
        lines.append(_wrap(line, "  "))
    return "\n".join(lines) + "\n"
