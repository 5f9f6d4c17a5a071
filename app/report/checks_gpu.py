"""Doctor checks on the GPU side: is there an Intel GPU, is its driver bound and recent, can
this user open its render node (Linux), and does the installed build carry AOT code for it."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from app import CLI
from app.message_texts import TEMPLATES
from app.messages import items_or_none, msg
from app.report.checks_packages import pairing_for
from app.report.context import Context
from app.report.findings import ERROR, INFO, WARNING, Finding

if TYPE_CHECKING:
    from app.catalog.aot_match import Match


def check_gpu(ctx: Context) -> list[Finding]:
    if ctx.probe is None:
        return [Finding("gpu.not_probed", INFO, msg("doctor_gpu_not_probed"))]
    gpu = ctx.gpu
    wsl = "microsoft" in ctx.facts.markers.get("platform_release", "").lower()
    if gpu is None and wsl and ctx.live:
        return [
            Finding(
                "gpu.wsl",
                WARNING,
                msg("doctor_gpu_wsl"),
                msg("doctor_gpu_wsl_fix"),
                {"release": ctx.facts.markers.get("platform_release")},
            )
        ]
    if gpu is None:
        others = items_or_none(g.name for g in ctx.probe.gpus)
        return [
            Finding(
                "gpu.none",
                ERROR,
                msg("doctor_gpu_none", adapters=others),
                msg("doctor_gpu_none_fix"),
                {"adapters": [g.name for g in ctx.probe.gpus]},
            )
        ]
    params = {"device_id": gpu.device_id, "name": gpu.name, "family": gpu.family, "ip_version": gpu.ip_version}
    findings = [Finding("gpu.found", INFO, msg("doctor_gpu_found", name=gpu.name, device_id=gpu.device_id,
                                               family=gpu.family), params=params)]
    if not gpu.supported:
        findings.append(
            Finding(
                "gpu.unsupported",
                WARNING,
                msg("doctor_gpu_unsupported", name=gpu.name, level=_level(gpu.support_level)),
                msg("doctor_gpu_unsupported_fix"),
                dict(params, support_level=gpu.support_level),
            )
        )
    return findings


def _level(code: str) -> str:
    """A support level in words (the probe's level_ codes)."""
    return msg("level_" + code) if "level_" + code in TEMPLATES else code


def check_driver(ctx: Context) -> list[Finding]:
    gpu = ctx.gpu
    if gpu is None:
        return []
    driver = gpu.driver
    params = {"driver": driver.name, "version": driver.version, "status": driver.status, "notes": driver.notes}
    if driver.status == "unbound":
        return [
            Finding(
                "driver.unbound",
                ERROR,
                msg("doctor_driver_unbound", name=gpu.name),  # the driver's notes are in params
                msg("doctor_driver_unbound_fix"),
                params,
            )
        ]
    if driver.status == "old":
        return [
            Finding(
                "driver.old",
                ERROR,
                msg("doctor_driver_old", version=driver.version or "?"),
                msg("doctor_driver_old_fix"),
                params,
            )
        ]
    if driver.status == "unknown":
        return [
            Finding(
                "driver.unknown",
                INFO,
                msg("doctor_driver_unknown", driver=driver.name or "?"),
                params=params,
            )
        ]
    return [
        Finding(
            "driver.ok", INFO, msg("doctor_driver_ok", driver=driver.name or "?", version=driver.version or "?"),
            params=params
        )
    ] + _driver_age(ctx)


# No minimum Windows driver is published per release; ipex-llm's documented floor is the best
# public figure (gpu_probe.md). Intel compares builds by the last two fields (101.5122).
WINDOWS_FLOOR = "31.0.101.5122"


def _numbers(text: str | None) -> tuple[int, ...]:
    m = re.match(r"\s*(\d+(?:\.\d+)+)", text or "")
    return tuple(int(x) for x in m.group(1).split(".")) if m else ()


def _driver_age(ctx: Context) -> list[Finding]:
    """Compare the driver with what is known: a third-party floor on Windows, the version
    Intel's images pinned for the installed build on Linux. Neither is an official minimum,
    and the finding says so."""
    assert ctx.gpu is not None  # check_driver returned earlier without a GPU
    driver = ctx.gpu.driver
    have = _numbers(driver.version)
    if not have:
        return []
    if ctx.facts.os == "windows" and len(have) == 4:
        floor = _numbers(WINDOWS_FLOOR)
        if have[2:] < floor[2:]:
            return [
                Finding(
                    "driver.below_known_floor",
                    WARNING,
                    msg("doctor_driver_below_floor", version=driver.version, floor=WINDOWS_FLOOR),
                    msg("doctor_driver_below_floor_fix"),
                    {"version": driver.version, "floor": WINDOWS_FLOOR, "certainty": "third-party"},
                )
            ]
        return []
    pairing = pairing_for(ctx)
    pinned_text = (pairing.min_driver.get("linux") if pairing else None) or ""
    pinned = _numbers(pinned_text)
    if ctx.facts.os == "linux" and pairing is not None and len(pinned) >= 3 and have[:len(pinned)] < pinned:
        return [
            Finding(
                "driver.older_than_tested",
                INFO,
                f"The compute runtime {driver.version} is older than {'.'.join(map(str, pinned))}, the version Intel "
                f"tested build {pairing.build_id} with (not a documented minimum).",
                "If kernels fail or devices are missing,"
                " update the Intel compute runtime (intel-opencl-icd, libze-intel-gpu1).",
                {
                    "version": driver.version,
                    "tested": pinned_text,
                    "build_id": pairing.build_id,
                    "certainty": "inferred",
                },
            )
        ]
    return []


def _group_name(gid: int) -> str:
    try:
        import grp

        return grp.getgrgid(gid).gr_name
    except (ImportError, KeyError):
        return str(gid)


def check_render_nodes(ctx: Context) -> list[Finding]:
    """Linux: the user must be able to open /dev/dri/renderD* (group render or video)."""
    if ctx.facts.os != "linux" or ctx.gpu is None:
        return []
    if not ctx.live:
        return [
            Finding(
                "render.not_checked",
                INFO,
                msg("doctor_render_not_checked"),
            )
        ]
    nodes = sorted(Path(ctx.dev_dri).glob("renderD*"))
    if not nodes:
        return [
            Finding(
                "render.missing",
                ERROR,
                msg("doctor_render_missing", folder=str(ctx.dev_dri)),
                msg("doctor_render_missing_fix"),
            )
        ]
    access = ctx.access or os.access
    blocked = [n for n in nodes if not access(str(n), os.R_OK | os.W_OK)]
    if not blocked:
        return [Finding("render.ok", INFO, msg("doctor_render_ok", nodes=[n.name for n in nodes]))]
    try:
        group = _group_name(blocked[0].stat().st_gid)
    except OSError:
        group = "render"
    user = os.environ.get("USER") or "$USER"
    return [
        Finding(
            "render.no_access",
            ERROR,
            msg("doctor_render_no_access", node=str(blocked[0]), group=group),
            msg("doctor_render_no_access_fix", command=f"sudo gpasswd -a {user} {group}"),
            {"nodes": [str(n) for n in blocked], "group": group},
        )
    ]


def _match(ctx: Context) -> Match:
    """The driver's member choice (app.catalog.aot_match) over the build's AOT IP versions,
    for AOT facts that carry no prediction of their own (e.g. read back from a bundle)."""
    from app.catalog import aot_match

    assert ctx.aot is not None and ctx.gpu is not None  # check_aot and aot_expectation return earlier without them
    members = list(ctx.aot.aot_ip_versions) + (["generic_ir"] if ctx.aot.has_spirv else [])
    return aot_match.match(ctx.gpu.ip_version, getattr(ctx.gpu, "product", None), members)


def _expect_and_certainty(ctx: Context) -> tuple[str, str, str | None]:
    """(aot | jit | fail, documented | inferred | unknown, the member expected to be used)."""
    assert ctx.aot is not None  # check_aot and aot_expectation return earlier without them
    if ctx.aot.expect:
        return {"mixed": "jit"}.get(ctx.aot.expect, ctx.aot.expect), ctx.aot.certainty, None
    m = _match(ctx)
    return m.expect, m.certainty, m.member


def aot_expectation(ctx: Context) -> str:
    """aot | jit | fail | unknown, from the inspector's facts and the GPU's IP version."""
    gpu = ctx.gpu
    if gpu is None or not gpu.ip_version or ctx.aot is None:
        return "unknown"
    return _expect_and_certainty(ctx)[0]


def check_aot(ctx: Context) -> list[Finding]:
    gpu = ctx.gpu
    if gpu is None:
        return []
    if not gpu.ip_version:
        return [
            Finding("aot.unknown", INFO, msg("doctor_aot_ip_unknown", name=gpu.name))
        ]
    if ctx.aot is None:
        return [
            Finding(
                "aot.unknown",
                INFO,
                msg("doctor_aot_not_inspected", ip=gpu.ip_version),
                msg("doctor_aot_not_inspected_fix", command=f"{CLI} smoke --venv DIR"),
                {"ip_version": gpu.ip_version},
            )
        ]
    expect, certainty, member = _expect_and_certainty(ctx)
    params = {"ip_version": gpu.ip_version, "aot_ip_versions": ctx.aot.aot_ip_versions, "has_spirv": ctx.aot.has_spirv}
    params.update(certainty=certainty, reasons=ctx.aot.reasons, matched=member)
    # Where the outcome rests on inference the user hears "expected", never "will" (ocloc_names.md).
    sure = certainty == "documented"
    # An unsure outcome has its own sentence ("expected", and how to confirm it).
    hedge = {} if sure else {"certainty": msg("certainty_" + certainty) if "certainty_" + certainty in TEMPLATES
                             else certainty, "command": f"{CLI} smoke --venv DIR"}
    tail = "" if sure else "_expected"
    if expect == "aot":
        return [Finding("aot.covered", INFO, msg("doctor_aot_covered" + tail, ip=gpu.ip_version, **hedge),
                        params=params)]
    listed = items_or_none(ctx.aot.aot_ip_versions)
    if expect == "jit":
        return [
            Finding(
                "aot.not_covered",
                WARNING,
                msg("doctor_aot_jit" + tail, ip=gpu.ip_version, listed=listed, **hedge),
                msg("doctor_aot_jit_fix", command=f"{CLI} plan"),
                params,
            )
        ]
    return [
        Finding(
            "aot.no_spirv",
            ERROR,
            msg("doctor_aot_fail" + tail, ip=gpu.ip_version, listed=listed, **hedge),
            msg("doctor_aot_fail_fix", command=f"{CLI} plan"),
            params,
        )
    ]


def check_xpu(ctx: Context, explain: list[Finding]) -> list[Finding]:
    """The result of --check-xpu, with the other findings that explain a False."""
    x = ctx.xpu
    if x is None:
        return []
    # Errors first: they are the likelier causes; warnings (WSL, stray variables) may also be.
    candidates = [
        f for f in explain if f.severity in (ERROR, WARNING) and not f.id.startswith(("xpu.", "cache.", "aot."))
    ]
    reasons = [f.id for f in candidates if f.severity == ERROR] + [f.id for f in candidates if f.severity == WARNING]
    if not x.imported:
        return [
            Finding(
                "xpu.import_failed",
                ERROR,
                msg("doctor_xpu_import_failed", error=x.error or "-"),
                msg("doctor_xpu_import_failed_fix", command=f"{CLI} install --venv DIR"),
                {"error": x.error, "reasons": reasons},
                x.stderr_tail,
            )
        ]
    params = {"device_count": x.device_count, "devices": x.devices, "arch_list": x.arch_list, "ipex": x.ipex}
    if x.available:
        return [
            Finding(
                "xpu.available",
                INFO,
                msg("doctor_xpu_available", devices=items_or_none(x.devices)),
                params=params,
            )
        ]
    why = (msg("doctor_xpu_unavailable", reasons=reasons) if reasons
           else msg("doctor_xpu_unavailable_no_cause"))
    return [
        Finding(
            "xpu.unavailable",
            ERROR,
            why,
            msg("doctor_xpu_unavailable_fix", command=f"{CLI} smoke --venv DIR"),
            dict(params, reasons=reasons, error=x.error),
            x.stderr_tail,
        )
    ]

