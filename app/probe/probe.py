"""`probe_machine()`: every display adapter, the primary Intel GPU, the Pythons, warnings.

Sources: the live machine (Linux sysfs or Windows' Configuration Manager), a replayed sysfs
tree (--sysfs-root), or a replayed PowerShell snapshot (--windows-snapshot). Replays describe
someone else's machine, so they list no Pythons and read no local runtime.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any

from app.envs.python_info import PythonInfo
from app.errors import BadInput
from app.message_texts import TEMPLATES
from app.messages import msg
from app.probe.families import LEVELS
from app.probe.model import Gpu, Probe

logger = logging.getLogger(__name__)

# Why this order (also told to the user in the primary GPU's notes): the card that runs the
# model best wins. A discrete Arc has its own memory and XMX; a data-centre card (Max, Flex) is
# a discrete accelerator too, and only its absence of display output puts it second; an
# integrated GPU shares system memory and comes last.
MAX_SNAPSHOT_BYTES = 4 * 1024 * 1024  # a snapshot of a few adapters is ~2 kB
SEGMENT_RANK = {"dgpu": 0, "datacenter": 1, "igpu": 2, "other": 3}


def probe_machine(
    sysfs_root: str | os.PathLike[str] | None = None,
    windows_snapshot: str | os.PathLike[str] | None = None,
    *,
    with_pythons: bool = True,
) -> Probe:
    if sysfs_root is not None and windows_snapshot is not None:
        raise BadInput(msg("options_exclusive", first="--sysfs-root", second="--windows-snapshot"))
    if windows_snapshot is not None:
        return _from_windows_snapshot(Path(windows_snapshot))
    if sysfs_root is not None:
        return _from_sysfs(Path(sysfs_root), source="sysfs-root")
    return _live(with_pythons)


def _live(with_pythons: bool) -> Probe:
    pythons: list[PythonInfo] = []
    finder = None
    # Import everything both threads need before the second one starts: a module imported
    # for the first time by two threads at once can reach one of them half-initialised.
    if sys.platform == "win32":
        import winreg  # noqa: F401  (both threads read the registry)

        import app.probe.windows  # noqa: F401
        import app.probe.windows_live  # noqa: F401
    else:
        import app.probe.linux  # noqa: F401
    if with_pythons:
        import platformdirs  # noqa: F401  (the interpreter-answer cache lives in the cache folder)

        from app.envs.discover import find_pythons

        if logging.getLogger("app.proc").isEnabledFor(logging.DEBUG):
            import app.redact  # noqa: F401  (app.proc imports it to log argv)

        # Python discovery runs interpreters; let it overlap with the GPU probe.
        finder = threading.Thread(target=lambda: pythons.extend(find_pythons()),
                                  name="find-pythons", daemon=True)
        finder.start()
    if sys.platform == "win32":
        probe = _live_windows()
    elif sys.platform.startswith("linux"):
        probe = _from_sysfs(Path("/sys"), source="live")
    else:
        probe = Probe(os=sys.platform, gpus=[], primary=None, source="live",
                      warnings=[msg("probe_platform_unsupported", platform=sys.platform)])
    if finder is not None:
        finder.join()
        probe.pythons = pythons
        if not pythons:
            probe.warnings.append(msg("probe_no_python"))
    return probe


def _live_windows() -> Probe:
    from app.probe.windows import adapters_to_gpus
    from app.probe.windows_live import live_records

    records, method = live_records()
    gpus, warnings = adapters_to_gpus(records)
    logger.debug("windows adapters listed with %s", method)
    return _finish(Probe(os="windows", gpus=gpus, primary=None, warnings=warnings, source="live"))


def _from_windows_snapshot(path: Path) -> Probe:
    from app import untrusted
    from app.probe.windows import adapters_to_gpus, parse_snapshot

    if path.is_dir():
        raise BadInput(msg("snapshot_is_folder", file=str(path)))
    if not path.exists():
        raise BadInput(msg("snapshot_missing", file=str(path)))
    data = untrusted.read_bytes(path, MAX_SNAPSHOT_BYTES, str(path))
    gpus, warnings = adapters_to_gpus(parse_snapshot(data, str(path)))
    return _finish(Probe(os="windows", gpus=gpus, primary=None, warnings=warnings,
                         source="windows-snapshot"))


def _from_sysfs(root: Path, source: str) -> Probe:
    from app.probe.linux import probe_linux

    live = source == "live"
    if not live:
        if not root.is_dir():
            raise BadInput(msg("sysfs_missing", folder=str(root)))
        if not (root / "bus" / "pci" / "devices").is_dir():
            raise BadInput(msg("sysfs_not_sys", folder=str(root)))
    # A replay may carry its /dev beside its sys directory (root/../dev); live uses /dev.
    if live:
        dev_root: Path | None = Path("/dev")
    else:
        sibling = root.parent / "dev"
        dev_root = sibling if sibling.is_dir() else None
    kernel = os.uname().release if live and hasattr(os, "uname") else None
    gpus, warnings = probe_linux(root, dev_root, Path("/") if live else None, kernel)
    if live and not any(g.is_intel for g in gpus) and Path("/dev/dxg").exists():
        warnings.append(msg("linux_wsl"))
    return _finish(Probe(os="linux", gpus=gpus, primary=None, warnings=warnings, source=source))


def _finish(probe: Probe) -> Probe:
    probe.primary = choose_primary(probe.gpus)
    intel = [g for g in probe.gpus if g.is_intel]
    if probe.primary is not None:
        gpu = probe.gpus[probe.primary]
        others = len(intel) - 1
        gpu.notes.insert(0, primary_note(gpu, others))
        if not gpu.supported:
            level = "level_" + gpu.support_level
            probe.warnings.append(msg("probe_not_supported", gpu=gpu.name,
                                      level=msg(level) if level in TEMPLATES else gpu.support_level))
    elif not probe.gpus:
        probe.warnings.append(msg("probe_no_adapter"))
    else:
        probe.warnings.append(msg("probe_no_intel"))
    return probe


def rank_key(gpu: Gpu) -> tuple[Any, ...]:
    """Smaller is better: usable, support level, then segment, then XMX, then newer IP."""
    ip = tuple(int(p) for p in (gpu.ip_version or "0").split(".") if p.isdigit())
    return (
        0 if gpu.supported else 1,  # e.g. an SR-IOV virtual function never beats its parent
        LEVELS.index(gpu.support_level) if gpu.support_level in LEVELS else len(LEVELS),
        SEGMENT_RANK.get(gpu.segment, 9),
        0 if gpu.has_xmx else 1,
        tuple(-x for x in ip),
    )


def choose_primary(gpus: list[Gpu]) -> int | None:
    """Index of the Intel GPU that benefits most; None when there is no Intel GPU.

    It may be an unsupported GPU when nothing better exists: the planner then explains why
    nothing fits rather than pretending the machine has no Intel GPU. The driver state does
    not decide it (an Arc with no driver bound is still the card to install for); the
    warnings carry the fix.
    """
    candidates = [i for i, g in enumerate(gpus) if g.is_intel]
    if not candidates:
        return None
    return min(candidates, key=lambda i: (rank_key(gpus[i]), i))


def primary_note(gpu: Gpu, others: int) -> str:
    why = msg("primary_why_" + (gpu.segment if gpu.segment in ("dgpu", "datacenter", "igpu") else "other"))
    if others <= 0:
        return msg("primary_only")
    return msg("primary_over", count=others, why=why)
