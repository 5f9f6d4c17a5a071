"""Doctor checks from the forecast (app.smoke.forecast): which packages will compile their
kernels on first use (JIT) or cannot load them on this GPU, and whether the SYCL runtime the
libraries need is the environment's own."""

from __future__ import annotations

from typing import Any

from app import CLI
from app.messages import msg
from app.report.context import Context
from app.report.findings import ERROR, INFO, WARNING, Finding

_SEVERITY = {"error": ERROR, "warning": WARNING, "info": INFO}


def check_forecast(ctx: Context) -> list[Finding]:
    forecast = ctx.forecast
    if not forecast or ctx.gpu is None or not ctx.gpu.ip_version:
        return []
    summary = forecast["summary"]
    gpu = ctx.gpu.name or ctx.gpu.device_id
    params: dict[str, Any] = {"gpu": gpu, "expect": summary["expect"], "certainty": summary["certainty"],
                              "jit_packages": summary["jit_packages"], "fail_packages": summary["fail_packages"],
                              "spirv_modules": summary["spirv_modules"], "spirv_bytes": summary["spirv_bytes"]}
    findings = []
    if summary["fail_packages"]:
        first = summary["sentences"][0]
        findings.append(Finding("forecast.fail", ERROR, first["text"], params=params))
    if summary["jit_packages"]:
        from app.smoke.forecast.texts import size

        jit = [p for p in forecast["packages"] if p["expect"] == "jit"]
        sure = all(p["certainty"] == "documented" for p in jit)
        text = msg("doctor_forecast_jit" if sure else "doctor_forecast_jit_expected", gpu=gpu,
                   packages=list(summary["jit_packages"]), modules=summary["spirv_modules"],
                   size=size(summary["spirv_bytes"]))
        fix = msg("doctor_forecast_fix", command=f"{CLI} forecast --venv DIR")
        findings.append(Finding("forecast.jit", INFO, text, fix, params))
    return findings


def check_runtime(ctx: Context) -> list[Finding]:
    forecast = ctx.forecast
    if not forecast:
        return []
    return [Finding(p["id"], _SEVERITY.get(p["severity"], INFO), p["message"], p.get("fix", ""), p["params"])
            for p in forecast["runtime"]["problems"]]
