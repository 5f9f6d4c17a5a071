"""The forecast per package and for the whole environment: each is as bad as its worst
library, as sure as the least certain library with that outcome, and its JIT wait is the sum
of the SPIR-V its libraries compile."""

from __future__ import annotations

from typing import Any

from app.catalog import aot_match
from app.smoke.forecast.judge import Gpu, worst_of
from app.smoke.forecast.texts import size, text

NO_PACKAGE = "(no package)"


def _weakest(items: list[dict[str, Any]]) -> str:
    out = "documented"
    for item in items:
        out = aot_match.weaker(out, item["certainty"])
    return out


def summarise_packages(libraries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for lib in libraries:
        groups.setdefault(lib["package"] or NO_PACKAGE, []).append(lib)
    out = []
    for name in sorted(groups):
        libs = groups[name]
        expect = worst_of([lib["expect"] for lib in libs])
        same = [lib for lib in libs if lib["expect"] == expect]
        jit = [lib for lib in libs if lib["expect"] == "jit"]
        out.append({
            "package": name,
            "version": libs[0]["version"],
            "expect": expect,
            "certainty": _weakest(same),
            "libraries": len(libs),
            "counts": {e: sum(1 for lib in libs if lib["expect"] == e) for e in ("aot", "jit", "fail", "none")},
            "spirv_modules": sum(lib["spirv_modules"] for lib in jit),
            "spirv_bytes": sum(lib["spirv_bytes"] for lib in jit),
            "reason": same[0]["reason"],
            "sycl_abi": sorted({a for lib in libs for a in lib["sycl_abi"]}),
        })
    return out


def summarise_environment(packages: list[dict[str, Any]], gpu: Gpu) -> dict[str, Any]:
    judged = [p for p in packages if p["expect"] != "none"]
    expect = worst_of([p["expect"] for p in judged])
    same = [p for p in judged if p["expect"] == expect]
    certainty = _weakest(same) if same else "documented"
    jit = [p for p in judged if p["expect"] == "jit"]
    fail = [p for p in judged if p["expect"] == "fail"]
    modules = sum(p["spirv_modules"] for p in jit)
    nbytes = sum(p["spirv_bytes"] for p in jit)
    sure = certainty == "documented"
    params: dict[str, Any]
    if not judged:
        code, params = "forecast_env_none", {}
    elif fail:
        code, params = ("forecast_env_fail" if sure else "forecast_env_fail_expected"), {
            "packages": [p["package"] for p in fail]}
    elif jit:
        code = "forecast_env_jit" if _weakest(jit) == "documented" else "forecast_env_jit_expected"
        params = {"packages": [p["package"] for p in jit], "modules": modules, "size": size(nbytes)}
    else:
        code, params = ("forecast_env_all_aot" if sure else "forecast_env_all_aot_expected"), {}
    said = [text(code, **params)]
    if judged and gpu.ip is None and gpu.product is None:
        said.append(text("forecast_env_no_gpu"))
    sentences = [{**m.to_json(), "text": str(m)} for m in said]
    return {
        "expect": expect,
        "certainty": certainty,
        "jit_packages": [p["package"] for p in jit],
        "fail_packages": [p["package"] for p in fail],
        "aot_packages": [p["package"] for p in judged if p["expect"] == "aot"],
        "spirv_modules": modules,
        "spirv_bytes": nbytes,
        "libraries": sum(p["libraries"] for p in packages),
        "sentences": sentences,
    }
