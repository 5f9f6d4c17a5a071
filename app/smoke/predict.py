"""Static prediction before the smoke run: the device images in the venv's torch/IPEX
libraries plus the GPU's IP version say whether AOT should happen (the driver's member
selection rule lives in app.catalog.aot_match)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from app.smoke.inspect import inspect_library, is_library_name
from app.smoke.venv_runtime import site_packages

# Libraries that carry torch's and IPEX's GPU kernels.
_LIB_DIRS = ("torch/lib", "intel_extension_for_pytorch/lib", "intel_extension_for_pytorch/bin")
_INTERESTING = ("torch_xpu", "intel-ext-pt-gpu", "intel_ext_pt_gpu", "xpu", "ipex")


def kernel_libraries(venv: Path) -> list[Path]:
    out = []
    for sp in site_packages(venv):
        for rel in _LIB_DIRS:
            d = sp / rel
            if not d.is_dir():
                continue
            for f in sorted(d.iterdir()):
                if (
                    f.is_file()
                    and not f.is_symlink()
                    and is_library_name(f.name)
                    and any(k in f.name.lower() for k in _INTERESTING)
                ):
                    out.append(f)
    return out


def predict(venv: Path, gpu_ip: str | None, product: str | None = None) -> dict[str, Any]:
    """{"expect": aot|jit|mixed|fail|None, "certainty", "libraries": [...], "reasons": [...]}"""
    t = time.perf_counter()
    libs = kernel_libraries(venv)
    result: dict[str, Any] = {"gpu_ip": gpu_ip, "product": product, "libraries": [], "reasons": []}
    if not libs:
        result.update(expect=None, certainty="unknown")
        result["reasons"].append("No torch XPU or IPEX GPU library found in this venv, so nothing to predict from.")
        result["seconds"] = round(time.perf_counter() - t, 3)
        return result
    from app.catalog import aot_match

    expects = []
    certainties = []
    for lib in libs:
        info = inspect_library(lib)
        entry = {"file": str(lib), "aot_ip_versions": info["aot_ip_versions"], "has_spirv": info["has_spirv"]}
        members: dict[str, str | None] = {}
        for im in info["images"]:
            if im["target"].startswith("spir64_gen"):
                for m in im["member_details"]:
                    members.setdefault(m["name"], m["ip_version"])
        if not info["images"]:
            entry["expect"] = None
            entry["reason"] = "no SYCL device images"
        elif not members:
            entry["expect"] = "jit" if info["has_spirv"] else "fail"
            entry["certainty"] = "documented"
            entry["reason"] = "no AOT (spir64_gen) images, only SPIR-V" if info["has_spirv"] else "no GPU images"
        else:
            match = aot_match.match(gpu_ip, product, list(members), member_ips={k: v for k, v in members.items() if v})
            entry.update(expect=match.expect, member=match.member, certainty=match.certainty, reason=match.reason)
        if entry.get("expect"):
            expects.append(entry["expect"])
            certainties.append(entry.get("certainty", "unknown"))
        result["libraries"].append(entry)
    if not expects:
        result.update(expect=None, certainty="unknown")
    elif "fail" in expects:
        result.update(expect="fail", certainty=_weakest(certainties))
    elif len(set(expects)) == 1:
        result.update(expect=expects[0], certainty=_weakest(certainties))
    else:
        result.update(expect="mixed", certainty=_weakest(certainties))
    result["reasons"] = [f"{Path(e['file']).name}: {e['reason']}" for e in result["libraries"] if e.get("reason")]
    result["seconds"] = round(time.perf_counter() - t, 3)
    return result


def _weakest(certainties: list[str]) -> str:
    order = {"documented": 0, "inferred": 1, "unknown": 2}
    return max(certainties, key=lambda c: order.get(c, 2)) if certainties else "unknown"
