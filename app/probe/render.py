"""The short human table `python -m app probe` prints."""

from __future__ import annotations

from app.probe.model import Gpu, Probe

VERSION_NOTE_START = "Intel driver versions read"


def _version_note() -> str:
    from app.probe.windows import VERSION_FORMAT_NOTE

    return VERSION_FORMAT_NOTE


def _support(gpu: Gpu) -> str:
    if not gpu.is_intel:
        return "no (not Intel)"
    if gpu.supported:
        return f"yes ({gpu.support_level})"
    return f"no ({gpu.support_level})"


def _driver(gpu: Gpu) -> str:
    d = gpu.driver
    if d.version and (d.name is None or d.name.startswith("Intel graphics")):
        text = d.version  # Windows: the version says it all
    else:
        text = (d.name or "none") + (f" {d.version}" if d.version else "")
    if d.status not in ("ok", "unknown"):
        text += f" [{d.status}]"
    return text


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in rows]


def render_probe(probe: Probe, pythons_looked_for: bool = True) -> str:
    lines = [f"GPUs ({probe.os}, {probe.source}):"]
    if not probe.gpus:
        lines.append("  none found")
    else:
        rows = [["", "#", "PCI id", "Name", "Type", "IP", "AOT names", "Driver", "Supported"]]
        for i, g in enumerate(probe.gpus):
            rows.append([
                "*" if i == probe.primary else "",
                str(i),
                f"{g.vendor_id[2:]}:{g.device_id[2:]}",
                g.name,
                g.segment,
                g.ip_version or "-",
                ",".join(g.aot_targets) or "-",
                _driver(g),
                _support(g),
            ])
        lines += ["  " + line for line in _table(rows)]
        if probe.primary is not None:
            lines.append(f"  * primary GPU: #{probe.primary}")
        for i, g in enumerate(probe.gpus):
            # The table stays short: notes for Intel GPUs only; dates and the version-format
            # explanation are in --json.
            skip = ("Driver date", VERSION_NOTE_START, "Reference note:")
            notes = [n for n in g.notes + g.driver.notes if not n.startswith(skip)]
            if notes and g.is_intel:
                lines.append(f"  #{i}:")
                lines += [f"    - {n}" for n in notes]
    if probe.pythons:
        lines.append("Pythons:")
        rows = [[p.version, f"{p.bits}-bit", p.source, p.path] for p in probe.pythons]
        lines += ["  " + line for line in _table(rows)]
    elif probe.source == "live":
        lines.append("Pythons: none found" if pythons_looked_for else "Pythons: not looked for (--no-pythons)")
    if probe.warnings:
        lines.append("Warnings:")
        lines += [f"  ! {w}" for w in probe.warnings]
        if any("(build " in w for w in probe.warnings):
            lines.append(f"  ({_version_note()})")
    return "\n".join(lines)
