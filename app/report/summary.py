"""The human-readable first page of a support bundle (Markdown)."""

from __future__ import annotations

from typing import Any

from app.report.findings import ERROR, INFO, WARNING


def _md(text: object) -> str:
    """One table cell: no pipes or newlines."""
    return str(text if text is not None else "–").replace("|", "\\|").replace("\n", " ")


def render_summary(
    *,
    created: str,
    app_version: str,
    system: dict[str, Any],
    probe: dict[str, Any] | None,
    plan: dict[str, Any] | None,
    doctor: dict[str, Any] | None,
    smoke: dict[str, Any] | None,
    redactions: list[dict[str, Any]],
    files: list[str],
    notes: list[str],
) -> str:
    out = [
        "# IPEX AOT Installer support bundle",
        "",
        f"- Created: {created} (app {app_version})",
        f"- System: {system.get('os_pretty') or system.get('os')} {system.get('machine', '')}".rstrip(),
    ]
    if doctor:
        verdict = "healthy" if doctor.get("healthy") else "problems found"
        c = doctor.get("counts", {})
        out.append(
            f"- Doctor: **{verdict}** ({c.get(ERROR, 0)} error(s), {c.get(WARNING, 0)} warning(s))"
            f" for `{doctor.get('venv')}`"
        )
    forecast = (doctor or {}).get("forecast")
    if isinstance(forecast, dict) and forecast.get("sentences"):
        out.append(f"- Forecast: **{_md(forecast.get('expect'))}** ({_md(forecast.get('certainty'))}): "
                   f"{_md(forecast['sentences'][0].get('text'))} (forecast.json)")
    if smoke:
        out.append(f"- Smoke test verdict: **{smoke.get('verdict', 'unknown')}**"
                   + (f" for `{smoke['venv']}`" if smoke.get("venv") else ""))
    out.append("")

    out += ["## GPUs", ""]
    if probe and probe.get("gpus"):
        out += [
            "| # | Name | PCI id | Family | IP | Driver | Status | Supported |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for i, g in enumerate(probe["gpus"]):
            d = g.get("driver") or {}
            mark = " (primary)" if probe.get("primary") == i else ""
            out.append(
                f"| {i}{mark} | {_md(g.get('name'))} | {_md(g.get('vendor_id'))}:{_md(g.get('device_id'))} | "
                f"{_md(g.get('family'))} | {_md(g.get('ip_version'))} | {_md(d.get('name'))} {_md(d.get('version'))} | "
                f"{_md(d.get('status'))} | {'yes' if g.get('supported') else 'no'} |"
            )
    else:
        out.append("No GPU information (the probe found none or could not run).")
    out.append("")

    out += ["## Planned build", ""]
    choice = (plan or {}).get("choice")
    if choice:
        out.append(
            f"`{choice.get('build_id')}`: torch {choice.get('torch_version')}"
            + (f", IPEX {choice.get('ipex_version')}" if choice.get("ipex_version") else "")
            + f", Python {choice.get('python')}, expect **{choice.get('expect')}**"
            + (f" ({choice.get('matched_target')})" if choice.get("matched_target") else "")
        )
        for reason in choice.get("reasons", [])[:5]:
            out.append(f"- {reason}")
    else:
        out.append(
            "No plan in this bundle" + (f": {plan.get('warnings', [''])[0]}" if plan and plan.get("warnings") else ".")
        )
    out.append("")

    if doctor:
        out += ["## Doctor findings", ""]
        problems = [f for f in doctor.get("findings", []) if f["severity"] in (ERROR, WARNING)]
        for f in problems:
            out.append(f"- **{f['severity']}** `{f['id']}`: {f['message']}")
            if f.get("fix"):
                out.append(f"  - Fix: {f['fix']}")
        if not problems:
            out.append("No errors or warnings.")
        infos = [f for f in doctor.get("findings", []) if f["severity"] == INFO]
        if infos:
            out.append("")
            out.append("Notes: " + "; ".join(f"`{f['id']}`" for f in infos))
        packages = doctor.get("packages") or {}
        if packages:
            out += ["", "Installed: " + ", ".join(f"{k} {v}" for k, v in packages.items())]
        out.append("")

    if smoke:
        out += ["## Smoke test", "", f"Verdict: **{smoke.get('verdict')}**"]
        for line in smoke.get("caveats") or []:
            out.append(f"- {_md(line)}")
        out += ["", "Evidence:", ""]
        for line in (smoke.get("evidence") or [])[:8]:
            out.append(f"- {_md(line)}")
        if smoke.get("advice"):
            out += ["", "Advice given to the user:", ""] + [f"- {_md(a)}" for a in smoke["advice"][:8]]
        out.append("")

    out += ["## What was redacted", ""]
    if redactions:
        for r in redactions:
            out.append(f"- {r['kind']}: {r['count']} replaced with `{r['replacement']}`")
    else:
        out.append("Nothing needed redacting.")
    out.append("")
    if notes:
        out += ["## Notes", ""] + [f"- {n}" for n in notes] + [""]
    out += ["## Files", ""] + [f"- `{name}`" for name in files] + [""]
    return "\n".join(out)
