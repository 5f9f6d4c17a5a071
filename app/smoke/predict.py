"""Static prediction before the smoke run, from the forecast (app.smoke.forecast): every
library in the venv that carries SYCL device images is judged for the GPU by the driver's
member rule; the prediction the smoke verdict is checked against is made from the libraries
the workload loads (torch's and IPEX's), and the whole environment's forecast rides along."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from app.errors import BadInput
from app.messages import msg
from app.smoke.forecast.environment import forecast_venv
from app.smoke.forecast.judge import Gpu

# What the smoke workload imports: torch and IPEX (their packages, or their folders when no
# RECORD names an owner).
WORKLOAD_PACKAGES = ("torch", "intel-extension-for-pytorch")
_WORKLOAD_FOLDERS = ("torch", "intel_extension_for_pytorch")


def _in_workload(lib: dict[str, Any]) -> bool:
    if lib["package"] in WORKLOAD_PACKAGES:
        return True
    parts = lib["file"].split("/")
    return "site-packages" in parts and parts[parts.index("site-packages") + 1:][:1] in (
        [f] for f in _WORKLOAD_FOLDERS)


def predict(venv: Path, gpu_ip: str | None, product: str | None = None,
            env: dict[str, str] | None = None) -> dict[str, Any]:
    """{"expect": aot|jit|mixed|fail|None, "certainty", "libraries": [...], "reasons": [...],
    "forecast": the environment's forecast}"""
    t = time.perf_counter()
    result: dict[str, Any] = {"gpu_ip": gpu_ip, "product": product, "libraries": [], "reasons": []}
    try:
        forecast = forecast_venv(Path(venv), Gpu(gpu_ip, product), env=env if env is not None else {},
                                 ld_conf=None)
    except BadInput:  # not an environment (yet): nothing to predict from
        forecast = None
    libs = [lib for lib in (forecast or {}).get("libraries", []) if _in_workload(lib) and lib["expect"] != "none"]
    if forecast is not None:
        result["forecast"] = forecast
    if not libs:
        result.update(expect=None, certainty="unknown")
        result["reasons"].append(msg("predict_nothing_found"))
        result["seconds"] = round(time.perf_counter() - t, 3)
        return result
    venv_root = Path(venv)
    for lib in libs:
        result["libraries"].append({
            "file": str(venv_root / lib["file"]), "aot_ip_versions": lib["aot_ip_versions"],
            "has_spirv": lib["has_spirv"], "expect": lib["expect"], "member": lib["member"],
            "certainty": lib["certainty"], "reason": lib["reason"],
            "spirv_modules": lib["spirv_modules"], "spirv_bytes": lib["spirv_bytes"]})
    expects = [lib["expect"] for lib in libs]
    certainty = _weakest([lib["certainty"] for lib in libs])
    if "fail" in expects:
        result.update(expect="fail", certainty=certainty)
    elif len(set(expects)) == 1:
        result.update(expect=expects[0], certainty=certainty)
    else:
        result.update(expect="mixed", certainty=certainty)
    result["reasons"] = [f"{Path(e['file']).name}: {e['reason']}" for e in result["libraries"]]
    result["seconds"] = round(time.perf_counter() - t, 3)
    return result


def _weakest(certainties: list[str]) -> str:
    order = {"documented": 0, "inferred": 1, "unknown": 2}
    return max(certainties, key=lambda c: order.get(c, 2)) if certainties else "unknown"
