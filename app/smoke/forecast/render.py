"""The forecast as text for a terminal."""

from __future__ import annotations

from typing import Any

from app.message_texts import TEMPLATES
from app.messages import from_json, msg
from app.smoke.forecast.texts import size
from app.wording import say, word

_MARK = {"aot": "AOT ", "jit": "JIT ", "fail": "FAIL", "none": "none"}


def _gpu(g: dict[str, Any]) -> str:
    if not g.get("ip_version") and not g.get("product"):
        return say(msg("forecast_gpu_unknown"))
    name = g.get("name") or g.get("device_id") or "GPU"
    return say(msg("forecast_gpu", name=name, ip=g.get("ip_version") or "?", product=g.get("product") or "?"))


def _details(lib: dict[str, Any], jit: bool) -> list[Any]:
    """How sure, the archive member, and what JIT will compile: the parentheses of a library's line."""
    details: list[Any] = [word("certainty_", lib["certainty"])]
    if lib.get("member"):
        details.append(msg("forecast_member", member=lib["member"]))
    if jit:
        details.append(msg("forecast_to_compile", modules=lib["spirv_modules"], size=size(lib["spirv_bytes"])))
    return details


def _sentence(text: Any) -> str:
    """A sentence of the result in the user's language: a Message, or its coded form from JSON."""
    if isinstance(text, dict):
        return say(from_json(text) or text.get("text", ""))
    return say(text)


def _lib_line(lib: dict[str, Any]) -> list[str]:
    abi = f" [{', '.join(lib['sycl_abi'])}]" if lib.get("sycl_abi") else ""
    details = say(_details(lib, lib["expect"] == "jit"))
    return [f"    {_MARK[lib['expect']]} {lib['file']}{abi} ({details})", f"         {_sentence(lib['reason'])}"]


def render(result: dict[str, Any]) -> str:
    where = result.get("venv") or result.get("wheel") or result.get("file")
    lines = [say(msg("forecast_heading", target=str(where), gpu=_gpu(result["gpu"]))), ""]
    by_package: dict[str, list[dict[str, Any]]] = {}
    for lib in result["libraries"]:
        by_package.setdefault(lib["package"] or "(no package)", []).append(lib)
    for pkg in result["packages"]:
        version = f" {pkg['version']}" if pkg.get("version") else ""
        one = pkg["libraries"] == 1
        code = ("forecast_package_one" if one else "forecast_package") + ("_jit" if pkg["expect"] == "jit" else "")
        named = {"package": f"{pkg['package']}{version}", "certainty": word("certainty_", pkg["certainty"])}
        if not one:
            named["count"] = pkg["libraries"]
        if pkg["expect"] == "jit":
            named.update(modules=pkg["spirv_modules"], size=size(pkg["spirv_bytes"]))
        line = msg(code, **named)
        lines.append(f"{_MARK[pkg['expect']]} {say(line)}")
        for lib in by_package.get(pkg["package"], []):
            lines += _lib_line(lib)
    problems = result.get("runtime", {}).get("problems", [])
    if problems:
        lines += ["", say(msg("forecast_runtime_heading"))]
        for p in problems:
            code = f"forecast_problem_{p['severity']}"
            message = _sentence(p["message"])
            shown = say(msg(code, message=message)) if code in TEMPLATES else f"{p['severity']}: {message}"
            lines.append("  " + shown)
            if p.get("fix"):
                lines.append("      " + say(msg("doctor_fix", fix=_sentence(p["fix"]))))
    lines.append("")
    for s in result["summary"]["sentences"]:
        lines.append(_sentence(s))
    return "\n".join(lines)


def render_inspect(forecast: dict[str, Any]) -> str:
    """The forecast block under `inspect FILE --gpu`."""
    lines = [say(msg("forecast_on_gpu", gpu=_gpu(forecast["gpu"]), expect=forecast["expect"].upper(),
                     details=_details(forecast, jit=False)))]
    for lib in forecast.get("libraries", []):
        lines += _lib_line({**lib, "sycl_abi": []})
    lines.append(_sentence(forecast["reason"]))
    if forecast["expect"] == "jit" or forecast["spirv_modules"]:
        lines.append(say(msg("forecast_spirv_total", modules=forecast["spirv_modules"],
                             size=size(forecast["spirv_bytes"]))))
    return "\n".join(lines)
