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

from app.messages import msg
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
    shown: list[str] = list(found)  # the sentence's list: names, and coded "VAR contains PATH"
    for var in ("LD_LIBRARY_PATH", "PATH"):
        parts = env.get(var, "").split(";" if ctx.facts.os == "windows" else ":")
        hits = [p for p in parts if re.search(r"oneapi", p, re.IGNORECASE)]
        if hits:
            shown.append(msg("doctor_variable_contains", variable=var, path=hits[0]))
            found.append(f"{var} contains {hits[0]}")  # kept as is: support scripts read params["variables"]
    if not found:
        return []
    if found == ["ONEAPI_ROOT"] and ctx.facts.os == "windows":
        # The Windows toolkit installer sets ONEAPI_ROOT for good; only PATH entries (setvars)
        # put its DLLs in front of the wheels'.
        return [
            Finding(
                "env.system_oneapi_installed",
                INFO,
                msg("doctor_oneapi_installed", path=env["ONEAPI_ROOT"]),
                msg("doctor_oneapi_installed_fix"),
                {"variables": found},
            )
        ]
    return [
        Finding(
            "env.system_oneapi",
            WARNING,
            msg("doctor_oneapi_active", variables=shown),
            msg("doctor_oneapi_active_fix"),
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
                msg("doctor_selector_hides_gpu", value=selector),
                msg("doctor_selector_hides_gpu_fix"),
                {"name": "ONEAPI_DEVICE_SELECTOR", "value": selector},
            )
        )
    for name in sorted(env):
        if not name.startswith(STRAY_PREFIXES) or name in CACHE_VARS:
            continue
        value = env[name]
        params = {"name": name, "value": value}
        if name in TUNING_VARS:
            findings.append(Finding("env.tuning_variable", INFO, msg("doctor_tuning_variable", name=name, value=value),
                                    params=params))
            continue
        if name == "SYCL_PI_TRACE":
            ur = _uses_unified_runtime(ctx)
            if ur is not False:
                findings.append(
                    Finding(
                        "env.sycl_pi_trace",
                        ERROR if ur else WARNING,
                        msg("doctor_sycl_pi_trace"),
                        msg("doctor_sycl_pi_trace_fix"),
                        params,
                    )
                )
                continue
        findings.append(
            Finding(
                "env.stray_variable",
                WARNING,
                msg("doctor_stray_variable", name=name, value=value),
                msg("doctor_stray_variable_fix", name=name),
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
        return msg("doctor_cache_kept_fix", folder=str(kept),
                   how=jit_cache.how_to_keep(kept, ctx.facts.os == "windows"))
    return msg("doctor_cache_persist_fix")


def check_jit_cache(ctx: Context, expect_jit: bool = False) -> list[Finding]:
    env = ctx.env
    folder, chosen = sycl_cache_dir(env, ctx.facts.os)
    persistent = env.get("SYCL_CACHE_PERSISTENT", "").strip() == "1"
    params: dict[str, Any] = {"path": folder, "chosen_by": chosen, "persistent": persistent}
    path = Path(folder)
    if path.is_dir():
        size, files, complete = _quick_size(path)
        params.update(size_bytes=size, files=files, size_complete=complete)
    findings = [
        Finding(
            "cache.location",
            INFO,
            msg(("doctor_cache_location_set" if chosen != "default" else "doctor_cache_location_default")
                + ("_on" if persistent else "_off"), folder=folder),
            params=params,
        )
    ]
    if not persistent:
        findings.append(
            Finding(
                "cache.persistence_off",
                WARNING if expect_jit else INFO,
                msg("doctor_cache_not_persistent_jit" if expect_jit else "doctor_cache_not_persistent"),
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
                msg("doctor_cache_non_ascii", folder=folder),
                msg("doctor_cache_non_ascii_fix"),
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
                    msg("doctor_cache_low_space", free=f"{free / 1024**3:.1f} GB"),
                    msg("doctor_cache_low_space_fix"),
                    dict(params, free_bytes=free),
                )
            )
        access = ctx.access or os.access
        if persistent and not access(str(anchor), os.W_OK):
            findings.append(
                Finding(
                    "cache.not_writable",
                    WARNING,
                    msg("doctor_cache_not_writable", folder=folder),
                    msg("doctor_cache_not_writable_fix"),
                    params,
                )
            )
    return findings
