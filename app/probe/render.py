"""The short human table `python -m app probe` prints."""

from __future__ import annotations

from app.messages import msg
from app.probe.model import Gpu, Probe
from app.wording import columns, pad, say, word

VERSION_NOTE_START = "Intel driver versions read"


def _version_note() -> str:
    from app.probe.windows import VERSION_FORMAT_NOTE

    return VERSION_FORMAT_NOTE


def _support(gpu: Gpu) -> str:
    if not gpu.is_intel:
        return say(msg("probe_not_intel"))
    level = word("probe_level_", gpu.support_level)
    return say(msg("probe_supported_yes" if gpu.supported else "probe_supported_no", level=level))


def _driver(gpu: Gpu) -> str:
    d = gpu.driver
    if d.version and (d.name is None or d.name.startswith("Intel graphics")):
        text = d.version  # Windows: the version says it all
    else:
        text = (d.name or say(msg("list_none"))) + (f" {d.version}" if d.version else "")
    if d.status not in ("ok", "unknown"):
        text += f" [{word('probe_driver_', d.status)}]"
    return text


def _table(rows: list[list[str]]) -> list[str]:
    widths = [max(columns(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ["  ".join(pad(c, w) for c, w in zip(r, widths, strict=False)).rstrip() for r in rows]


def render_probe(probe: Probe, pythons_looked_for: bool = True) -> str:
    lines = [say(msg("probe_gpus_heading", os=probe.os, source=probe.source))]
    if not probe.gpus:
        lines.append("  " + say(msg("probe_none_found")))
    else:
        rows = [["", "#", *(say(msg(f"probe_col_{c}")) for c in ("pci", "name", "type")), "IP",
                 *(say(msg(f"probe_col_{c}")) for c in ("aot", "driver", "supported"))]]
        for i, g in enumerate(probe.gpus):
            rows.append([
                "*" if i == probe.primary else "",
                str(i),
                f"{g.vendor_id[2:]}:{g.device_id[2:]}",
                g.name,
                word("probe_segment_", g.segment),
                g.ip_version or "-",
                ",".join(g.aot_targets) or "-",
                _driver(g),
                _support(g),
            ])
        lines += ["  " + line for line in _table(rows)]
        if probe.primary is not None:
            lines.append("  " + say(msg("probe_primary_gpu", index=probe.primary)))
        for i, g in enumerate(probe.gpus):
            # The table stays short: notes for Intel GPUs only; dates and the version-format
            # explanation are in --json.
            skip = ("Driver date", VERSION_NOTE_START, "Reference note:")
            notes = [n for n in g.notes + g.driver.notes if not n.startswith(skip)]
            if notes and g.is_intel:
                lines.append(f"  #{i}:")
                lines += [f"    - {say(n)}" for n in notes]
    if probe.pythons:
        lines.append(say(msg("probe_pythons_heading")))
        rows = [[p.version, say(msg("probe_bits", bits=p.bits)), p.source, p.path] for p in probe.pythons]
        lines += ["  " + line for line in _table(rows)]
    elif probe.source == "live":
        lines.append(say(msg("probe_pythons_none" if pythons_looked_for else "probe_pythons_skipped")))
    if probe.warnings:
        lines.append(say(msg("probe_warnings_heading")))
        lines += [f"  ! {say(w)}" for w in probe.warnings]
        if any("(build " in w for w in probe.warnings):
            lines.append(f"  ({say(_version_note())})")
    return "\n".join(lines)
