"""Doctor checks on the environment the venv's Python runs in: a system oneAPI that shadows
the wheels' runtime, stray SYCL/Level Zero/driver variables, and the SYCL JIT cache."""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from packaging.version import InvalidVersion, Version

from app.report.context import Context
from app.report.findings import ERROR, INFO, WARNING, Finding

# Set by the oneAPI setvars script (or a full toolkit install).
SYSTEM_ONEAPI_VARS = ("ONEAPI_ROOT", "SETVARS_COMPLETED", "CMPLR_ROOT", "MKLROOT", "TBBROOT", "I_MPI_ROOT", "CCL_ROOT")
STRAY_PREFIXES = ("SYCL_", "ZE_", "NEO_", "UR_", "PI_", "IGC_")
CACHE_VARS = {
    "SYCL_CACHE_PERSISTENT", "SYCL_CACHE_DIR", "SYCL_CACHE_MAX_SIZE", "SYCL_CACHE_THRESHOLD",
    "SYCL_CACHE_MIN_DEVICE_IMAGE_SIZE", "SYCL_CACHE_MAX_DEVICE_IMAGE_SIZE",
    "NEO_CACHE_PERSISTENT", "NEO_CACHE_DIR", "NEO_CACHE_MAX_SIZE",
}
# Tuning knobs that guides recommend; shown so support sees them, not counted as a problem.
TUNING_VARS = {
    "ZE_AFFINITY_MASK", "ZE_FLAT_DEVICE_HIERARCHY", "SYCL_PI_LEVEL_ZERO_USE_IMMEDIATE_COMMANDLISTS",
    "UR_L0_USE_IMMEDIATE_COMMANDLISTS", "ZE_ENABLE_PCI_ID_DEVICE_ORDER",
}
LOW_SPACE_BYTES = 2 * 1024**3
_SCAN_SECONDS = 0.2  # the cache size is a courtesy; never let it slow the doctor


def _uses_unified_runtime(ctx: Context) -> bool | None:
    """True when the venv's SYCL runtime is 2025 or newer (Unified Runtime, where SYCL_PI_TRACE
    makes the process exit); None when it cannot be told."""
    for name in ("intel-sycl-rt", "intel-cmplr-lib-rt", "dpcpp-cpp-rt"):
        dist = ctx.facts.get(name)
        if dist is not None:
            try:
                return Version(dist.public_version) >= Version("2025")
            except InvalidVersion:
                return None
    return None


def check_system_oneapi(ctx: Context) -> list[Finding]:
    env = ctx.env
    found = [name for name in SYSTEM_ONEAPI_VARS if env.get(name)]
    for var in ("LD_LIBRARY_PATH", "PATH"):
        parts = env.get(var, "").split(";" if ctx.facts.os == "windows" else ":")
        hits = [p for p in parts if re.search(r"oneapi", p, re.IGNORECASE)]
        if hits:
            found.append(f"{var} contains {hits[0]}")
    if not found:
        return []
    if found == ["ONEAPI_ROOT"] and ctx.facts.os == "windows":
        # The Windows toolkit installer sets ONEAPI_ROOT for good; only PATH entries (setvars)
        # put its DLLs in front of the wheels'.
        return [
            Finding(
                "env.system_oneapi_installed",
                INFO,
                f"A oneAPI toolkit is installed ({env['ONEAPI_ROOT']}) but not active in this shell.",
                "Do not run setvars.bat in the shell you start this venv from.",
                {"variables": found},
            )
        ]
    return [
        Finding(
            "env.system_oneapi",
            WARNING,
            "A system oneAPI is active (" + "; ".join(found) + "); its libraries can shadow the "
            "runtime the wheels bring and cause UR errors or crashes.",
            "Run Python from a shell where oneAPI's setvars was not sourced, or remove oneAPI "
            "from PATH / LD_LIBRARY_PATH for this venv (only IPEX 2.0 and older need it).",
            {"variables": found},
        )
    ]


def _selector_hides_gpu(value: str) -> bool:
    """ONEAPI_DEVICE_SELECTOR keeps the Level Zero GPU only when some positive term names
    level_zero (or *) with a gpu, * or index device."""
    for term in value.split(";"):
        term = term.strip().lower()
        if not term or term.startswith("!"):
            continue
        backend, _, devices = term.partition(":")
        if backend in ("level_zero", "*") and (
            not devices or any(d.strip() in ("gpu", "*") or d.strip()[:1].isdigit() for d in devices.split(","))
        ):
            return False
    return True


def check_variables(ctx: Context) -> list[Finding]:
    env = ctx.env
    findings: list[Finding] = []
    selector = env.get("ONEAPI_DEVICE_SELECTOR")
    if selector and _selector_hides_gpu(selector):
        findings.append(
            Finding(
                "env.device_selector_hides_gpu",
                ERROR,
                f"ONEAPI_DEVICE_SELECTOR={selector} hides the Intel GPU from SYCL, so torch.xpu sees no device.",
                "Unset ONEAPI_DEVICE_SELECTOR, or set it to level_zero:gpu (or level_zero:0 for the first GPU).",
                {"name": "ONEAPI_DEVICE_SELECTOR", "value": selector},
            )
        )
    for name in sorted(env):
        if not name.startswith(STRAY_PREFIXES) or name in CACHE_VARS:
            continue
        value = env[name]
        params = {"name": name, "value": value}
        if name in TUNING_VARS:
            findings.append(Finding("env.tuning_variable", INFO, f"{name}={value} is set.", params=params))
            continue
        if name == "SYCL_PI_TRACE":
            ur = _uses_unified_runtime(ctx)
            if ur is not False:
                findings.append(
                    Finding(
                        "env.sycl_pi_trace",
                        ERROR if ur else WARNING,
                        "SYCL_PI_TRACE is set; SYCL runtimes from 2025 on print that it was removed "
                        "and exit, so every torch XPU program stops at start.",
                        "Unset SYCL_PI_TRACE (use SYCL_UR_TRACE for tracing on new runtimes).",
                        params,
                    )
                )
                continue
        findings.append(
            Finding(
                "env.stray_variable",
                WARNING,
                f"{name}={value} is set; it overrides how the SYCL runtime or GPU driver from the wheels behaves.",
                f"Unset {name} unless a support engineer asked for it.",
                params,
            )
        )
    return findings


