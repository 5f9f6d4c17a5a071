"""The forecast as text for a terminal."""

from __future__ import annotations

from typing import Any

from app.smoke.forecast.texts import size

_MARK = {"aot": "AOT ", "jit": "JIT ", "fail": "FAIL", "none": "none"}


def _gpu(g: dict[str, Any]) -> str:
    if not g.get("ip_version") and not g.get("product"):
        return "unknown GPU"
    name = g.get("name") or g.get("device_id") or "GPU"
    return f"{name} (IP {g.get('ip_version') or '?'}, product {g.get('product') or '?'})"


def _lib_line(lib: dict[str, Any]) -> list[str]:
    member = f", member {lib['member']}" if lib.get("member") else ""
    jit = (f", {lib['spirv_modules']} SPIR-V module(s), {size(lib['spirv_bytes'])} to compile"
           if lib["expect"] == "jit" else "")
    abi = f" [{', '.join(lib['sycl_abi'])}]" if lib.get("sycl_abi") else ""
    return [f"    {_MARK[lib['expect']]} {lib['file']}{abi} ({lib['certainty']}{member}{jit})",
            f"         {lib['reason']}"]


def render(result: dict[str, Any]) -> str:
    where = result.get("venv") or result.get("wheel") or result.get("file")
    lines = [f"Forecast for {where} on {_gpu(result['gpu'])}", ""]
    by_package: dict[str, list[dict[str, Any]]] = {}
    for lib in result["libraries"]:
        by_package.setdefault(lib["package"] or "(no package)", []).append(lib)
    for pkg in result["packages"]:
        version = f" {pkg['version']}" if pkg.get("version") else ""
        jit = (f"; {pkg['spirv_modules']} SPIR-V module(s), {size(pkg['spirv_bytes'])}"
               if pkg["expect"] == "jit" else "")
        lines.append(f"{_MARK[pkg['expect']]} {pkg['package']}{version}: {pkg['libraries']} SYCL "
                     f"librar{'y' if pkg['libraries'] == 1 else 'ies'} ({pkg['certainty']}{jit})")
        for lib in by_package.get(pkg["package"], []):
            lines += _lib_line(lib)
    problems = result.get("runtime", {}).get("problems", [])
    if problems:
        lines += ["", "SYCL runtime:"]
        for p in problems:
            lines.append(f"  {p['severity']}: {p['message']}")
            if p.get("fix"):
                lines.append(f"      fix: {p['fix']}")
    lines.append("")
    for s in result["summary"]["sentences"]:
        lines.append(s["text"])
    return "\n".join(lines)


def render_inspect(forecast: dict[str, Any]) -> str:
    """The forecast block under `inspect FILE --gpu`."""
    lines = [f"Forecast on {_gpu(forecast['gpu'])}: {forecast['expect'].upper()} ({forecast['certainty']}"
             + (f", member {forecast['member']}" if forecast.get("member") else "") + ")"]
    for lib in forecast.get("libraries", []):
        lines += _lib_line({**lib, "sycl_abi": []})
    lines.append(forecast["reason"])
    if forecast["expect"] == "jit" or forecast["spirv_modules"]:
        lines.append(f"SPIR-V to compile on first use: {forecast['spirv_modules']} module(s), "
                     f"{size(forecast['spirv_bytes'])}")
    return "\n".join(lines)