def sycl_cache_dir(env: dict[str, str], os_name: str) -> tuple[str, str]:
    """(folder, how it was chosen): SYCL_CACHE_DIR, else the runtime's default."""
    if env.get("SYCL_CACHE_DIR"):
        return env["SYCL_CACHE_DIR"], "SYCL_CACHE_DIR"
    if os_name == "windows":
        base = env.get("APPDATA") or str(PureWindowsPath(env.get("USERPROFILE", "C:\\")) / "AppData" / "Roaming")
        return str(PureWindowsPath(base) / "libsycl_cache"), "default"
    # Linux paths stay Linux paths when a Linux machine's facts are read on Windows (support).
    if env.get("XDG_CACHE_HOME"):
        return str(PurePosixPath(env["XDG_CACHE_HOME"]) / "libsycl_cache"), "default"
    return str(PurePosixPath(env.get("HOME") or os.path.expanduser("~")) / ".cache" / "libsycl_cache"), "default"


def _existing_ancestor(path: Path) -> Path | None:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return None


def _quick_size(path: Path) -> tuple[int, int, bool]:
    """(bytes, files, complete) within a small time budget."""
    total = files = 0
    deadline = time.monotonic() + _SCAN_SECONDS
    for root, _dirs, names in os.walk(path):
        for name in names:
            try:
                total += os.stat(os.path.join(root, name)).st_size
                files += 1
            except OSError:
                pass
        if time.monotonic() > deadline:
            return total, files, False
    return total, files, True


def _persistence_fix(ctx: Context) -> str:
    """Point at the kernels the smoke test already compiled and kept, when there are any."""
    from app.smoke import jit_cache

    kept = jit_cache.default_dir()
    if ctx.live and any((kept / "sycl").glob("*")):
        return f"The smoke test keeps compiled kernels in {kept}. " + jit_cache.how_to_keep(
            kept, ctx.facts.os == "windows"
        )
    return "Set SYCL_CACHE_PERSISTENT=1 (and SYCL_CACHE_DIR to an ASCII-only folder with a few GB free)."


def check_jit_cache(ctx: Context, expect_jit: bool = False) -> list[Finding]:
    env = ctx.env
    folder, chosen = sycl_cache_dir(env, ctx.facts.os)
    persistent = env.get("SYCL_CACHE_PERSISTENT", "").strip() == "1"
    params: dict[str, Any] = {"path": folder, "chosen_by": chosen, "persistent": persistent}
    path = Path(folder)
    if path.is_dir():
        size, files, complete = _quick_size(path)
        params.update(size_bytes=size, files=files, size_complete=complete)
    state = "on" if persistent else "off"
    findings = [
        Finding(
            "cache.location",
            INFO,
            f"SYCL JIT cache: {folder} ({'set by SYCL_CACHE_DIR' if chosen != 'default' else 'runtime default'})"
            f", persistence {state}.",
            params=params,
        )
    ]
    if not persistent:
        findings.append(
            Finding(
                "cache.persistence_off",
                WARNING if expect_jit else INFO,
                "The SYCL JIT cache is not persistent, so kernels compiled just in time are compiled "
                "again in every new process" + (" (this GPU needs JIT for this build)." if expect_jit else "."),
                _persistence_fix(ctx),
                params,
            )
        )
    if not folder.isascii():
        # The failure is known on Windows only; elsewhere it is worth a note, not an alarm.
        findings.append(
            Finding(
                "cache.non_ascii_path",
                WARNING if ctx.facts.os == "windows" else INFO,
                f"The SYCL JIT cache folder {folder} contains non-ASCII characters; native caches "
                "under such paths are known to fail on Windows.",
                "Set SYCL_CACHE_DIR to an ASCII-only folder, e.g. C:\\sycl_cache or /var/tmp/sycl_cache.",
                params,
            )
        )
    anchor = _existing_ancestor(path) if ctx.live else None
    if anchor is not None:
        free_fn = ctx.disk_free or (lambda p: shutil.disk_usage(p).free)
        try:
            free = free_fn(anchor)
        except OSError:
            free = None
        if free is not None and free < LOW_SPACE_BYTES:
            findings.append(
                Finding(
                    "cache.low_space",
                    WARNING,
                    f"Only {free / 1024**3:.1f} GB are free where the SYCL JIT cache lives; a cache for "
                    "torch kernels can need several GB.",
                    "Free some space or set SYCL_CACHE_DIR to a drive with more room.",
                    dict(params, free_bytes=free),
                )
            )
        access = ctx.access or os.access
        if persistent and not access(str(anchor), os.W_OK):
            findings.append(
                Finding(
                    "cache.not_writable",
                    WARNING,
                    f"The SYCL JIT cache folder {folder} cannot be written by this user.",
                    "Set SYCL_CACHE_DIR to a folder you own.",
                    params,
                )
            )
    return findings
